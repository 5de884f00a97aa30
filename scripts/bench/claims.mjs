// Measures the claims check (`cst-widgets/claims`) and prints the figures:
// its size as a browser would load it (bundled, minified, gzip), the first
// call in each language (which builds that language's patterns), and then
// the time per call and the throughput on a page of about 20 KB: the
// widgets' own words in that language plus claims, repeated. Prints only:
// no assertion, nothing saved. Run `npm run build:lib` first, then
// `node scripts/bench/claims.mjs`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { gzipSync } from 'node:zlib';

const bundle = await build({
  entryPoints: ['lib/claims/index.js'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const code = bundle.outputFiles[0].contents;
console.log(
  `lib/claims bundled for a browser: ${(code.length / 1024).toFixed(1)} KiB minified, ` +
    `${(gzipSync(code).length / 1024).toFixed(1)} KiB gzip (all six languages)`,
);

const { checkClaims, CLAIM_LANGUAGES } = await import('../../lib/claims/index.js');

/** The widgets' words in `lang`, from the XLIFF files (English: the sources). */
function widgetWords(lang) {
  const file = lang === 'en' ? 'de' : lang;
  const xml = readFileSync(`xliff/${file}.xlf`, 'utf8');
  const tag = lang === 'en' ? 'source' : 'target';
  return [...xml.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))]
    .map(([, text]) => text.replace(/<x [^>]*\/>/g, '112'))
    .join('\n\n');
}

const CLAIMS = {
  en: 'CST relieves migraine, back pain and anxiety, and boosts the immune system.',
  de: 'CST lindert Migräne, Rückenschmerzen und Angststörungen und stärkt das Immunsystem.',
  es: 'La TCS alivia la migraña, el dolor de espalda y la ansiedad, y refuerza el sistema inmunitario.',
  fr: 'La TCS soulage les migraines, le mal de dos et l’anxiété, et renforce le système immunitaire.',
  it: 'La CST allevia l’emicrania, il mal di schiena e l’ansia, e rafforza il sistema immunitario.',
  pt: 'A CST alivia a enxaqueca, a dor nas costas e a ansiedade, e fortalece o sistema imunológico.',
};

const median = (values) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const rows = [['lang', 'first call', 'page', 'per call', 'throughput', 'findings']];
for (const lang of CLAIM_LANGUAGES) {
  const block = `${widgetWords(lang)}\n\n${CLAIMS[lang]}\n\n`;
  const page = block.repeat(Math.max(1, Math.round(20_000 / block.length)));
  let start = performance.now();
  checkClaims('CST cures.', lang);
  const first = performance.now() - start;
  const times = [];
  let findings = 0;
  for (let run = 0; run < 30; run++) {
    start = performance.now();
    findings = checkClaims(page, lang).length;
    times.push(performance.now() - start);
  }
  const perCall = median(times);
  rows.push([
    lang,
    `${first.toFixed(1)} ms`,
    `${(page.length / 1024).toFixed(1)} KiB`,
    `${perCall.toFixed(1)} ms`,
    `${((page.length / 1024 / perCall) * 1000).toFixed(0)} KiB/s`,
    String(findings),
  ]);
}
const widths = rows[0].map((_, column) =>
  Math.max(...rows.map((row) => row[column].length)),
);
for (const row of rows)
  console.log(row.map((cell, column) => cell.padStart(widths[column])).join('  '));
console.log('per call: median of 30 calls on the page');
console.log(`Node ${process.version}`);
