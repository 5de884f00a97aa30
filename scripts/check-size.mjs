// Fails the build when the drop-in script is over budget or carries things a
// production file must not: Lit's dev-mode code or an inline source map.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const FILE = 'dist/cst-widgets.js';
const BUDGET_GZIP = 18 * 1024;

const source = readFileSync(FILE);
const text = source.toString('utf8');
const gzip = gzipSync(source, { level: 9 }).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;

const problems = [];
if (gzip > BUDGET_GZIP)
  problems.push(`${kib(gzip)} gzip is over the ${kib(BUDGET_GZIP)} budget`);
if (/Lit is in dev mode|Multiple versions of Lit loaded/.test(text)) {
  problems.push('contains Lit dev-mode code');
}
if (/sourceMappingURL=data:/.test(text)) problems.push('contains an inline source map');

console.log(
  `${FILE}: ${kib(source.length)} minified, ${kib(gzip)} gzip (budget ${kib(BUDGET_GZIP)})`,
);
if (problems.length > 0) {
  for (const problem of problems) console.error(`size check failed: ${problem}`);
  process.exit(1);
}
