// `npm run bench:layout-shift`: how far the host page's own content moves
// when the widgets arrive, with the snippet pasted where practitioners paste
// it (a CMS block in <body>, no `blocking="render"`), on slow 4G, in
// Chromium, Firefox and WebKit, for each way of writing the snippet:
//
//   plain     the elements alone (the snippet before pre-rendering)
//   dsd       pre-rendered: each element with its shadow tree and styles as
//             declarative shadow DOM, upgraded in place by the script
//   fallback  each element with its words as light-DOM fallback content
//             (`slot="fallback"`), in the host page's styles
//   reserve   each element with its final height reserved in a `style`
//             attribute, measured in Chromium at the same width
//
// on five pages: English, French (`lang="fr"`), `claims="strict"`, and
// French and strict with their file 10 s late. The slow network is the
// test server's (scripts/bench/server.mjs: 562.5 ms before each response,
// 180 000 B/s shared, Chrome's "Slow 4G"), so it is the same for the three
// engines. The pre-rendered and reserved snippets are taken from the
// widgets as Chromium renders them (demo/configurator/prerender.js, as the
// configurator does).
//
// Shift: Firefox and WebKit have no Layout Instability API, so a script in
// the page's <head> records, in every animation frame, the box of every
// element of the host page (the widget elements themselves included, their
// contents not), and scores each frame as the API does: the share of the
// viewport that moving boxes cover, before and after, times the distance of
// the largest move over the viewport's larger side; the page's score is the
// worst session window (1 s gap, 5 s at most), as CLS. Chromium's own CLS
// (which also counts moves inside the widgets) is printed beside it.
//
// Options: --reps=N (default 3), --engines=chromium,firefox,webkit,
// --pages=en,fr,..., --designs=plain,dsd,..., --no-save (print only),
// --serve (serve the pages to look at them, measure nothing).
// Prints a table and writes bench/results/layout-shift-<date>-<commit>.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import {
  CHROMIUM_ARGS,
  FIREFOX_PREFS,
  findChromium,
  findFirefox,
  findWebKit,
} from '../browsers.mjs';
import {
  freePort,
  startXvfb,
  waitForPort,
  webkitCapabilities,
} from '../webkit-launcher.mjs';
import { SCRIPT_PATH, SITE_CSS, SNIPPET_WIDGETS, TAGS, hostPage } from './pages.mjs';
import { startServer } from './server.mjs';
import { commit, dirty } from './revision.mjs';

const BUNDLE = 'dist/cst-widgets.js';
const RESULTS_DIR = 'bench/results';
const SLOW_4G = { latency: 562.5, download: 180_000 };
const LATE_MS = 10_000;
const PHONE = { width: 412, height: 823 };
const HARD_LIMIT_MS = 45 * 60_000;

const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
};
const list = (name, all) => {
  const wanted = option(name, all.join(',')).split(',').filter(Boolean);
  const unknown = wanted.filter((w) => !all.includes(w));
  if (unknown.length) throw new Error(`--${name}: unknown ${unknown}; use ${all}`);
  return wanted;
};
const REPS = Math.max(1, Math.trunc(Number(option('reps', '3'))) || 3);
const SAVE = !process.argv.includes('--no-save');
const PAGES = list('pages', ['en', 'fr', 'strict', 'fr-late', 'strict-late']);
const DESIGNS = list('designs', ['plain', 'dsd', 'fallback', 'reserve']);
const ENGINES = list('engines', ['chromium', 'firefox', 'webkit']);

setTimeout(() => {
  console.error(
    `layout-shift: still running after ${HARD_LIMIT_MS / 60_000} min, giving up`,
  );
  process.exit(1);
}, HARD_LIMIT_MS).unref();

if (!existsSync(BUNDLE)) {
  console.error(`layout-shift: ${BUNDLE} is missing; run \`npm run build\` first`);
  process.exit(1);
}

// ---------------------------------------------------------------- files

// Nothing is cached: every load downloads every file over the slow link.
const NO_STORE = 'no-store';
const routes = new Map();
const js = (path, body, delayMs) =>
  routes.set(path, {
    type: 'text/javascript; charset=utf-8',
    body: () => body,
    cache: NO_STORE,
    delayMs,
  });
const FOLDER = SCRIPT_PATH.replace(/[^/]+$/, '');
js(SCRIPT_PATH, readFileSync(BUNDLE));
for (const dir of ['locales', 'features']) {
  for (const name of readdirSync(`dist/${dir}`).filter((n) => n.endsWith('.js'))) {
    js(`${FOLDER}${dir}/${name}`, readFileSync(`dist/${dir}/${name}`));
  }
}
js('/prerender.js', readFileSync('demo/configurator/prerender.js'));
routes.set('/site.css', {
  type: 'text/css; charset=utf-8',
  body: () => SITE_CSS,
  cache: NO_STORE,
});

/** The files a page's widgets fetch, 10 s late on the "-late" pages. */
const LATE_FILES = {
  'fr-late': `${FOLDER}locales/fr.js`,
  'strict-late': `${FOLDER}features/benefits-strict.js`,
};

/** Each page: its language and the elements as a site author writes them. */
const PAGE_WIDGETS = {
  en: { lang: 'en', widgets: SNIPPET_WIDGETS },
  fr: { lang: 'fr', widgets: SNIPPET_WIDGETS },
  strict: {
    lang: 'en',
    widgets: {
      ...SNIPPET_WIDGETS,
      'cst-benefits': '<cst-benefits claims="strict" layout="accordion"></cst-benefits>',
    },
  },
};
PAGE_WIDGETS['fr-late'] = PAGE_WIDGETS.fr;
PAGE_WIDGETS['strict-late'] = PAGE_WIDGETS.strict;

/**
 * The snippet's script tags, as the configurator writes them for a CMS
 * block; `folder` is where the files are (a late page has its own copy).
 */
const scriptTags = (lang, folder = FOLDER) =>
  [
    ...(lang === 'en' ? [] : [`${folder}locales/${lang}.js`]),
    `${folder}cst-widgets.js`,
  ].map((src) => `<script type="module" src="${src}"></script>`);

// ---------------------------------------------------------------- in-page probe

/**
 * Runs first in every measured page (a classic script in <head>): records the
 * host content's boxes in every frame, Chromium's layout shifts, and when
 * every widget has rendered (its files arrived or failed).
 */
function probe(tags) {
  const state = { shifts: [], native: [], heights: [], rendered: null, settled: false };
  window.__ls = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.hadRecentInput) state.native.push({ value: e.value, t: e.startTime });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    state.native = null; // no Layout Instability API
  }
  const selector = tags.join(',');
  const CELL = 4;
  let previous = new Map();
  let grid;
  const heights = new Map();
  function boxes() {
    const now = new Map();
    for (const el of document.body?.querySelectorAll('*') ?? []) {
      if (/^(script|style|template|link|meta)$/.test(el.localName)) continue;
      if (el.parentElement?.closest(selector)) continue; // a widget's own content
      const r = el.getBoundingClientRect();
      if (r.width > 0 || r.height > 0) now.set(el, r);
    }
    return now;
  }
  function mark(r, vw, vh, cols) {
    const x0 = Math.max(0, Math.floor(r.left / CELL));
    const x1 = Math.min(cols, Math.ceil(Math.min(r.right, vw) / CELL));
    const y0 = Math.max(0, Math.floor(r.top / CELL));
    const y1 = Math.min(Math.ceil(vh / CELL), Math.ceil(Math.min(r.bottom, vh) / CELL));
    for (let y = y0; y < y1; y += 1)
      grid.fill(1, y * cols + x0, y * cols + Math.max(x0, x1));
  }
  function frame() {
    const vw = document.documentElement.clientWidth;
    const vh = innerHeight;
    const cols = Math.ceil(vw / CELL);
    const now = boxes();
    let distance = 0;
    for (const [el, r] of now) {
      const before = previous.get(el);
      if (!before) continue;
      const moved = Math.max(
        Math.abs(r.left - before.left),
        Math.abs(r.top - before.top),
      );
      if (moved < 0.5) continue;
      if (distance === 0) {
        grid = new Uint8Array(cols * Math.ceil(vh / CELL));
      }
      distance = Math.max(distance, moved);
      mark(before, vw, vh, cols);
      mark(r, vw, vh, cols);
    }
    if (distance > 0) {
      const area = grid.reduce((sum, cell) => sum + cell, 0) * CELL * CELL;
      const value =
        Math.min(1, area / (vw * vh)) * Math.min(1, distance / Math.max(vw, vh));
      if (value > 0) state.shifts.push({ value, t: performance.now() });
    }
    for (const el of document.querySelectorAll(selector)) {
      const h = Math.round(el.getBoundingClientRect().height);
      if (heights.get(el) !== h) {
        heights.set(el, h);
        state.heights.push({ tag: el.localName, h, t: Math.round(performance.now()) });
      }
    }
    previous = now;
    if (!state.settled) requestAnimationFrame(frame);
  }
  requestAnimationFrame(frame);
  const ready = () =>
    Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() =>
      Promise.all(
        [...document.querySelectorAll(selector)].map((el) => el.updateComplete),
      ),
    );
  addEventListener('DOMContentLoaded', () =>
    ready().then(() => {
      state.rendered = performance.now();
      // A second round: an update may ask for another (a file that arrived).
      setTimeout(
        () => ready().then(() => setTimeout(() => (state.settled = true), 1500)),
        100,
      );
    }),
  );
  state.result = () => ({
    shifts: state.shifts,
    native: state.native,
    heights: state.heights,
    rendered: state.rendered,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    viewport: { width: document.documentElement.clientWidth, height: innerHeight },
    widgets: document.querySelectorAll(selector).length,
  });
}
const PROBE = `<script>(${probe})(${JSON.stringify(TAGS)});</script>`;

/** The worst session window of `shifts` (1 s gap, 5 s at most), as CLS. */
function sessionScore(shifts) {
  let worst = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { value, t } of shifts) {
    if (t - last > 1000 || t - first > 5000) {
      current = 0;
      first = t;
    }
    current += value;
    last = t;
    worst = Math.max(worst, current);
  }
  return worst;
}

// ---------------------------------------------------------------- snippets

/** Runs in a page where the widgets have rendered: what each design writes. */
async function capture(tags) {
  const { shadowTemplate } = await import('/prerender.js');
  const out = {};
  for (const el of document.querySelectorAll(tags.join(','))) {
    const box = document.createElement('div');
    for (const node of el.shadowRoot.childNodes) box.append(node.cloneNode(true));
    for (const style of box.querySelectorAll('style')) style.remove();
    for (const slot of box.querySelectorAll('slot')) slot.replaceWith(...slot.childNodes);
    out[el.localName] = {
      dsd: shadowTemplate(el),
      fallback: `<div slot="fallback">${box.innerHTML.replace(/<!--[^]*?-->/g, '')}</div>`,
      height: el.getBoundingClientRect().height,
    };
  }
  return out;
}

/** The element's markup with `inside` after its start tag and `style` on it. */
function withInside(markup, inside, style = '') {
  const end = markup.indexOf('>');
  return `${markup.slice(0, end)}${style ? ` style="${style}"` : ''}>${inside}${markup.slice(end + 1)}`;
}

function pageHtml(name, design, captured) {
  const { lang, widgets } = PAGE_WIDGETS[name];
  const shots = captured[name.replace(/-late$/, '')];
  const written = {};
  for (const tag of TAGS) {
    const shot = shots[tag];
    if (design === 'dsd') written[tag] = withInside(widgets[tag], shot.dsd);
    else if (design === 'fallback')
      written[tag] = withInside(widgets[tag], shot.fallback);
    else if (design === 'reserve') {
      written[tag] = withInside(
        widgets[tag],
        '',
        `display: block; min-block-size: ${Math.ceil(shot.height)}px`,
      );
    } else written[tag] = widgets[tag];
  }
  // The CMS block: the script tags pasted with the first widget.
  const folder = LATE_FILES[name] ? `/${name}${FOLDER}` : FOLDER;
  written['cst-disclaimer'] =
    `${scriptTags(lang, folder).join('\n')}\n${written['cst-disclaimer']}`;
  return hostPage({ title: `${name} ${design}`, head: PROBE, widgets: written, lang });
}

// ---------------------------------------------------------------- engines

async function poll(check, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the page did not settle');
}

async function puppeteerEngine(name, launch) {
  const browser = await puppeteer.launch(launch);
  const version = await browser.version();
  return {
    name,
    version,
    async load(url) {
      const context = await browser.createBrowserContext();
      try {
        const tab = await context.newPage();
        await tab.setViewport(PHONE);
        await tab.goto(url, { waitUntil: 'load', timeout: 60_000 });
        await poll(() => tab.evaluate(() => window.__ls?.settled === true));
        return await tab.evaluate(() => window.__ls.result());
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}

async function webkitEngine(paths) {
  const { remote } = await import('webdriverio');
  const children = [];
  const display = await startXvfb(paths.xvfb, children);
  const port = await freePort();
  const driver = spawn(paths.driver, [`--port=${port}`, '--host=127.0.0.1'], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  children.push(driver);
  const stop = () => children.reverse().forEach((child) => child.kill());
  process.once('exit', stop);
  await waitForPort(port, driver);
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: webkitCapabilities(paths),
  });
  // The window's size, so that its viewport is the phone's.
  await browser.url('about:blank');
  await browser.setWindowSize(PHONE.width, PHONE.height);
  const inner = await browser.execute(() => [innerWidth, innerHeight]);
  await browser.setWindowSize(PHONE.width * 2 - inner[0], PHONE.height * 2 - inner[1]);
  return {
    name: 'WebKit',
    version: browser.capabilities.browserVersion ?? '',
    async load(url) {
      await browser.url(url);
      await poll(() => browser.execute(() => window.__ls?.settled === true));
      return browser.execute(() => window.__ls.result());
    },
    async close() {
      await browser.deleteSession().catch(() => {});
      stop();
    },
  };
}

const LAUNCH = {
  chromium: () => {
    const executablePath = findChromium();
    return (
      executablePath &&
      puppeteerEngine('Chromium', { executablePath, headless: true, args: CHROMIUM_ARGS })
    );
  },
  firefox: () => {
    const executablePath = findFirefox();
    return (
      executablePath &&
      puppeteerEngine('Firefox', {
        browser: 'firefox',
        executablePath,
        headless: true,
        extraPrefsFirefox: FIREFOX_PREFS,
      })
    );
  },
  webkit: () => {
    const paths = findWebKit();
    return paths && webkitEngine(paths);
  },
};

// ---------------------------------------------------------------- the run

const fast = await startServer(routes, { idleTimeoutMs: HARD_LIMIT_MS });
const slow = await startServer(routes, { network: SLOW_4G });
const captured = {};
const runs = {};
const versions = {};
const loadAtStart = Number(loadavg()[0].toFixed(2));
try {
  // What Chromium renders at the phone's width, for the snippets.
  const capturer = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    for (const name of ['en', 'fr', 'strict']) {
      const { lang, widgets } = PAGE_WIDGETS[name];
      const path = `/capture-${name}.html`;
      const body = hostPage({ title: name, head: PROBE, widgets, lang }).replace(
        '</head>',
        `${scriptTags(lang).join('\n')}\n</head>`,
      );
      routes.set(path, {
        type: 'text/html; charset=utf-8',
        body: () => body,
        cache: NO_STORE,
      });
      const tab = await capturer.newPage();
      await tab.setViewport(PHONE);
      await tab.goto(fast.origin + path, { waitUntil: 'load' });
      await poll(() => tab.evaluate(() => window.__ls?.settled === true));
      captured[name] = await tab.evaluate(capture, TAGS);
      await tab.close();
    }
  } finally {
    await capturer.close();
  }
  for (const name of PAGES) {
    for (const design of DESIGNS) {
      const body = pageHtml(name, design, captured);
      const late = LATE_FILES[name];
      routes.set(`/${name}/${design}.html`, {
        type: 'text/html; charset=utf-8',
        body: () => body,
        cache: NO_STORE,
      });
      // A copy of the files for this page alone, with the one file late.
      if (late) {
        for (const [path, route] of [...routes]) {
          if (!path.startsWith(FOLDER)) continue;
          routes.set(`/${name}${path}`, {
            ...route,
            delayMs: path === late ? LATE_MS : undefined,
          });
        }
      }
    }
  }

  if (process.argv.includes('--serve')) {
    console.log(
      `layout-shift: serving the pages at ${slow.origin}/<page>/<snippet>.html (slow) and ${fast.origin} (fast); Ctrl+C stops`,
    );
    await new Promise(() => {});
  }
  console.log(
    `layout-shift: ${REPS} repetitions, ${availableParallelism()} CPUs, load ${loadAtStart}, ` +
      `slow 4G at the server (${SLOW_4G.latency} ms, ${SLOW_4G.download} B/s)`,
  );
  for (const key of ENGINES) {
    const engine = await LAUNCH[key]();
    if (!engine) {
      console.log(`  ${key}: not installed, skipped`);
      continue;
    }
    versions[engine.name] = engine.version;
    try {
      for (let rep = 0; rep < REPS; rep += 1) {
        for (const name of PAGES) {
          // Designs in turn, in another order each repetition.
          const order = DESIGNS.map((_, i) => DESIGNS[(i + rep) % DESIGNS.length]);
          for (const design of order) {
            process.stdout.write(
              `  ${engine.name} ${rep + 1}/${REPS} ${name} ${design}      \r`,
            );
            const run = await engine.load(`${slow.origin}/${name}/${design}.html`);
            ((runs[engine.name] ??= {})[`${name} ${design}`] ??= []).push(run);
          }
        }
      }
    } finally {
      await engine.close();
    }
  }
  process.stdout.write('\n');
} finally {
  await fast.close();
  await slow.close();
}

// ---------------------------------------------------------------- report

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (v, digits = 4) => (v === null ? null : Number(v.toFixed(digits)));
/**
 * The shifts a visitor could see: in frames after the first contentful
 * paint (a frame's callbacks run before it is painted, so the first painted
 * frame's own record compares it with frames never shown).
 */
const seen = (run) => run.shifts.filter((shift) => run.fcp === null || shift.t > run.fcp);
const summary = {};
for (const [engine, byPage] of Object.entries(runs)) {
  for (const [key, list] of Object.entries(byPage)) {
    const row = (summary[key] ??= {});
    row[engine] = {
      shift: round(median(list.map((r) => sessionScore(seen(r))))),
      // What moves once the page has shown for 5 s: a late file's doing.
      shiftAfter5s: round(
        median(list.map((r) => sessionScore(seen(r).filter((x) => x.t > 5000)))),
      ),
      shiftMax: round(Math.max(...list.map((r) => sessionScore(seen(r))))),
      cls: list[0].native ? round(median(list.map((r) => sessionScore(r.native)))) : null,
      fcpMs: round(median(list.map((r) => r.fcp)), 0),
      renderedMs: round(median(list.map((r) => r.rendered)), 0),
      // Each widget's heights in the order it had them (first run).
      heights: Object.fromEntries(
        TAGS.map((tag) => [
          tag,
          list[0].heights.filter((h) => h.tag === tag).map((h) => `${h.h}@${h.t}`),
        ]),
      ),
      viewport: list[0].viewport,
      widgets: list[0].widgets,
      n: list.length,
    };
  }
}

const names = Object.keys(runs);
const fmt = (v, digits = 3) => (v === null || v === undefined ? '–' : v.toFixed(digits));
const header = [
  'page / snippet',
  ...names.map((n) => `${n} shift`),
  'Chromium CLS (API)',
];
const table = [header];
for (const key of Object.keys(summary)) {
  const row = summary[key];
  table.push([
    key,
    ...names.map((n) => `${fmt(row[n]?.shift)} (≤${fmt(row[n]?.shiftMax)})`),
    fmt(row.Chromium?.cls),
  ]);
}
table.push([]);
table.push(['shift after 5 s', ...names.map((n) => n), '']);
for (const key of Object.keys(summary).filter((k) => k.includes('-late'))) {
  table.push([key, ...names.map((n) => fmt(summary[key][n]?.shiftAfter5s)), '']);
}
table.push([]);
table.push(['first paint, ms', ...names.map((n) => n), '']);
for (const key of Object.keys(summary)) {
  table.push([key, ...names.map((n) => fmt(summary[key][n]?.fcpMs, 0)), '']);
}
const widths = header.map((_, c) =>
  Math.max(...table.map((row) => (row[c] ?? '').length)),
);
console.log(
  table
    .map((row) =>
      row
        .map((cell, c) =>
          c === 0 ? cell.padEnd(widths[c]) : (cell ?? '').padStart(widths[c]),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n'),
);

const report = {
  date: new Date().toISOString(),
  commit,
  dirty,
  machine: {
    nproc: availableParallelism(),
    loadAverage1m: { start: loadAtStart, end: Number(loadavg()[0].toFixed(2)) },
    node: process.version,
    browsers: versions,
  },
  settings: {
    repetitions: REPS,
    viewport: PHONE,
    network: { ...SLOW_4G, at: 'the test server, for every engine' },
    lateFileMs: LATE_MS,
    pages: PAGES,
    designs: DESIGNS,
  },
  summary,
  runs,
};
if (SAVE) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const base = `${RESULTS_DIR}/layout-shift-${report.date.slice(0, 10)}-${commit}${dirty ? '-dirty' : ''}`;
  let file = `${base}.json`;
  for (let n = 2; existsSync(file); n += 1) file = `${base}-${n}.json`;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`layout-shift: wrote ${file}`);
}
