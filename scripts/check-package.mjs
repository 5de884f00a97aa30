// Checks the package as npm would publish it, from the tarball `npm pack`
// makes (run `npm run build` first):
// - publint and @arethetypeswrong/cli (ESM only: no CommonJS resolutions);
// - what ships: the licence and the readme, no translators' files or sources;
// - every source map either points at shipped files or carries their text;
// - every entry of `exports` imports by name in Node without an error.
// It leaves the unpacked package in node_modules/.cache/cst-package/
// node_modules/cst-widgets/, where the CDN-shaped browser test
// (test/install-cdn.test.ts) serves it from.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const PACK_DIR = resolve('node_modules/.cache/cst-package');
export const UNPACKED = join(PACK_DIR, 'node_modules/cst-widgets');

const bin = (name) => resolve('node_modules/.bin', name);
const problems = [];

rmSync(PACK_DIR, { recursive: true, force: true });
mkdirSync(UNPACKED, { recursive: true });
const [{ filename }] = JSON.parse(
  execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', PACK_DIR],
    {
      encoding: 'utf8',
    },
  ),
);
const tarball = join(PACK_DIR, filename);
execFileSync('tar', ['-xzf', tarball, '-C', UNPACKED, '--strip-components=1']);

/** Runs a checker; its output is shown only when it fails. */
function tool(name, args) {
  try {
    execFileSync(bin(name), args, { encoding: 'utf8', stdio: 'pipe' });
    console.log(`${name}: clean`);
  } catch (error) {
    problems.push(`${name} ${args.join(' ')}:\n${error.stdout}${error.stderr}`);
  }
}
tool('publint', [tarball, '--strict']);
tool('attw', [tarball, '--profile', 'esm-only', '--format', 'ascii']);

/** Every file of the unpacked package, as paths relative to it. */
function filesOf(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesOf(path) : [relative(UNPACKED, path)];
  });
}
const files = filesOf(UNPACKED);

for (const needed of ['LICENSE', 'README.md', 'package.json', 'dist/cst-widgets.js']) {
  if (!files.includes(needed)) problems.push(`${needed} is not in the package`);
}
for (const file of files) {
  if (/^(src|xliff|test|demo|scripts)\//.test(file))
    problems.push(`${file} should not ship`);
}

for (const file of files.filter((name) => name.endsWith('.map'))) {
  const map = JSON.parse(readFileSync(join(UNPACKED, file), 'utf8'));
  map.sources.forEach((source, index) => {
    const target = join(UNPACKED, dirname(file), map.sourceRoot ?? '', source);
    if (!map.sourcesContent?.[index] && !existsSync(target)) {
      problems.push(`${file}: source ${source} is neither shipped nor inlined`);
    }
  });
}

// Import each JavaScript entry by its public name, from a folder whose
// node_modules holds the unpacked package, as an app on a server would.
const manifest = JSON.parse(readFileSync(join(UNPACKED, 'package.json'), 'utf8'));
const entries = Object.entries(manifest.exports)
  .filter(([, target]) => {
    const file = typeof target === 'string' ? target : (target.node ?? target.default);
    return file?.endsWith('.js');
  })
  .map(([name]) => join('cst-widgets', name));
const script = `for (const name of ${JSON.stringify(entries)}) {
  try { await import(name); } catch (error) { console.log(name + ': ' + error.message); process.exitCode = 1; }
}`;
try {
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: PACK_DIR,
    encoding: 'utf8',
    stdio: 'pipe',
  });
  console.log(`entries imported in Node: ${entries.join(', ')}`);
} catch (error) {
  problems.push(`importing an entry in Node failed:\n${error.stdout}${error.stderr}`);
}

// The types an app gets from each entry, as it resolves them by name: the
// tag map and the event map come with `define.js` and with the drop-in script.
const consumer = `import { CstDisclaimer } from 'cst-widgets';
import type { CstBenefits } from 'cst-widgets/define.js';
import type { CstDismissEvent } from 'cst-widgets/cst-widgets.js';
import { checkClaims } from 'cst-widgets/claims';
const banner: CstDisclaimer = document.createElement('cst-disclaimer');
banner.addEventListener('cst-dismiss', (event) => event.revision.toUpperCase());
const explainer: CstBenefits = document.createElement('cst-benefits');
explainer.layout = 'list';
export const found = checkClaims('').length;
export type Dismiss = CstDismissEvent;
`;
writeFileSync(join(PACK_DIR, 'consumer.ts'), consumer);
writeFileSync(
  join(PACK_DIR, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'es2022',
      module: 'esnext',
      moduleResolution: 'bundler',
      lib: ['es2022', 'dom'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    files: ['consumer.ts'],
  }),
);
try {
  execFileSync(bin('tsc'), ['-p', PACK_DIR], { encoding: 'utf8', stdio: 'pipe' });
  console.log('types: an app typed against the package compiles');
} catch (error) {
  problems.push(`an app typed against the package does not compile:\n${error.stdout}`);
}

if (problems.length > 0) {
  console.error(`Package problems:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Package ${filename}: ${files.length} files, all checks clean.`);
