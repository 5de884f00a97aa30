// Runs the Nu HTML checker (vnu-jar, on Java: Debian's default-jre-headless)
// over every demo page and over the code the configurator writes, so that
// what a practitioner pastes is valid HTML wherever it goes (a page's head
// or a block in its body). Errors fail; warnings are not reported.
// The snippets come from demo/configurator/model.js, the configurator's own
// writer, for each widget at its defaults and with every setting used
// (a language, each choice, hostile text and several paragraphs), and the
// same at its defaults pre-rendered by `cst-widgets prerender`
// (bin/cst-widgets.mjs, from the built lib/).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import {
  cdnFolder,
  elementSpec,
  snippet,
  widgetsFrom,
} from '../demo/configurator/model.js';

const vnu = String(createRequire(import.meta.url)('vnu-jar'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const localize = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const languages = [localize.sourceLocale, ...localize.targetLocales];
const HOSTILE = '"><script>alert(1)</script> & <b>bold</b> &amp;';

/** Every setting of `widget` changed from its default. */
function everySetting(widget) {
  const values = new Map();
  for (const attribute of widget.attributes) {
    if (attribute.kind === 'language') values.set(attribute.name, 'de-AT');
    else if (attribute.kind === 'boolean') values.set(attribute.name, !attribute.default);
    else if (attribute.kind === 'choice') {
      values.set(
        attribute.name,
        attribute.options.find((o) => o !== attribute.default),
      );
    } else values.set(attribute.name, `${HOSTILE} ${attribute.name}`);
  }
  const slots = new Map(
    (widget.slots ?? []).map((slot) => [slot.name, `One ${HOSTILE}\n\nTwo.`]),
  );
  return elementSpec(widget, values, slots);
}

const page = (body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A page with the widget</title>
  </head>
  <body>
${body}
  </body>
</html>
`;

const scratch = mkdtempSync(join(resolve('node_modules/.cache'), 'cst-html-'));
try {
  const files = readdirSync('demo')
    .filter((name) => name.endsWith('.html'))
    .map((name) => join('demo', name));
  for (const widget of widgetsFrom(manifest)) {
    const specs = {
      defaults: elementSpec(widget, new Map(), new Map()),
      every: everySetting(widget),
    };
    for (const [name, spec] of Object.entries(specs)) {
      for (const [where, folder] of [
        ['cdn', cdnFolder(version)],
        ['own', '/cst-widgets/'],
      ]) {
        const file = join(scratch, `${widget.tag}-${name}-${where}.html`);
        writeFileSync(file, page(snippet(spec, { folder, languages })));
        files.push(file);
      }
    }
    // Pre-rendered, as `cst-widgets prerender` writes it (the configurator's
    // pre-rendered code is the same element with the browser's serialisation).
    const file = join(scratch, `${widget.tag}-prerendered.html`);
    writeFileSync(file, page(snippet(specs.defaults, { languages })));
    execFileSync(process.execPath, ['bin/cst-widgets.mjs', 'prerender', file]);
    files.push(file);
  }
  try {
    execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...files], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch (error) {
    if (error.code === 'ENOENT') {
      console.error(
        'check-html: Java not found (Debian: apt-get install default-jre-headless)',
      );
    } else {
      console.error(`Nu HTML checker errors:\n${error.stderr}${error.stdout}`);
    }
    process.exit(1);
  }
  console.log(`Nu HTML checker: no errors in ${files.length} pages and snippets.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
