// Fails when a committed generated file is stale: custom-elements.json (from
// the JSDoc), the XLIFF files (from the msg() calls) and the README's API
// tables (from the manifest). Generates into a temporary folder and compares,
// so it checks the files as they are on disk, committed or not.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

// Inside the project: the manifest analyzer resolves --outdir against the working folder.
mkdirSync('node_modules/.cache', { recursive: true });
const tmp = mkdtempSync('node_modules/.cache/cst-generated-');
const bin = (name) => resolve('node_modules/.bin', name);
const stale = [];
const same = (a, b) => readFileSync(a, 'utf8') === readFileSync(b, 'utf8');

/** The first line that differs, to show what is stale. */
function firstDifference(fresh, committed) {
  const a = readFileSync(fresh, 'utf8').split('\n');
  const b = readFileSync(committed, 'utf8').split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  return line === -1
    ? ''
    : `: line ${line + 1} is now ${JSON.stringify(a[line]?.trim())}`;
}

try {
  execFileSync(bin('cem'), ['analyze', '--outdir', tmp], { stdio: 'ignore' });
  if (!same(join(tmp, 'custom-elements.json'), 'custom-elements.json')) {
    stale.push(
      `custom-elements.json (run \`npm run manifest\`)${firstDifference(join(tmp, 'custom-elements.json'), 'custom-elements.json')}`,
    );
  }

  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.interchange.xliffDir = resolve(tmp, 'xliff');
  config.tsConfig = resolve(config.tsConfig);
  writeFileSync(join(tmp, 'lit-localize.json'), JSON.stringify(config));
  execFileSync(
    bin('lit-localize'),
    ['extract', '--config', join(tmp, 'lit-localize.json')],
    {
      stdio: 'ignore',
    },
  );
  const fresh = readdirSync(join(tmp, 'xliff')).sort();
  const committed = readdirSync('xliff').sort();
  if (
    fresh.join() !== committed.join() ||
    fresh.some((file) => !same(join(tmp, 'xliff', file), join('xliff', file)))
  ) {
    stale.push('xliff/ (run `npm run xliff`)');
  }

  try {
    execFileSync('node', ['scripts/api-docs.mjs', '--check'], { stdio: 'ignore' });
  } catch {
    stale.push('README.md API tables (run `npm run docs`)');
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (stale.length > 0) {
  console.error(`Stale generated files:\n- ${stale.join('\n- ')}`);
  process.exit(1);
}
console.log('Generated files are up to date.');
