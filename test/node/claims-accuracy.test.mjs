// Holds the claims check to what it reached on sentences written as
// practitioners write them (bench/claims/labelled.json and held-out.json,
// never used by its other tests): recall may not drop more than a little,
// and no honest sentence may be flagged. bench/README.md has the figures and
// the command that prints them. Run by `npm run test:node`, after
// `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkClaims } from '../../lib/claims/index.js';
import { measure, recall } from '../../scripts/bench/claims-accuracy.mjs';

const read = (name) =>
  JSON.parse(readFileSync(new URL(`../../bench/claims/${name}`, import.meta.url), 'utf8'))
    .sentences;

// What the rules reached (bench/README.md), less two points of slack.
const FLOORS = { 'labelled.json': 0.979 - 0.02, 'held-out.json': 0.917 - 0.02 };

for (const [file, floor] of Object.entries(FLOORS)) {
  test(`${file}: recall stays at ${(floor * 100).toFixed(1)} % or more, with no false flag`, () => {
    const sentences = read(file);
    const { total, falseFlags, misses } = measure(sentences);
    assert.deepEqual(
      falseFlags.map((flag) => `${flag.lang}: ${flag.text} (${flag.rules})`),
      [],
    );
    assert.ok(
      recall(total) >= floor,
      `recall ${(recall(total) * 100).toFixed(1)} %; missed:\n${misses.map((m) => `${m.lang}: ${m.text}`).join('\n')}`,
    );
  });
}

test('the labelled set is large enough, in all six languages, with honest sentences in each', () => {
  const sentences = read('labelled.json');
  assert.ok(sentences.length >= 150);
  for (const lang of ['en', 'de', 'es', 'fr', 'it', 'pt']) {
    const own = sentences.filter((s) => s.lang === lang);
    assert.ok(own.filter((s) => s.claim).length >= 10, lang);
    assert.ok(own.filter((s) => !s.claim).length >= 10, lang);
  }
});

test('every finding links to the advice it rests on, as a web address that is not fetched', () => {
  for (const { text, lang, claim } of read('labelled.json')) {
    if (!claim) continue;
    for (const finding of checkClaims(text, lang)) {
      assert.match(finding.source, /^https:\/\/www\.asa\.org\.uk\/advice-online\//);
      assert.ok(finding.explanation.length > 0 && finding.suggestion.length > 0);
    }
  }
});
