// Fails the build when a shipped file is over its gzip budget or carries
// things a production file must not: Lit's dev-mode code, an inline source map
// (a map file beside it is fine), or the same sentence twice.
//
// Budgets: the drop-in script (all three widgets, English, Lit, the localize
// runtime), each optional feature it loads on demand, `dist/features/*.js`,
// and each language file, `dist/locales/<locale>.js`, however many there are
// (none is fine).
//
// The budgets are guards with room to grow, not targets: the script carries
// every English word of the three widgets, so better health content (the
// warning signs, the caution for children, the review stamp) makes it larger,
// and that is worth more than the bytes. A file over its budget is a reason to
// look at what grew, then to split what is rare and large or raise the budget
// on purpose, never to squeeze the code.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

const KIB = 1024;
// The script's budget is a guard over what it measures, with room to grow.
// It was 17 KiB when print and copy moved in; since then the health content
// (warning signs, the caution for children, the review stamp), banners that
// share the page (stacking, a site's header, a third of the window, exact
// scroll padding: about 1.4 KiB), the in-place upgrade of pre-rendered
// widgets and the copied word blocks (static-block.ts) have come in, 21 KiB
// in all. Each is used on the first paint of a common page, where a file of
// its own would cost a round trip on a slow network (150 ms, about 30 KB of
// download), more than the bytes it saves (bench/README.md). Split what is
// rare and large before raising this again.
const MAIN = { file: 'dist/cst-widgets.js', budget: 24 * KIB };
const LOCALES_DIR = 'dist/locales';
const LOCALE_BUDGET = 5 * KIB;
/** Shorter strings are markup fragments and keys, which may well repeat. */
const SENTENCE_MIN_LENGTH = 40;

const FEATURES_DIR = 'dist/features';
const FEATURE_BUDGET = 4 * KIB;

/** The `.js` files of `dir` (none if it does not exist), each with `budget`. */
const filesOf = (dir, budget) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .sort()
        .map((name) => ({ file: `${dir}/${name}`, budget }))
    : [];

const locales = filesOf(LOCALES_DIR, LOCALE_BUDGET);
const features = filesOf(FEATURES_DIR, FEATURE_BUDGET);

const kib = (bytes) => `${(bytes / KIB).toFixed(2)} KiB`;

/** String literals and template chunks of `code` that occur more than once. */
function repeatedSentences(code) {
  const counts = new Map();
  const count = (text) => {
    if (typeof text === 'string' && text.trim().length >= SENTENCE_MIN_LENGTH) {
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
  };
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'Literal') count(node.value);
    if (node.type === 'TemplateElement') count(node.value.cooked);
    for (const key of Object.keys(node)) walk(node[key]);
  };
  walk(parseAst(code));
  return [...counts].filter(([, n]) => n > 1).map(([text]) => text);
}

/** The modules that `code` imports statically. */
function importsOf(code) {
  return parseAst(code)
    .body.filter((node) => node.type === 'ImportDeclaration' || node.source)
    .map((node) => node.source.value);
}

const problems = [];
const rows = [];
for (const { file, budget } of [MAIN, ...features, ...locales]) {
  const source = readFileSync(file);
  const text = source.toString('utf8');
  const gzip = gzipSync(source, { level: 9 }).length;
  const fail = (problem) => problems.push(`${file}: ${problem}`);

  if (gzip > budget) fail(`${kib(gzip)} gzip is over the ${kib(budget)} budget`);
  if (/Lit is in dev mode|Multiple versions of Lit loaded/.test(text)) {
    fail('contains Lit dev-mode code');
  }
  if (/sourceMappingURL=data:/.test(text)) fail('contains an inline source map');
  // rollup.config.mjs says why: the widget passes a feature what it needs.
  // Another feature file beside it (`./name.js`) is fine.
  const outside = importsOf(text).filter((source) => !/^\.\/[\w-]+\.js$/.test(source));
  if (file.startsWith(FEATURES_DIR) && outside.length > 0) {
    fail(`imports ${outside.join(', ')}; a feature must not import the script`);
  }
  for (const sentence of repeatedSentences(text)) {
    fail(`contains this text more than once: ${JSON.stringify(sentence.slice(0, 60))}…`);
  }
  rows.push([
    file,
    kib(source.length),
    kib(gzip),
    kib(budget),
    gzip <= budget ? 'ok' : 'OVER',
  ]);
}

const table = [['file', 'minified', 'gzip', 'budget', ''], ...rows];
const widths = table[0].map((_, column) =>
  Math.max(...table.map((row) => row[column].length)),
);
for (const row of table) {
  console.log(
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ')
      .trimEnd(),
  );
}
if (locales.length === 0) console.log(`(no ${LOCALES_DIR}/*.js yet)`);

if (problems.length > 0) {
  for (const problem of problems) console.error(`size check failed: ${problem}`);
  process.exit(1);
}
