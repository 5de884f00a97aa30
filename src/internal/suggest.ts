/** "Did you mean": the name a misspelt one was meant to be. */

/**
 * Edit distance with swaps of two neighbours ("intor" → "intro" is 1), for
 * "did you mean"; small inputs only (names).
 */
function distance(a: string, b: string): number {
  const d = [...Array(a.length + 1)].map((_, i) =>
    [...Array(b.length + 1)].map((_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name that `name` nearly is ("reserch" → "research"), else ''. */
export function suggest(name: string, known: readonly string[]): string {
  if (name.length > 40 || known.length === 0) return '';
  const lower = name.toLowerCase();
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(lower, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : '';
}
