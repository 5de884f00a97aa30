// `npm run bench`: what the widgets cost a host page, against the limit and
// the floor, measured in headless Chromium (puppeteer-core) in one
// interleaved run.
//
// Pages (scripts/bench/pages.mjs):
//   A       the README's recommended snippet (self-hosted script tag with
//           blocking="render") on a small practitioner's page
//   A bare  the same without blocking="render"
//   B       the same page as static HTML, the limit: each widget's rendered
//           shadow tree and styles, taken from A at the start of the run, as
//           declarative shadow DOM; no JavaScript
//   L       the Lit floor: the same page, each tag a trivial Lit element
//           whose template is that same markup (bundled with esbuild)
//   N       0, 90, 300, 900 widgets (a third of each), as widgets (W), as
//           static HTML (S) and with the Lit floor (L)
//
// Settings: loopback (1280×800); 4× CPU (Emulation.setCPUThrottlingRate);
// phone (412×823, 150 ms round trip, 1.6 Mbit/s down, 0.75 up, 4× CPU).
//
// Every file is served as a CDN serves it (scripts/bench/server.mjs); every
// load is cold: a fresh browser context, cache off. Each repetition loads
// every page in every setting once; the order of the groups, and of the
// pages in a group, rotates from one repetition to the next, and a page is
// compared with its baseline of the same repetition. Main-thread time is
// CDP's Performance.getMetrics (TaskDuration, ScriptDuration), far steadier
// than wall-clock time on a shared machine. Beside the longest task, the
// longest animation frame: the task with the rendering that follows it.
//
// Writes bench/results/<date>-<commit>.json and the tables between the
// markers in bench/README.md, and exits 1 when a goal is missed (GOALS).
//
// Options:
//   --quick          3 repetitions, loopback and phone, 0/90/900 widgets;
//                    prints only (add --save to write the results)
//   --reps=N         repetitions (default 10)
//   --settings=a,b   of loopback, cpu4, phone
//   --sizes=a,b      widget counts of the N pages (0 is always added)
//   --no-save        print only: no JSON, no README table
//   --out=FILE       also write the JSON to FILE
//   --compare=DIR    also load A and the N pages with the script of another
//                    build (a copy of its dist/), in the same groups: a
//                    before/after of a change in one interleaved run,
//                    reported as ratios "this build ÷ DIR" (name the
//                    folder after its commit: dist-<commit>)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { basename } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import * as prettier from 'prettier';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import {
  BARE_SCRIPT_TAG,
  SCRIPT_PATH,
  SCRIPT_TAG,
  SITE_CSS,
  SNIPPET_WIDGETS,
  TAGS,
  hostPage,
  languageTag,
  litFloorSource,
  staticWidget,
  widgetsPage,
} from './pages.mjs';
import { TYPES, folderRoutes, page, startServer } from './server.mjs';
import { commit, dirty } from './revision.mjs';

const BUNDLE = 'dist/cst-widgets.js';
const RESULTS_DIR = 'bench/results';
const README = 'bench/README.md';
const MARK_START = '<!-- bench:results:start -->';
const MARK_END = '<!-- bench:results:end -->';
const FLOOR_PATH = '/lit-floor/floor.js';

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const arg = argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
};
const QUICK = argv.includes('--quick');
const REPS = Math.max(1, Math.trunc(Number(option('reps', QUICK ? '3' : '10'))) || 10);
const SAVE = QUICK ? argv.includes('--save') : !argv.includes('--no-save');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 412, height: 823, isMobile: true, hasTouch: true };
/** Lighthouse's mobile setting: 150 ms round trip, 1.6 / 0.75 Mbit/s, 4× CPU. */
const SETTINGS = {
  loopback: { label: 'loopback', viewport: DESKTOP },
  cpu4: { label: '4× CPU', viewport: DESKTOP, cpu: 4 },
  phone: {
    label: 'phone',
    viewport: PHONE,
    cpu: 4,
    network: { latency: 150, download: 1.6e6 / 8, upload: 0.75e6 / 8 },
  },
};
const settingNames = option('settings', QUICK ? 'loopback,phone' : 'loopback,cpu4,phone')
  .split(',')
  .filter((name) => name in SETTINGS);
const SIZES = [
  0,
  ...option('sizes', QUICK ? '90,900' : '90,300,900')
    .split(',')
    .map(Number)
    .filter((n) => n > 0 && n % TAGS.length === 0),
];
const COMPARE = option('compare');
const FIRST = SIZES[1];
const LAST = SIZES.at(-1);

/** Issue goals; each is checked on the medians of per-repetition values. */
const GOALS = {
  aCpuVsStatic: { max: 1.25, setting: 'phone', what: 'A: main-thread time ÷ B (static)' },
  aDoneVsStatic: { max: 1.2, setting: 'phone', what: 'A: time to done ÷ B (static)' },
  perWidgetFlat: {
    max: 1.15,
    setting: 'phone',
    what: `main-thread time per widget at ${LAST} ÷ at ${FIRST}`,
  },
  manyCpuVsStatic: {
    max: 1.3,
    setting: 'loopback',
    what: `${LAST} widgets: main-thread time ÷ static HTML`,
  },
  manyLongestTask: {
    max: 100,
    setting: 'loopback',
    what: `${LAST} widgets: longest task (ms)`,
  },
  heapPerWidget: { max: 2048, setting: 'phone', what: 'JS heap per widget (bytes)' },
  nodesVsFloor: { max: 1.2, setting: 'phone', what: 'DOM nodes per widget ÷ Lit floor' },
};
/** Gives up on a stuck run. */
const HARD_LIMIT_MS = 90 * 60_000;
const hardLimit = setTimeout(() => {
  console.error(`bench: still running after ${HARD_LIMIT_MS / 60_000} min, giving up`);
  process.exit(2);
}, HARD_LIMIT_MS);
hardLimit.unref();

if (!existsSync(BUNDLE)) {
  console.error(`bench: ${BUNDLE} is missing; run \`npm run build\` first`);
  process.exit(2);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('bench: no Chromium found (set CHROME_PATH)');
  process.exit(2);
}

// ---------------------------------------------------------------- pages

// The whole of dist/, beside each other as the README says to upload them.
const routes = folderRoutes('dist', SCRIPT_PATH.replace(/[^/]+$/, ''));
routes.set('/site.css', { ...page(SITE_CSS, TYPES['.css']) });
const html = (path, body) => routes.set(path, page(body));
const FLOOR_TAG = `<script type="module" src="${FLOOR_PATH}" blocking="render"></script>`;

html('/a.html', hostPage({ title: 'A', head: SCRIPT_TAG, widgets: SNIPPET_WIDGETS }));
html(
  '/a-bare.html',
  hostPage({
    title: 'A, bare script tag',
    head: BARE_SCRIPT_TAG,
    widgets: SNIPPET_WIDGETS,
  }),
);
html(
  '/a-fr.html',
  hostPage({
    title: 'A, in French',
    head: `${languageTag('fr')}\n${SCRIPT_TAG}`,
    widgets: SNIPPET_WIDGETS,
    lang: 'fr',
  }),
);
html(
  '/a-top-banner.html',
  hostPage({
    title: 'A, disclaimer as a top banner',
    head: SCRIPT_TAG,
    widgets: { ...SNIPPET_WIDGETS, 'cst-disclaimer': '' },
    bodyStart: '<cst-disclaimer position="top"></cst-disclaimer>',
  }),
);
html('/l.html', hostPage({ title: 'L', head: FLOOR_TAG, widgets: SNIPPET_WIDGETS }));
if (COMPARE) {
  for (const [path, route] of folderRoutes(COMPARE, '/compare/')) routes.set(path, route);
  const otherTag = SCRIPT_TAG.replace(SCRIPT_PATH, '/compare/cst-widgets.js');
  html(
    '/a-other.html',
    hostPage({ title: 'A, other build', head: otherTag, widgets: SNIPPET_WIDGETS }),
  );
  for (const total of SIZES) {
    html(
      `/w${total}-other.html`,
      widgetsPage({ total, head: otherTag, widgets: SNIPPET_WIDGETS }),
    );
  }
}
for (const total of SIZES) {
  html(
    `/w${total}.html`,
    widgetsPage({ total, head: SCRIPT_TAG, widgets: SNIPPET_WIDGETS }),
  );
  html(
    `/l${total}.html`,
    widgetsPage({ total, head: FLOOR_TAG, widgets: SNIPPET_WIDGETS }),
  );
}

/** What each measured page is: its path, and whether its widgets are scripted. */
const PAGES = {
  a: { path: '/a.html', label: 'A (README snippet)' },
  aBare: { path: '/a-bare.html', label: 'A without blocking="render"' },
  b: { path: '/b.html', label: 'B (static HTML)', static: true },
  l: { path: '/l.html', label: 'L (Lit floor)' },
  aFr: { path: '/a-fr.html', label: 'A in French' },
  aTop: { path: '/a-top-banner.html', label: 'A, top banner' },
};
for (const total of SIZES) {
  PAGES[`w${total}`] = { path: `/w${total}.html`, label: `${total} widgets`, total };
  PAGES[`s${total}`] = {
    path: `/s${total}.html`,
    label: `${total}, static`,
    total,
    static: true,
  };
  PAGES[`l${total}`] = { path: `/l${total}.html`, label: `${total}, Lit floor`, total };
  if (COMPARE) {
    PAGES[`w${total}Other`] = {
      path: `/w${total}-other.html`,
      label: `${total} widgets, other build`,
      total,
    };
  }
}
if (COMPARE) PAGES.aOther = { path: '/a-other.html', label: 'A, other build' };

// ---------------------------------------------------------------- in-page probe

/**
 * Installed before any script of the page runs. Records layout shifts and
 * long tasks, and when the page is done: every widget rendered (all tags
 * defined, every element's update complete), or for a static page the
 * document parsed; then the frame that shows it.
 */
function probe({ tags, isStatic }) {
  const state = { shifts: [], longTasks: [], longFrames: [], rendered: null, done: null };
  window.__bench = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // A long task is the script's part alone; a long animation frame also
  // holds the style, layout and paint that follow it before the page shows
  // anything new.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longFrames.push(entry.duration);
  }).observe({ type: 'long-animation-frame', buffered: true });
  const ready = isStatic
    ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve))
    : Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(() =>
        Promise.all(
          [...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete),
        ),
      );
  state.finished = ready.then(
    () =>
      new Promise((resolve) => {
        state.rendered = performance.now();
        // Just after the frame that shows them (its rendering steps are done).
        requestAnimationFrame(() =>
          setTimeout(() => {
            state.done = performance.now();
            resolve();
          }),
        );
      }),
  );
}

/** Waits for the page to be done, then two frames and half a second for late work. */
function settle() {
  return window.__bench.finished.then(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => setTimeout(resolve, 500)),
        ),
      ),
  );
}

/** Read in the page once it has settled. */
function collect(tags) {
  const state = window.__bench;
  let nodes = 0;
  let comments = 0;
  const elements = [...document.querySelectorAll(tags.join(','))];
  for (const el of elements) {
    if (!el.shadowRoot) continue;
    const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ALL);
    while (walker.nextNode()) {
      nodes += 1;
      if (walker.currentNode.nodeType === Node.COMMENT_NODE) comments += 1;
    }
  }
  return {
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    rendered: state.rendered,
    done: state.done,
    widgets: elements.length,
    shadowNodes: nodes,
    shadowComments: comments,
    shifts: state.shifts,
    longTasks: state.longTasks,
    longFrames: state.longFrames,
    pageHeight: document.documentElement.scrollHeight,
  };
}

/** Serialises one of each widget on the page into static markup parts. */
function snapshotWidgets(tags) {
  return tags.map((tag) => {
    const element = document.querySelector(tag);
    return {
      tag,
      attributes: [...element.attributes].map((a) => [a.name, a.value]),
      css: element.shadowRoot.adoptedStyleSheets
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n'),
      // Lit's part markers are comments; a static page does without them.
      shadowHtml: element.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''),
    };
  });
}

// ---------------------------------------------------------------- browser

const server = await startServer(routes);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  protocolTimeout: 300_000,
  // Nothing but loopback: every other host name fails to resolve.
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

const METRICS = [
  'TaskDuration',
  'ScriptDuration',
  'LayoutDuration',
  'RecalcStyleDuration',
  'LayoutCount',
  'RecalcStyleCount',
  'DevToolsCommandDuration',
  'V8CompileDuration',
  'ThreadTime',
];

/** One cold load of a page in a setting. */
async function measure(name, settingName) {
  const { path, static: isStatic = false } = PAGES[name];
  const setting = SETTINGS[settingName];
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport(setting.viewport);
    const cdp = await tab.createCDPSession();
    const network = { requests: 0, bytes: 0, failed: [] };
    cdp.on('Network.requestWillBeSent', ({ request }) => {
      if (request.url.startsWith('http')) network.requests += 1;
    });
    cdp.on('Network.responseReceived', ({ response }) => {
      if (response.status >= 400)
        network.failed.push(`${response.status} ${response.url}`);
    });
    cdp.on('Network.loadingFinished', ({ encodedDataLength }) => {
      network.bytes += encodedDataLength;
    });
    cdp.on('Network.loadingFailed', ({ errorText, canceled }) => {
      if (!canceled) network.failed.push(errorText);
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (setting.cpu)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: setting.cpu });
    if (setting.network) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: setting.network.latency,
        downloadThroughput: setting.network.download,
        uploadThroughput: setting.network.upload,
      });
    }
    await tab.evaluateOnNewDocument(probe, { tags: TAGS, isStatic });
    await cdp.send('Performance.enable');
    await tab.goto(server.origin + path, { waitUntil: 'load', timeout: 180_000 });
    await tab.evaluate(settle);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const result = await tab.evaluate(collect, TAGS);
    for (const metric of metrics) {
      if (METRICS.includes(metric.name)) result[metric.name] = metric.value * 1000;
    }
    result.LayoutCount /= 1000;
    result.RecalcStyleCount /= 1000;
    // Main-thread time of the page's own work (less CDP's commands).
    result.cpu = result.TaskDuration - (result.DevToolsCommandDuration ?? 0);
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    result.domNodes = (await cdp.send('Memory.getDOMCounters')).nodes;
    Object.assign(result, {
      requests: network.requests,
      bytes: network.bytes,
      failed: network.failed,
      load1m: loadavg()[0],
    });
    return result;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- statistics

/** Cumulative layout shift: the largest session window (1 s gap, 5 s cap). */
function cls(shifts) {
  let worst = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const shift of shifts.filter((s) => !s.hadRecentInput)) {
    if (shift.startTime - last > 1000 || shift.startTime - first > 5000) {
      current = 0;
      first = shift.startTime;
    }
    current += shift.value;
    last = shift.startTime;
    worst = Math.max(worst, current);
  }
  return worst;
}

/** Linear-interpolation quantile of sorted values. */
function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** Median and interquartile range of the numbers among `values`. */
function stats(values) {
  const sorted = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const round = (v) => Math.round(v * 1e4) / 1e4;
  return {
    median: round(quantile(sorted, 0.5)),
    q1: round(quantile(sorted, 0.25)),
    q3: round(quantile(sorted, 0.75)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    n: sorted.length,
  };
}

// ---------------------------------------------------------------- machine

const cpuModel =
  /^model name\s*:\s*(.+)$/m.exec(
    existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '',
  )?.[1] ?? null;
const osName =
  /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(
    existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '',
  )?.[1] ?? process.platform;

// ---------------------------------------------------------------- the run

const chromium = (await browser.version()).replace(/^[^/]*\//, '');
const loadAtStart = Number(loadavg()[0].toFixed(2));
const started = Date.now();
console.log(
  `bench: ${REPS} repetitions, settings ${settingNames.join(', ')}, widgets ${SIZES.join('/')}; ` +
    `Chromium ${chromium}, Node ${process.version}, ` +
    `${availableParallelism()} × ${cpuModel ?? 'unknown CPU'}, load ${loadAtStart}`,
);

/** runs[setting][page] = one result per repetition. */
const runs = {};
let floorBundle;
let report;
try {
  // B, S and L from what A renders.
  const tab = await browser.newPage();
  await tab.setViewport(DESKTOP);
  await tab.evaluateOnNewDocument(probe, { tags: TAGS, isStatic: false });
  await tab.goto(`${server.origin}/a.html`, { waitUntil: 'load' });
  await tab.evaluate(settle);
  const snapshot = await tab.evaluate(snapshotWidgets, TAGS);
  await tab.close();
  const staticWidgets = Object.fromEntries(snapshot.map((w) => [w.tag, staticWidget(w)]));
  html('/b.html', hostPage({ title: 'B', widgets: staticWidgets }));
  for (const total of SIZES) {
    html(`/s${total}.html`, widgetsPage({ total, widgets: staticWidgets }));
  }
  const built = await build({
    stdin: { contents: litFloorSource(snapshot), resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  floorBundle = built.outputFiles[0].contents;
  routes.set(FLOOR_PATH, {
    type: TYPES['.js'],
    body: Buffer.from(floorBundle),
    cache: 'public, max-age=31536000, immutable',
  });

  // Groups of pages compared with each other, loaded one after the other.
  const groups = [];
  for (const setting of settingNames) {
    const pages = ['a', 'aBare', 'b', 'l'];
    if (setting === 'phone') pages.push('aFr', 'aTop');
    if (COMPARE) pages.push('aOther');
    groups.push({ setting, pages });
    for (const total of SIZES) {
      const group = [`w${total}`, `s${total}`, `l${total}`];
      if (COMPARE) group.push(`w${total}Other`);
      groups.push({ setting, pages: group });
    }
  }
  const rotate = (list, by) => [
    ...list.slice(by % list.length),
    ...list.slice(0, by % list.length),
  ];

  // Warm up the browser and the server (compressed bodies); not recorded.
  for (const name of Object.keys(PAGES)) {
    if (routes.has(PAGES[name].path)) await measure(name, 'loopback');
  }
  server.takeMissing();

  const loads = groups.reduce((sum, g) => sum + g.pages.length, 0) * REPS;
  let done = 0;
  for (let rep = 0; rep < REPS; rep += 1) {
    for (const group of rotate(groups, rep)) {
      for (const name of rotate(group.pages, rep)) {
        done += 1;
        const elapsed = (Date.now() - started) / 1000;
        process.stdout.write(
          `  repetition ${rep + 1}/${REPS}, load ${done}/${loads}, ${Math.round(elapsed)} s   \r`,
        );
        const result = await measure(name, group.setting);
        const missing = server.takeMissing();
        const expected = PAGES[name].total ?? 3;
        if (result.failed.length || missing.length) {
          throw new Error(
            `${PAGES[name].path}: failed requests: ${[...result.failed, ...missing].join(', ')}`,
          );
        }
        if (!PAGES[name].static && result.widgets !== expected && name !== 'aTop') {
          throw new Error(
            `${PAGES[name].path}: ${result.widgets} widgets, not ${expected}`,
          );
        }
        ((runs[group.setting] ??= {})[name] ??= []).push(result);
      }
    }
  }
  process.stdout.write('\n');
  report = summarise();
} finally {
  await browser.close();
  await server.close();
}

function summarise() {
  const bySetting = {};
  for (const setting of settingNames) {
    const r = runs[setting];
    const of = (name, pick) => (r[name] ? stats(r[name].map(pick)) : null);
    /** Per-repetition ratio of `pick` between two pages of this setting. */
    const ratio = (top, bottom, pick) =>
      r[top] && r[bottom]
        ? stats(r[top].map((run, i) => pick(run) / pick(r[bottom][i])))
        : null;
    const cpu = (run) => run.cpu;
    const script = (run) => run.ScriptDuration;
    const done = (run) => run.done;
    const pages = {};
    for (const name of Object.keys(r)) {
      pages[name] = {
        label: PAGES[name].label,
        cpuMs: of(name, cpu),
        scriptMs: of(name, script),
        layoutMs: of(name, (run) => run.LayoutDuration),
        styleMs: of(name, (run) => run.RecalcStyleDuration),
        layouts: of(name, (run) => run.LayoutCount),
        doneMs: of(name, done),
        fcpMs: of(name, (run) => run.fcp),
        cls: of(name, (run) => cls(run.shifts)),
        longestTaskMs: of(name, (run) => Math.max(0, ...run.longTasks)),
        longTasks: of(name, (run) => run.longTasks.length),
        longestFrameMs: of(name, (run) => Math.max(0, ...run.longFrames)),
        requests: of(name, (run) => run.requests),
        bytes: of(name, (run) => run.bytes),
        heapBytes: of(name, (run) => run.heapUsed),
        domNodes: of(name, (run) => run.domNodes),
        shadowNodes: of(name, (run) => run.shadowNodes),
        shadowComments: of(name, (run) => run.shadowComments),
      };
    }
    const ratios = {
      aCpuVsB: ratio('a', 'b', cpu),
      aDoneVsB: ratio('a', 'b', done),
      aScriptVsL: ratio('a', 'l', script),
      aBareCpuVsB: ratio('aBare', 'b', cpu),
      aBareDoneVsB: ratio('aBare', 'b', done),
      lCpuVsB: ratio('l', 'b', cpu),
      lDoneVsB: ratio('l', 'b', done),
      aCpuVsL: ratio('a', 'l', cpu),
    };
    const perWidget = {};
    for (const total of SIZES.slice(1)) {
      /** Main-thread time per widget: what the page with `total` adds to the empty page. */
      const each = (kind) =>
        r[`${kind}${total}`]
          ? r[`${kind}${total}`].map((run, i) => (run.cpu - r[`${kind}0`][i].cpu) / total)
          : [];
      const heap = (kind) =>
        r[`${kind}${total}`].map(
          (run, i) => (run.heapUsed - r[`${kind}0`][i].heapUsed) / total,
        );
      const nodes = (kind) => r[`${kind}${total}`].map((run) => run.shadowNodes / total);
      perWidget[total] = {
        cpuMs: stats(each('w')),
        staticCpuMs: stats(each('s')),
        floorCpuMs: stats(each('l')),
        heapBytes: stats(heap('w')),
        floorHeapBytes: stats(heap('l')),
        shadowNodes: stats(nodes('w')),
        floorShadowNodes: stats(nodes('l')),
        nodesVsFloor: stats(nodes('w').map((n, i) => n / nodes('l')[i])),
        cpuVsStatic: ratio(`w${total}`, `s${total}`, cpu),
        cpuVsFloor: ratio(`w${total}`, `l${total}`, cpu),
        doneVsStatic: ratio(`w${total}`, `s${total}`, done),
      };
    }
    const flat = (() => {
      const each = (total) =>
        r[`w${total}`].map((run, i) => (run.cpu - r.w0[i].cpu) / total);
      const last = each(LAST);
      return FIRST && FIRST !== LAST
        ? stats(each(FIRST).map((v, i) => last[i] / v))
        : null;
    })();
    let compared;
    if (COMPARE) {
      compared = {
        a: { cpu: ratio('a', 'aOther', cpu), done: ratio('a', 'aOther', done) },
      };
      for (const total of SIZES) {
        compared[total] = {
          cpu: ratio(`w${total}`, `w${total}Other`, cpu),
          done: ratio(`w${total}`, `w${total}Other`, done),
          heap: ratio(`w${total}`, `w${total}Other`, (run) => run.heapUsed),
          longestTask: ratio(`w${total}`, `w${total}Other`, (run) =>
            Math.max(1, ...run.longTasks),
          ),
          longestFrame: ratio(`w${total}`, `w${total}Other`, (run) =>
            Math.max(1, ...run.longFrames),
          ),
        };
      }
    }
    bySetting[setting] = { pages, ratios, perWidget, perWidgetFlat: flat, compared };
  }

  const goal = (key, value) => {
    const { max, setting, what } = GOALS[key];
    return {
      what,
      setting,
      max,
      median: value?.median ?? null,
      iqr: value ? [value.q1, value.q3] : null,
      met: value ? value.median <= max : null,
    };
  };
  const phone = bySetting.phone;
  const loop = bySetting.loopback;
  const goals = {
    aCpuVsStatic: goal('aCpuVsStatic', phone?.ratios.aCpuVsB),
    aDoneVsStatic: goal('aDoneVsStatic', phone?.ratios.aDoneVsB),
    perWidgetFlat: goal('perWidgetFlat', phone?.perWidgetFlat),
    manyCpuVsStatic: goal('manyCpuVsStatic', loop?.perWidget[LAST]?.cpuVsStatic),
    manyLongestTask: goal('manyLongestTask', loop?.pages[`w${LAST}`]?.longestTaskMs),
    heapPerWidget: goal('heapPerWidget', phone?.perWidget[LAST]?.heapBytes),
    nodesVsFloor: goal('nodesVsFloor', phone?.perWidget[LAST]?.nodesVsFloor),
  };
  // What was served, read when the run started (dist/ may be rebuilt since).
  const bundle = routes.get(SCRIPT_PATH).body;
  return {
    date: new Date().toISOString(),
    commit,
    dirty,
    minutes: Math.round((Date.now() - started) / 600) / 100,
    machine: {
      nproc: availableParallelism(),
      cpu: cpuModel,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      // Other work on the machine: the 1-minute load average when the run
      // started and ended, and its median over the loads (more than nproc
      // means the runs shared the CPUs).
      loadAverage1m: {
        start: loadAtStart,
        end: Number(loadavg()[0].toFixed(2)),
        median: stats(
          Object.values(runs).flatMap((r) =>
            Object.values(r)
              .flat()
              .map((run) => run.load1m),
          ),
        ),
      },
      os: osName,
      chromium,
      node: process.version,
    },
    settings: {
      repetitions: REPS,
      quick: QUICK,
      compare: COMPARE ?? null,
      sizes: SIZES,
      ...pickKeys(SETTINGS, settingNames),
    },
    sizes: {
      script: sizes(bundle),
      litFloor: sizes(Buffer.from(floorBundle)),
    },
    goals,
    results: bySetting,
    // Every load, in the order of the repetitions.
    runs: Object.fromEntries(
      Object.entries(runs).map(([setting, r]) => [
        setting,
        Object.fromEntries(
          Object.entries(r).map(([name, list]) => [
            name,
            list.map(({ shifts, longTasks, longFrames, ...run }) => ({
              ...run,
              failed: undefined,
              cls: cls(shifts),
              longestTask: Math.max(0, ...longTasks),
              longestFrame: Math.max(0, ...longFrames),
            })),
          ]),
        ),
      ]),
    ),
  };
}

function pickKeys(object, keys) {
  return Object.fromEntries(keys.map((key) => [key, object[key]]));
}

function sizes(buffer) {
  return {
    bytes: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    br: brotliCompressSync(buffer).length,
  };
}

// ---------------------------------------------------------------- output

const ms = (v) => (v == null ? '–' : `${Math.round(v)} ms`);
const x = (v) => (v == null ? '–' : v.toFixed(2));
const kib = (v) => (v == null ? '–' : `${(v / 1024).toFixed(1)} KiB`);
const withIqr = (value, format) =>
  value ? `${format(value.median)} (${format(value.q1)}–${format(value.q3)})` : '–';
const med = (value, format) => (value ? format(value.median) : '–');

function tables(report) {
  const lines = [];
  const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);
  const head = (cells) => {
    row(cells);
    row(cells.map(() => '---'));
  };
  lines.push(
    '**Goals** (medians of per-repetition values, interquartile range in brackets):',
    '',
  );
  head(['goal', 'setting', 'measured', 'limit', 'met']);
  for (const goal of Object.values(report.goals)) {
    const format = goal.what.includes('(ms)')
      ? ms
      : goal.what.includes('bytes')
        ? kib
        : x;
    row([
      goal.what.replace(/ \((ms|bytes)\)$/, ''),
      SETTINGS[goal.setting].label,
      goal.median == null
        ? 'not measured'
        : `${format(goal.median)} (${format(goal.iqr[0])}–${format(goal.iqr[1])})`,
      `≤ ${format(goal.max)}`,
      goal.met == null ? '–' : goal.met ? 'yes' : '**no**',
    ]);
  }
  lines.push('');
  lines.push(
    '**Page A** (3 widgets) against B (static HTML) and L (Lit floor), same run:',
    '',
  );
  head([
    'setting',
    'CPU A ÷ B',
    'done A ÷ B',
    'CPU A bare ÷ B',
    'CPU L ÷ B',
    'done L ÷ B',
    'CPU A / B / L',
    'done A / B / L',
    'script A / L',
    'longest task, frame A',
    'CLS A / A bare',
    'requests, bytes A / B',
  ]);
  for (const [name, s] of Object.entries(report.results)) {
    const p = s.pages;
    row([
      SETTINGS[name].label,
      withIqr(s.ratios.aCpuVsB, x),
      withIqr(s.ratios.aDoneVsB, x),
      withIqr(s.ratios.aBareCpuVsB, x),
      withIqr(s.ratios.lCpuVsB, x),
      withIqr(s.ratios.lDoneVsB, x),
      ['a', 'b', 'l'].map((k) => med(p[k]?.cpuMs, ms)).join(' / '),
      ['a', 'b', 'l'].map((k) => med(p[k]?.doneMs, ms)).join(' / '),
      ['a', 'l'].map((k) => med(p[k]?.scriptMs, ms)).join(' / '),
      `${longest(p.a?.longestTaskMs)}, ${longest(p.a?.longestFrameMs)}`,
      ['a', 'aBare'].map((k) => med(p[k]?.cls, (v) => v.toFixed(3))).join(' / '),
      `${med(p.a?.requests, String)}, ${med(p.a?.bytes, kib)} / ${med(p.b?.requests, String)}, ${med(p.b?.bytes, kib)}`,
    ]);
  }
  const phone = report.results.phone;
  if (phone?.pages.aFr) {
    lines.push(
      '',
      `CLS on the phone: A in French (language file by script tag) ${med(phone.pages.aFr.cls, (v) => v.toFixed(3))}, ` +
        `A with a top banner ${med(phone.pages.aTop.cls, (v) => v.toFixed(3))}, B ${med(phone.pages.b.cls, (v) => v.toFixed(3))}.`,
    );
  }
  lines.push('');
  lines.push(
    '**Many widgets**: CPU per widget is what a page of N widgets adds to the same page with none (W: widgets, S: static HTML, L: Lit floor):',
    '',
  );
  head([
    'setting, N',
    'CPU W ÷ S',
    'CPU W ÷ L',
    'done W ÷ S',
    'CPU W / S / L',
    'done W / S',
    'per widget W / S / L',
    'longest task W / S / L',
    'longest frame W / S / L',
    'layouts W / L',
    'heap per widget W / L',
    'shadow nodes per widget W / L',
    'CLS W',
  ]);
  for (const [name, s] of Object.entries(report.results)) {
    for (const [total, each] of Object.entries(s.perWidget)) {
      const p = s.pages;
      row([
        `${SETTINGS[name].label}, ${total}`,
        withIqr(each.cpuVsStatic, x),
        withIqr(each.cpuVsFloor, x),
        withIqr(each.doneVsStatic, x),
        ['w', 's', 'l'].map((k) => med(p[`${k}${total}`]?.cpuMs, ms)).join(' / '),
        ['w', 's'].map((k) => med(p[`${k}${total}`]?.doneMs, ms)).join(' / '),
        [each.cpuMs, each.staticCpuMs, each.floorCpuMs]
          .map((v) => med(v, (n) => n.toFixed(2)))
          .join(' / ') + ' ms',
        ['w', 's', 'l'].map((k) => longest(p[`${k}${total}`]?.longestTaskMs)).join(' / '),
        ['w', 's', 'l']
          .map((k) => longest(p[`${k}${total}`]?.longestFrameMs))
          .join(' / '),
        ['w', 'l'].map((k) => med(p[`${k}${total}`]?.layouts, String)).join(' / '),
        [each.heapBytes, each.floorHeapBytes].map((v) => med(v, kib)).join(' / '),
        [each.shadowNodes, each.floorShadowNodes]
          .map((v) => med(v, (n) => n.toFixed(0)))
          .join(' / '),
        med(p[`w${total}`]?.cls, (v) => v.toFixed(3)),
      ]);
    }
    if (s.perWidgetFlat) {
      lines.push(
        `| ${SETTINGS[name].label}: per widget at ${LAST} ÷ at ${FIRST} | ${withIqr(s.perWidgetFlat, x)} |${' |'.repeat(11)}`,
      );
    }
  }
  if (COMPARE) {
    lines.push('', `**This build ÷ \`${basename(COMPARE)}\`** (same run):`, '');
    head([
      'setting, page',
      'CPU',
      'done',
      'heap',
      'longest task (≥ 50 ms)',
      'longest frame (≥ 50 ms)',
    ]);
    for (const [name, s] of Object.entries(report.results)) {
      for (const [page, c] of Object.entries(s.compared)) {
        row([
          `${SETTINGS[name].label}, ${page === 'a' ? 'A' : `${page} widgets`}`,
          withIqr(c.cpu, x),
          withIqr(c.done, x),
          c.heap ? withIqr(c.heap, x) : '',
          c.longestTask ? withIqr(c.longestTask, x) : '',
          c.longestFrame ? withIqr(c.longestFrame, x) : '',
        ]);
      }
    }
  }
  const m = report.machine;
  lines.push(
    '',
    `${report.settings.repetitions} repetitions, ${report.minutes} min, ` +
      `[\`results/${report.file}\`](results/${report.file}); ` +
      `${m.nproc} × ${m.cpu}, ${m.os}, Chromium ${m.chromium}, Node ${m.node}; ` +
      `load average (1 min) ${m.loadAverage1m.start} at the start, ${m.loadAverage1m.end} at the end, ` +
      `median ${m.loadAverage1m.median?.median} over the loads. ` +
      `Script ${kib(report.sizes.script.bytes)}, ${kib(report.sizes.script.br)} brotli; ` +
      `Lit floor ${kib(report.sizes.litFloor.bytes)}, ${kib(report.sizes.litFloor.br)} brotli.`,
  );
  return lines.join('\n');
}

/**
 * The longest task or animation frame; their APIs report only those of
 * 50 ms or more.
 */
function longest(value) {
  if (!value) return '–';
  return value.median === 0 ? '< 50 ms' : ms(value.median);
}

const base = `${report.date.slice(0, 10)}-${commit}${dirty ? '-dirty' : ''}`;
report.file = `${base}.json`;
for (let n = 2; existsSync(`${RESULTS_DIR}/${report.file}`); n += 1) {
  report.file = `${base}-${n}.json`;
}
const table = tables(report);
console.log(`\n${table}\n`);
const json = await prettier.format(JSON.stringify(report), { parser: 'json' });
if (option('out')) writeFileSync(option('out'), json);
if (SAVE) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(`${RESULTS_DIR}/${report.file}`, json);
  console.log(`bench: wrote ${RESULTS_DIR}/${report.file}`);
  const readme = readFileSync(README, 'utf8');
  const start = readme.indexOf(MARK_START);
  const end = readme.indexOf(MARK_END);
  if (start >= 0 && end > start) {
    writeFileSync(
      README,
      `${readme.slice(0, start + MARK_START.length)}\n\n${table}\n\n${readme.slice(end)}`,
    );
    console.log(`bench: wrote the tables into ${README}`);
  }
}
const missed = Object.values(report.goals).filter((goal) => goal.met === false);
if (missed.length) {
  console.error(
    `bench: ${missed.length} goal(s) missed: ${missed.map((g) => g.what).join('; ')}`,
  );
  process.exit(1);
}
