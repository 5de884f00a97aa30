// Builds the WordPress plugin zip, build/cst-widgets-wordpress-<version>.zip,
// from wordpress/ and the built drop-in files in dist/ (run `npm run build`
// first; `npm run build:wordpress` does both). The zip holds one folder,
// cst-widgets/, as WordPress's "Upload Plugin" expects.
//
// The whole dist/ tree goes in, whatever files it holds (the script, its
// language files, its optional features), so the plugin never falls behind a
// change of which features exist. Source maps go in only when they carry the
// sources themselves (a map that points at files outside the zip is no use).
import { ZipArchive } from 'archiver';
import {
  createWriteStream,
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const SLUG = 'cst-widgets';

export const buildDir = join(root, 'build');
export const zipPath = join(buildDir, `cst-widgets-wordpress-${version}.zip`);

/** Every file under `dir`, as paths relative to it. */
export function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((path) => statSync(join(dir, path)).isFile())
    .sort();
}

/** Whether a source map carries the text of every source it names. */
function carriesSources(mapPath) {
  try {
    const map = JSON.parse(readFileSync(mapPath, 'utf8'));
    return (
      Array.isArray(map.sourcesContent) &&
      map.sourcesContent.length === map.sources.length &&
      map.sourcesContent.every((text) => typeof text === 'string')
    );
  } catch {
    return false;
  }
}

/** The dist/ files the plugin ships: every .js, and the maps that carry their sources. */
export function distFiles(dist = join(root, 'dist')) {
  return filesUnder(dist).filter(
    (path) =>
      path.endsWith('.js') ||
      (path.endsWith('.js.map') && carriesSources(join(dist, path))),
  );
}

async function build() {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'cst-widgets.js'))) {
    throw new Error(
      'build-wordpress: dist/cst-widgets.js is missing: run `npm run build` first.',
    );
  }
  const stage = join(buildDir, 'wordpress', SLUG);
  await rm(join(buildDir, 'wordpress'), { recursive: true, force: true });
  await mkdir(stage, { recursive: true });
  await cp(join(root, 'wordpress'), stage, { recursive: true });
  for (const path of distFiles(dist)) {
    await mkdir(dirname(join(stage, 'dist', path)), { recursive: true });
    await cp(join(dist, path), join(stage, 'dist', path));
  }

  // The plugin's version is the package's.
  const main = join(stage, 'cst-widgets.php');
  await writeFile(
    main,
    (await readFile(main, 'utf8'))
      .replace(/^( \* Version:\s+).*$/m, `$1${version}`)
      .replace(
        /define\( 'CST_WIDGETS_VERSION', '[^']*' \)/,
        `define( 'CST_WIDGETS_VERSION', '${version}' )`,
      ),
  );
  const readme = join(stage, 'readme.txt');
  await writeFile(
    readme,
    (await readFile(readme, 'utf8')).replace(/^(Stable tag:\s+).*$/m, `$1${version}`),
  );

  await rm(zipPath, { force: true });
  const output = createWriteStream(zipPath);
  const archive = new ZipArchive({ zlib: { level: 9 } });
  const done = new Promise((resolve, reject) => {
    output.on('close', resolve);
    archive.on('error', reject);
    archive.on('warning', reject);
  });
  archive.pipe(output);
  // Fixed dates and modes, so the same sources give the same zip.
  const date = new Date('2000-01-01T00:00:00Z');
  for (const path of filesUnder(stage)) {
    archive.file(join(stage, path), {
      name: `${SLUG}/${path.split('\\').join('/')}`,
      date,
      mode: 0o644,
    });
  }
  await archive.finalize();
  await done;
  console.log(
    `build-wordpress: ${relative(root, zipPath)} (${filesUnder(stage).length} files, ` +
      `${(statSync(zipPath).size / 1024).toFixed(1)} KiB)`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build();
}
