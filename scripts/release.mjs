// `npm run release`: writes release/cst-widgets-<version>.zip, the download
// for sites that host the files themselves: a `cst-widgets` folder with the
// drop-in script and the language and feature files beside it, a plain-text
// how-to and the licence. Run `npm run build` first.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const OUT = 'release';
const NAME = `cst-widgets-${version}.zip`;

if (!existsSync('dist/cst-widgets.js')) {
  console.error('release: dist/cst-widgets.js is missing; run `npm run build` first.');
  process.exit(1);
}

const HOW_TO = `cst-widgets ${version}: the widget files for your own site
==========================================================

What is in this folder
  cst-widgets/            the files to upload, as they are:
    cst-widgets.js        the script that draws the widgets
    locales/              the widgets' words in other languages
    features/             parts only some widgets need
  LICENSE.txt             the licence (MIT)

You do not need these files if you use the public CDN address that the
configurator gives by default: then there is nothing to upload.

1. Upload the whole cst-widgets folder to your site, with the locales and
   features folders inside it: the script loads them from beside itself.
   Keep the folder as it is (a media library that takes single files
   will not do).
     WordPress:   with your host's file manager or an SFTP app, for example
                  to wp-content/uploads/cst-widgets/
     Plain HTML:  beside your pages, for example as /cst-widgets/
     Squarespace, Wix: they cannot host a script; use the CDN address, or
                  web space elsewhere that sends Access-Control-Allow-Origin.

2. Open the configurator, choose "From your own site" and type the folder's
   address as it is seen from the web: it starts with / (for example
   /cst-widgets/ or /wp-content/uploads/cst-widgets/), or with https://
   for files on other web space.

3. Set up your widget there, copy the code and paste it into your page:
   the script tags once per page (best in the page's <head>), the element
   where the widget goes.

4. Check: open https://your-site.example/cst-widgets/cst-widgets.js in a
   browser. You should see code, not "Not found".

Nothing in these files sets a cookie, stores anything about your visitors,
or loads anything from another site.
`;

/** Every file under `dir`, as paths relative to it (source maps left out). */
function filesOf(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesOf(path).map((file) => join(entry.name, file));
    return entry.name.endsWith('.map') ? [] : [relative(dir, path)];
  });
}

const zip = new JSZip();
// A fixed date, so the same build makes the same zip.
const date = new Date('2000-01-01T00:00:00Z');
for (const file of filesOf('dist').sort()) {
  zip.file(`cst-widgets/${file}`, readFileSync(join('dist', file)), { date });
}
zip.file('HOW-TO.txt', HOW_TO.replace(/\n/g, '\r\n'), { date });
zip.file('LICENSE.txt', readFileSync('LICENSE', 'utf8').replace(/\n/g, '\r\n'), { date });

mkdirSync(OUT, { recursive: true });
const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
writeFileSync(join(OUT, NAME), bytes);
console.log(
  `release: wrote ${join(OUT, NAME)} (${(bytes.length / 1024).toFixed(1)} KiB)`,
);
