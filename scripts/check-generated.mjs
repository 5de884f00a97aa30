// Fails when a committed generated file is stale: custom-elements.json (from
// the JSDoc), the XLIFF files (from the msg() calls), the language modules in
// src/locales/ (from the XLIFF files), the README's API tables, and the
// framework types, VS Code data and web-types (from the manifest). Generates
// into a scratch folder and compares, so it checks the files as they are on
// disk, committed or not.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
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
const tmp = resolve(mkdtempSync('node_modules/.cache/cst-generated-'));
const bin = (name) => resolve('node_modules/.bin', name);
const run = (name, args) => execFileSync(bin(name), args, { stdio: 'ignore' });
const stale = [];

/** Where `fresh` and `committed` differ: '' when equal, else the first line. */
function difference(fresh, committed) {
  const a = readFileSync(fresh, 'utf8').split('\n');
  let b;
  try {
    b = readFileSync(committed, 'utf8').split('\n');
  } catch {
    return ' (missing)';
  }
  const line = a.findIndex((text, index) => text !== b[index]);
  if (line === -1 && a.length === b.length) return '';
  return `: line ${line + 1} is now ${JSON.stringify(a[line]?.trim() ?? '')}`;
}

/** Compares every file of a fresh folder with the committed one. */
function compareFolders(fresh, committed, fix) {
  const freshFiles = readdirSync(fresh).sort();
  const committedFiles = readdirSync(committed).sort();
  for (const extra of committedFiles.filter((file) => !freshFiles.includes(file))) {
    stale.push(`${join(committed, extra)} should not exist (${fix})`);
  }
  for (const file of freshFiles) {
    const diff = difference(join(fresh, file), join(committed, file));
    if (diff) stale.push(`${join(committed, file)}${diff} (${fix})`);
  }
}

/** A copy of lit-localize.json that writes into the scratch folder. */
function localizeConfig(name, change) {
  const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
  config.tsConfig = resolve(config.tsConfig);
  config.interchange.xliffDir = resolve(config.interchange.xliffDir);
  change(config);
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(config));
  return path;
}

try {
  run('cem', ['analyze', '--outdir', join('node_modules/.cache', tmp.split('/').pop())]);
  const diff = difference(join(tmp, 'custom-elements.json'), 'custom-elements.json');
  if (diff) stale.push(`custom-elements.json${diff} (run \`npm run manifest\`)`);

  // Extracting merges into existing files, so start from the committed ones.
  cpSync('xliff', join(tmp, 'xliff'), { recursive: true });
  run('lit-localize', [
    'extract',
    '--config',
    localizeConfig('extract.json', (c) => (c.interchange.xliffDir = join(tmp, 'xliff'))),
  ]);
  compareFolders(join(tmp, 'xliff'), 'xliff', 'run `npm run xliff`');

  run('lit-localize', [
    'build',
    '--config',
    localizeConfig('build.json', (c) => {
      c.output.outputDir = join(tmp, 'locales');
      c.output.localeCodesModule = join(tmp, 'locales', 'locale-codes.ts');
    }),
  ]);
  compareFolders(join(tmp, 'locales'), 'src/locales', 'run `npm run locales`');

  // The committed manifest is the input, as for `npm run manifest`.
  execFileSync('node', ['scripts/framework-types.mjs', '--outdir', tmp], {
    stdio: 'ignore',
  });
  for (const file of [
    'types/jsx.d.ts',
    'types/vue.d.ts',
    'types/svelte.d.ts',
    'vscode.html-custom-data.json',
    'vscode.css-custom-data.json',
    'web-types.json',
  ]) {
    const diff = difference(join(tmp, file), file);
    if (diff) stale.push(`${file}${diff} (run \`npm run manifest\`)`);
  }

  try {
    execFileSync('node', ['scripts/api-docs.mjs', '--check'], { stdio: 'ignore' });
  } catch {
    stale.push('README.md API tables (run `npm run docs`)');
  }
  // The README's CDN addresses name the exact version, as the configurator does.
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const pinned = [
    ...readFileSync('README.md', 'utf8').matchAll(
      /cdn\.jsdelivr\.net\/npm\/cst-widgets@([^/\s]+)\//g,
    ),
  ].map(([, named]) => named);
  if (pinned.length === 0 || pinned.some((named) => named !== version)) {
    stale.push(`README.md: every CDN address should name cst-widgets@${version}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

if (stale.length > 0) {
  console.error(`Stale generated files:\n- ${stale.join('\n- ')}`);
  process.exit(1);
}
console.log('Generated files are up to date.');
