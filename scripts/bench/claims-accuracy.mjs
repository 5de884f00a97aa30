// Measures how well the claims check (`cst-widgets/claims`) tells claims
// from honest text, on bench/claims/labelled.json: sentences written as
// practitioners write them, labelled by hand, never used to write the tests.
// A claim is caught when the check finds anything in it; an honest sentence
// is a false flag when it does. Prints recall, precision and the false flags
// per language, and every miss with `--misses`. Run `npm run build:lib`
// first, then `node scripts/bench/claims-accuracy.mjs [file.json]` (default
// bench/claims/labelled.json; bench/claims/held-out.json was written after
// the rules, as a check that they carry over). test/node/
// claims-accuracy.test.mjs holds the check to these figures.
import { readFileSync } from 'node:fs';
import process from 'node:process';

const { checkClaims } = await import('../../lib/claims/index.js');

/** Recall, precision and misses of the check on the labelled sentences. */
export function measure(sentences) {
  const rows = new Map();
  const misses = [];
  const falseFlags = [];
  for (const sentence of sentences) {
    const row = rows.get(sentence.lang) ?? {
      claims: 0,
      caught: 0,
      honest: 0,
      flagged: 0,
    };
    rows.set(sentence.lang, row);
    const findings = checkClaims(sentence.text, sentence.lang);
    if (sentence.claim) {
      row.claims++;
      if (findings.length > 0) row.caught++;
      else misses.push(sentence);
    } else {
      row.honest++;
      if (findings.length > 0) {
        row.flagged++;
        falseFlags.push({ ...sentence, rules: findings.map((f) => f.rule) });
      }
    }
  }
  const total = { claims: 0, caught: 0, honest: 0, flagged: 0 };
  for (const row of rows.values())
    for (const key of Object.keys(total)) total[key] += row[key];
  return { rows, total, misses, falseFlags };
}

const percent = (part, whole) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`;
export const recall = ({ caught, claims }) => caught / claims;
export const precision = ({ caught, flagged }) =>
  caught + flagged === 0 ? 1 : caught / (caught + flagged);

if (import.meta.url === `file://${process.argv[1]}`) {
  const file =
    process.argv.find((arg) => arg.endsWith('.json')) ?? 'bench/claims/labelled.json';
  const { sentences } = JSON.parse(readFileSync(file, 'utf8'));
  console.log(file);
  const { rows, total, misses, falseFlags } = measure(sentences);
  const table = [
    [
      'lang',
      'sentences',
      'claims',
      'caught',
      'recall',
      'honest',
      'false flags',
      'precision',
    ],
  ];
  for (const [lang, row] of [...rows, ['all', total]])
    table.push([
      lang,
      String(row.claims + row.honest),
      String(row.claims),
      String(row.caught),
      percent(row.caught, row.claims),
      String(row.honest),
      String(row.flagged),
      percent(row.caught, row.caught + row.flagged),
    ]);
  const widths = table[0].map((_, column) =>
    Math.max(...table.map((row) => row[column].length)),
  );
  for (const row of table)
    console.log(row.map((cell, column) => cell.padStart(widths[column])).join('  '));
  for (const flag of falseFlags)
    console.log(`false flag (${flag.lang}, ${flag.rules.join(', ')}): ${flag.text}`);
  if (process.argv.includes('--misses'))
    for (const miss of misses)
      console.log(`missed (${miss.lang}, ${miss.kind}): ${miss.text}`);
}
