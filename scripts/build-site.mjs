// `npm run build:site`: writes site/, the configurator, the examples and the
// host-CSS pages as a static folder that works from any static host, in any
// subfolder, with no special headers: every link is relative, and each
// page's Content-Security-Policy is a meta tag in the page itself. Upload
// the folder as it is (GitHub Pages, Netlify, any web space); `npm start`
// serves the same pages from the repository. Run `npm run build` first.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

const OUT = 'site';
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));

for (const built of ['dist/cst-widgets.js', 'lib/claims/index.js']) {
  if (!existsSync(built)) {
    console.error(`build:site: ${built} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** Copies `from` to the same path under site/ (files that `keep` accepts). */
function copy(from, keep = () => true) {
  const to = join(OUT, from);
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true, filter: (source) => keep(source) });
}

rmSync(OUT, { recursive: true, force: true });
copy('demo');
// The widgets, as the preview and the examples load them.
copy('dist', (source) => !source.endsWith('.map'));
// The wording check runs the package's own claims checker.
copy('lib', (source) => !source.endsWith('.d.ts') && !source.endsWith('.map'));
// What the configurator reads at run time.
copy('custom-elements.json');
copy('lit-localize.json');
writeFileSync(
  join(OUT, 'package.json'),
  `${JSON.stringify({ name, version }, null, 2)}\n`,
);
copy('docs/rtl.png');
// The style sheets of the host-CSS pages (demo/host-css.js names them).
for (const sheet of [
  'node_modules/bootstrap/dist/css/bootstrap.min.css',
  'node_modules/tailwindcss/preflight.css',
  'node_modules/@picocss/pico/css/pico.min.css',
  'node_modules/bulma/css/bulma.min.css',
]) {
  copy(sheet);
}

// The folder's own address opens the configurator.
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="refresh" content="0; url=demo/" />
    <title>cst-widgets</title>
  </head>
  <body>
    <p><a href="demo/">Set up a widget for your site</a></p>
  </body>
</html>
`,
);
// GitHub Pages would otherwise skip folders whose names start with "_".
writeFileSync(join(OUT, '.nojekyll'), '');

console.log(
  `build:site: wrote ${OUT}/ for ${name} ${version}; open ${OUT}/index.html from any static host.`,
);
