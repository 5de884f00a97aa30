// Where a widget's JavaScript heap goes: `npm run bench:heap` (after a
// build), or `node scripts/bench/heap.mjs [--count=300] [--top=25]`.
//
// For each kind of widget (and for the bench's mix of the three), loads a
// page with `count` of them and the same page with none, in headless
// Chromium, waits until every widget has rendered, collects garbage, and
// prints the JS heap per widget (Runtime.getHeapUsage, as `npm run bench`
// reads it). For each kind it then takes a heap snapshot of both pages and
// prints what the widgets added, per widget, by constructor: the JavaScript
// objects only (Blink's own objects for the DOM are not in that heap). Lit's
// classes have the short names of its production build: the lines name the
// part type where that is known (see `LIT_NAMES`).
//
// Not a test and not a goal: `npm run bench` holds the goal (heap per widget).
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { SCRIPT_TAG, SNIPPET_WIDGETS, TAGS } from './pages.mjs';
import { folderRoutes, page, startServer } from './server.mjs';

const option = (name, fallback) => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return given ? Number(given.split('=')[1]) : fallback;
};
const COUNT = option('count', 300);
const TOP = option('top', 25);

const executablePath = findChromium();
if (!executablePath) {
  console.error(
    'bench:heap: no Chromium found (apt-get install chromium, or set CHROME_PATH)',
  );
  process.exit(2);
}

const pageOf = (tags, count) => {
  const items = [];
  for (let index = 0; index < count; index += 1) {
    for (const tag of tags) items.push(SNIPPET_WIDGETS[tag]);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${count} × ${tags.join(', ')}</title>${SCRIPT_TAG}</head>
<body>${items.join('\n')}</body></html>`;
};

const KINDS = [
  ...TAGS.map((tag) => [tag, [tag]]),
  ['the three, as `npm run bench`', TAGS],
];
const routes = folderRoutes('dist', '/cst-widgets/');
routes.set('/none.html', page(pageOf(TAGS, 0)));
KINDS.forEach(([, tags], index) =>
  routes.set(`/${index}.html`, page(pageOf(tags, COUNT))),
);

const server = await startServer(routes);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: CHROMIUM_ARGS,
});

/** Heap after GC, and (with `snapshot`) self size and count by constructor. */
async function measure(path, snapshot) {
  const tab = await browser.newPage();
  try {
    await tab.goto(server.origin + path, { waitUntil: 'load' });
    await tab.evaluate(async (tags) => {
      const widgets = [...document.querySelectorAll(tags.join(','))];
      await Promise.all(widgets.map((widget) => widget.updateComplete));
      await new Promise((resolve) => setTimeout(resolve, 500));
    }, TAGS);
    const cdp = await tab.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return { usedSize, byName: snapshot ? await byConstructor(cdp) : undefined };
  } finally {
    await tab.close();
  }
}

async function byConstructor(cdp) {
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [TYPE, NAME, SIZE] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const byName = new Map();
  for (let index = 0; index < nodes.length; index += fields.length) {
    const type = types[nodes[index + TYPE]];
    // Blink's objects are native; compiled code grows with the page, not per widget.
    if (type === 'native' || type === 'code') continue;
    const name = /string/.test(type)
      ? '(strings)'
      : ['object', 'closure'].includes(type)
        ? `${strings[nodes[index + NAME]]}${type === 'closure' ? ' (closure)' : ''}`
        : `(${type})`;
    const entry = byName.get(name) ?? { count: 0, size: 0 };
    entry.count += 1;
    entry.size += nodes[index + SIZE];
    byName.set(name, entry);
  }
  return byName;
}

/** Lit 3's production class names, by what their constructors set. */
const LIT_NAMES = (() => {
  const script = readFileSync('dist/cst-widgets.js', 'utf8');
  const names = new Map();
  const find = (pattern, label) => {
    const match = pattern.exec(script);
    if (match) names.set(match[1], label);
  };
  find(/class (\w+)\{constructor\(\w+,\w+\)\{this\._\$AV=\[\]/, 'TemplateInstance (Lit)');
  find(
    /class (\w+)\{get _\$AU\(\)\{return this\._\$AM\?\._\$AU\?\?this\._\$Cv/,
    'ChildPart (Lit)',
  );
  find(
    /class (\w+)\{get tagName\(\)\{return this\.element\.tagName/,
    'AttributePart (Lit)',
  );
  find(
    /class (\w+) extends \w+\{constructor\(\)\{super\(\.\.\.arguments\),this\.type=4/,
    'BooleanAttributePart (Lit)',
  );
  find(
    /class (\w+) extends \w+\{constructor\((?:\w+,){4}\w+\)\{super\((?:\w+,){4}\w+\),this\.type=5/,
    'EventPart (Lit)',
  );
  find(
    /class (\w+)\{constructor\(\w+\)\{\}get _\$AU\(\)/,
    'Directive (Lit: staticBlock, ifDefined)',
  );
  return names;
})();

const none = await measure('/none.html', true);
for (const [index, [label, tags]] of KINDS.entries()) {
  const widgets = COUNT * tags.length;
  const some = await measure(`/${index}.html`, tags.length === 1);
  const perWidget = (some.usedSize - none.usedSize) / widgets / 1024;
  console.log(
    `\n${label}: ${perWidget.toFixed(2)} KiB of JS heap per widget (${widgets} widgets)`,
  );
  if (!some.byName) continue;
  const rows = [...some.byName].map(([name, { count, size }]) => {
    const base = none.byName.get(name) ?? { count: 0, size: 0 };
    return {
      name: LIT_NAMES.get(name) ?? name,
      count: (count - base.count) / widgets,
      size: (size - base.size) / widgets,
    };
  });
  rows.sort((a, b) => b.size - a.size);
  for (const row of rows.slice(0, TOP)) {
    console.log(
      `${row.size.toFixed(0).padStart(7)} B ${row.count.toFixed(2).padStart(7)} × ${row.name}`,
    );
  }
}

await browser.close();
await server.close();
