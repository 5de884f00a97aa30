// `npm run bench`: what the widgets cost a host page, measured in headless
// Chromium (puppeteer-core) against pages served from 127.0.0.1.
//
//   A   the README's snippet on a small practitioner's page: the three
//       widgets through the one script tag
//   B   the same page as static HTML without JavaScript, the physical limit:
//       each widget's rendered shadow tree and styles, taken from A once per
//       run, as declarative shadow DOM
//   C   100 of each widget (C static: the same, built like B)
//
// Every load is cold: a fresh browser context, cache off. Loopback runs
// (1280×800) measure speed; slow-4G runs (412×823, network throttled through
// CDP; the CPU too, 4×, in one extra run of A) measure layout shift and first
// paint. Prints a table, and writes the JSON to
// bench/results/<date>-<commit>.json.
//
// Options: --reps=N (default 7), --no-save (print only).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import puppeteer, { PredefinedNetworkConditions } from 'puppeteer-core';
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
  manyWidgetsPage,
  staticWidget,
} from './pages.mjs';
import { startServer } from './server.mjs';

const BUNDLE = 'dist/cst-widgets.js';
const RESULTS_DIR = 'bench/results';
const option = (name, fallback) => {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? arg.slice(name.length + 3) : fallback;
};
const REPS = Math.max(1, Math.trunc(Number(option('reps', '7'))) || 7);
const SAVE = !process.argv.includes('--no-save');
const MANY = 100;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 412, height: 823 };
const SLOW_4G = PredefinedNetworkConditions['Slow 4G'];
/** Lighthouse's mobile CPU slowdown. */
const CPU_SLOWDOWN = 4;
const GOALS = { ratio: 1.25, longestTaskMs: 100, cls: 0.005 };
/** Gives up on a stuck run: the benchmark never outlives this. */
const HARD_LIMIT_MS = 20 * 60_000;

const hardLimit = setTimeout(() => {
  console.error(`bench: still running after ${HARD_LIMIT_MS / 60_000} min, giving up`);
  process.exit(1);
}, HARD_LIMIT_MS);
hardLimit.unref();

if (!existsSync(BUNDLE)) {
  console.error(`bench: ${BUNDLE} is missing; run \`npm run build\` first`);
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('bench: no Chromium found (set CHROME_PATH)');
  process.exit(1);
}

// ---------------------------------------------------------------- pages

const routes = new Map();
const html = (path, body) =>
  routes.set(path, { type: 'text/html; charset=utf-8', body: () => body });
const bundle = readFileSync(BUNDLE);
routes.set(SCRIPT_PATH, { type: 'text/javascript; charset=utf-8', body: () => bundle });
routes.set('/site.css', { type: 'text/css; charset=utf-8', body: () => SITE_CSS });
// Language files, beside the script as the README says to upload them.
for (const name of existsSync('dist/locales') ? readdirSync('dist/locales') : []) {
  if (!name.endsWith('.js')) continue;
  const body = readFileSync(`dist/locales/${name}`);
  routes.set(SCRIPT_PATH.replace(/[^/]+$/, `locales/${name}`), {
    type: 'text/javascript; charset=utf-8',
    body: () => body,
  });
}

html('/a.html', hostPage({ title: 'A', head: SCRIPT_TAG, widgets: SNIPPET_WIDGETS }));
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
html(
  '/a-inline-css.html',
  hostPage({
    title: 'A, no stylesheet',
    head: SCRIPT_TAG,
    widgets: SNIPPET_WIDGETS,
    inlineCss: true,
  }),
);
html(
  '/a-bare.html',
  hostPage({
    title: 'A, bare script tag',
    head: BARE_SCRIPT_TAG,
    widgets: SNIPPET_WIDGETS,
  }),
);
html(
  '/c.html',
  manyWidgetsPage({ count: MANY, head: SCRIPT_TAG, widgets: SNIPPET_WIDGETS }),
);
html(
  '/c-bare.html',
  manyWidgetsPage({ count: MANY, head: BARE_SCRIPT_TAG, widgets: SNIPPET_WIDGETS }),
);

// ---------------------------------------------------------------- in-page probe

/**
 * Installed before any script of the page runs. Records layout shifts and
 * long tasks, and, on widget pages, when every widget has rendered: all tags
 * defined and every element's first update complete.
 */
function probe(tags) {
  const state = { shifts: [], longTasks: [], rendered: null, renderedFrame: null };
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
  Promise.all(tags.map((tag) => customElements.whenDefined(tag))).then(async () => {
    const elements = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(elements.map((element) => element.updateComplete));
    state.rendered = performance.now();
    state.widgets = elements.length;
    performance.mark('cst-rendered');
    // Just after the frame that shows them (its rendering steps are done).
    requestAnimationFrame(() =>
      setTimeout(() => {
        state.renderedFrame = performance.now();
      }),
    );
  });
}

/** Read in the page once it has settled. */
function collect() {
  const state = window.__bench;
  const navigation = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource');
  const script = resources.find((entry) => entry.initiatorType === 'script');
  return {
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    load: navigation.loadEventEnd,
    scriptResponseEnd: script?.responseEnd ?? null,
    rendered: state.rendered,
    renderedFrame: state.renderedFrame,
    widgets: state.widgets ?? 0,
    shifts: state.shifts,
    longTasks: state.longTasks,
    requests: 1 + resources.length,
    bytes:
      navigation.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
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

const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

const server = await startServer(routes);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  // Nothing but loopback: every other host name fails to resolve.
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});

/** One cold load of `path`: what `collect` read, plus heap and trace figures. */
async function measure(
  path,
  { viewport = DESKTOP, network, cpuSlowdown, trace = false, widgets = true } = {},
) {
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    await tab.setViewport(viewport);
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (cpuSlowdown) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    if (network) {
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latency,
        downloadThroughput: network.download,
        uploadThroughput: network.upload,
      });
    }
    await tab.evaluateOnNewDocument(probe, TAGS);
    if (trace) await tab.tracing.start({ categories: TRACE_CATEGORIES });
    await tab.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
    if (widgets) {
      await tab.waitForFunction(() => window.__bench.renderedFrame !== null, {
        timeout: 60_000,
      });
    }
    // Two frames and a pause, for any late shift (a ResizeObserver, say).
    await tab.evaluate(
      () =>
        new Promise((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => setTimeout(resolve, 500)),
          ),
        ),
    );
    const traced = trace ? await tab.tracing.stop() : undefined;
    const result = await tab.evaluate(collect);
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    if (traced) result.longestTask = longestTask(JSON.parse(Buffer.from(traced)));
    return result;
  } finally {
    await context.close();
  }
}

/** The longest task, in ms, on the main thread of the page's renderer. */
function longestTask(trace) {
  const events = trace.traceEvents ?? trace;
  const threadNames = new Map(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .map((e) => [`${e.pid}:${e.tid}`, e.args?.name]),
  );
  // The page's own renderer is the one that loaded it: it has the
  // navigation's ParseHTML work (about:blank never parses anything).
  const parse = events.find((e) => e.name === 'ParseHTML');
  const thread = parse && `${parse.pid}:${parse.tid}`;
  let longest = 0;
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || e.name !== 'RunTask' || threadNames.get(key) !== 'CrRendererMain')
      continue;
    if (thread && key !== thread) continue;
    longest = Math.max(longest, (e.dur ?? 0) / 1000);
  }
  return longest;
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

/** When the widgets are on screen: in the first paint if they were ready for it. */
function widgetsVisible(run) {
  if (run.rendered === null) return null;
  return run.fcp !== null && run.rendered <= run.fcp ? run.fcp : run.renderedFrame;
}

function stats(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const round = (v) => Math.round(v * 1e4) / 1e4;
  return {
    median: round(median),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
    n: sorted.length,
  };
}

// ---------------------------------------------------------------- machine

function sh(command, args) {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}
const cpuModel =
  /^model name\s*:\s*(.+)$/m.exec(
    existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '',
  )?.[1] ?? null;
const osName =
  /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(
    existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '',
  )?.[1] ?? process.platform;
const commit = sh('git', ['rev-parse', '--short', 'HEAD']) ?? 'nocommit';
const dirty = (sh('git', ['status', '--porcelain', '--untracked-files=no']) ?? '') !== '';

// ---------------------------------------------------------------- the run

const chromium = (await browser.version()).replace(/^[^/]*\//, '');
const loadAtStart = Number(loadavg()[0].toFixed(2));
console.log(
  `bench: ${REPS} repetitions, Chromium ${chromium}, Node ${process.version}, ` +
    `${availableParallelism()} × ${cpuModel ?? 'unknown CPU'}, load ${loadavg()[0].toFixed(2)}`,
);
const runs = {};
const record = async (name, path, options) => {
  (runs[name] ??= []).push(await measure(path, options));
};
let report;
try {
  // B and C static, from what A and C render.
  const tab = await browser.newPage();
  await tab.setViewport(DESKTOP);
  await tab.evaluateOnNewDocument(probe, TAGS);
  await tab.goto(`${server.origin}/a.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__bench.renderedFrame !== null);
  const snapshot = await tab.evaluate(snapshotWidgets, TAGS);
  await tab.close();
  const staticWidgets = Object.fromEntries(snapshot.map((w) => [w.tag, staticWidget(w)]));
  html('/b.html', hostPage({ title: 'B', widgets: staticWidgets }));
  html(
    '/b-inline-css.html',
    hostPage({ title: 'B, no stylesheet', widgets: staticWidgets, inlineCss: true }),
  );
  html('/c-static.html', manyWidgetsPage({ count: MANY, widgets: staticWidgets }));

  // Warm up the browser and the server; not recorded.
  await measure('/a.html');
  await measure('/b.html', { widgets: false });

  const slow = { network: SLOW_4G, viewport: PHONE };
  for (let rep = 0; rep < REPS; rep += 1) {
    process.stdout.write(`  repetition ${rep + 1}/${REPS}\r`);
    // A and B side by side; which goes first alternates.
    const pair = [
      () => record('a', '/a.html'),
      () => record('b', '/b.html', { widgets: false }),
    ];
    if (rep % 2) pair.reverse();
    for (const run of pair) await run();
    await record('c', '/c.html');
    await record('cTrace', '/c.html', { trace: true });
    await record('cStaticTrace', '/c-static.html', { trace: true, widgets: false });
    await record('a4g', '/a.html', slow);
    await record('aBare4g', '/a-bare.html', slow);
    await record('a4gCpu4', '/a.html', { ...slow, cpuSlowdown: CPU_SLOWDOWN });
    await record('aFr4g', '/a-fr.html', slow);
    await record('aTop4g', '/a-top-banner.html', slow);
    await record('b4g', '/b.html', { ...slow, widgets: false });
    await record('aInline4g', '/a-inline-css.html', slow);
    await record('bInline4g', '/b-inline-css.html', { ...slow, widgets: false });
    await record('c4g', '/c.html', slow);
    await record('cBare4g', '/c-bare.html', slow);
  }
  process.stdout.write('\n');
  report = summarise();
} finally {
  await browser.close();
  await server.close();
}

function summarise() {
  const of = (name, pick) => stats(runs[name].map(pick));
  const pairs = runs.a.map((a, i) => widgetsVisible(a) / runs.b[i].fcp);
  const slowPairs = runs.a4g.map((a, i) => widgetsVisible(a) / runs.b4g[i].fcp);
  const sanity = {
    widgetsOnA: runs.a[0].widgets,
    widgetsOnC: runs.c[0].widgets,
    pageHeightA: runs.a[0].pageHeight,
    pageHeightB: runs.b[0].pageHeight,
  };
  const metrics = {
    aVisibleMs: of('a', widgetsVisible),
    bFcpMs: of('b', (r) => r.fcp),
    abRatio: stats(pairs),
    abRatioSlow4g: stats(slowPairs),
    cRenderedMs: of('c', (r) => r.rendered),
    cRenderedAfterDownloadMs: of('c', (r) => r.rendered - r.scriptResponseEnd),
    cLongestTaskMs: of('cTrace', (r) => r.longestTask),
    cLongTasksOver50: of('c', (r) => r.longTasks.length),
    cStaticLongestTaskMs: of('cStaticTrace', (r) => r.longestTask),
    aClsSlow4g: of('a4g', (r) => cls(r.shifts)),
    aBareClsSlow4g: of('aBare4g', (r) => cls(r.shifts)),
    aClsSlow4gCpu4: of('a4gCpu4', (r) => cls(r.shifts)),
    aFrClsSlow4g: of('aFr4g', (r) => cls(r.shifts)),
    aTopBannerClsSlow4g: of('aTop4g', (r) => cls(r.shifts)),
    aFrVisibleSlow4gMs: of('aFr4g', widgetsVisible),
    bClsSlow4g: of('b4g', (r) => cls(r.shifts)),
    cClsSlow4g: of('c4g', (r) => cls(r.shifts)),
    cBareClsSlow4g: of('cBare4g', (r) => cls(r.shifts)),
    aFcpSlow4gMs: of('a4g', (r) => r.fcp),
    aBareFcpSlow4gMs: of('aBare4g', (r) => r.fcp),
    bFcpSlow4gMs: of('b4g', (r) => r.fcp),
    aInlineCssFcpSlow4gMs: of('aInline4g', (r) => r.fcp),
    bInlineCssFcpSlow4gMs: of('bInline4g', (r) => r.fcp),
    aVisibleSlow4gMs: of('a4g', widgetsVisible),
    aBareVisibleSlow4gMs: of('aBare4g', widgetsVisible),
    aBytes: of('a', (r) => r.bytes),
    bBytes: of('b', (r) => r.bytes),
    cBytes: of('c', (r) => r.bytes),
    aRequests: of('a', (r) => r.requests),
    bRequests: of('b', (r) => r.requests),
    cRequests: of('c', (r) => r.requests),
    aHeapBytes: of('a', (r) => r.heapUsed),
    bHeapBytes: of('b', (r) => r.heapUsed),
    cHeapBytes: of('c', (r) => r.heapUsed),
  };
  return {
    date: new Date().toISOString(),
    commit,
    dirty,
    machine: {
      nproc: availableParallelism(),
      cpu: cpuModel,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      // Other work on the machine: the 1-minute load average when the run
      // started and ended (more than nproc means the runs shared the CPUs).
      loadAverage1m: { start: loadAtStart, end: Number(loadavg()[0].toFixed(2)) },
      os: osName,
      chromium,
      node: process.version,
    },
    settings: {
      repetitions: REPS,
      loopbackViewport: DESKTOP,
      slow4gViewport: PHONE,
      slow4g: SLOW_4G,
      cpuSlowdown: `none; ${CPU_SLOWDOWN}× in the "CPU" run`,
      widgetsPerTagOnC: MANY,
    },
    goals: GOALS,
    bundle: { bytes: bundle.length, gzipBytes: gzipSync(bundle, { level: 6 }).length },
    sanity,
    metrics,
  };
}

// ---------------------------------------------------------------- output

const ms = (v) => `${Math.round(v)} ms`;
const kib = (v) => `${(v / 1024).toFixed(1)} KiB`;
const mib = (v) => `${(v / 2 ** 20).toFixed(2)} MiB`;
const plain = (digits) => (v) => v.toFixed(digits);
const m = report.metrics;
const rows = [
  ['A: widgets on screen (loopback)', m.aVisibleMs, ms],
  ['B: first contentful paint (loopback)', m.bFcpMs, ms],
  ['A/B', m.abRatio, plain(2), `≤ ${GOALS.ratio}`],
  [`C: navigation → ${3 * MANY} widgets rendered`, m.cRenderedMs, ms],
  ['C: script downloaded → all rendered', m.cRenderedAfterDownloadMs, ms],
  ['C: longest task (trace)', m.cLongestTaskMs, ms, `≤ ${GOALS.longestTaskMs} ms`],
  ['C: long tasks ≥ 50 ms (count)', m.cLongTasksOver50, plain(0)],
  ['C static: longest task (trace)', m.cStaticLongestTaskMs, ms],
  ['CLS A, slow 4G (README snippet)', m.aClsSlow4g, plain(3), '0.00'],
  ['CLS A, slow 4G, bare script tag', m.aBareClsSlow4g, plain(3)],
  [`CLS A, slow 4G, CPU ${CPU_SLOWDOWN}× slower`, m.aClsSlow4gCpu4, plain(3), '0.00'],
  ['CLS A in French (lang="fr"), slow 4G', m.aFrClsSlow4g, plain(3)],
  ['CLS A, disclaimer position="top", slow 4G', m.aTopBannerClsSlow4g, plain(3)],
  ['CLS B, slow 4G', m.bClsSlow4g, plain(3)],
  ['CLS C, slow 4G (README snippet)', m.cClsSlow4g, plain(3), '0.00'],
  ['CLS C, slow 4G, bare script tag', m.cBareClsSlow4g, plain(3)],
  ['A: first paint, slow 4G', m.aFcpSlow4gMs, ms],
  ['A bare: first paint, slow 4G', m.aBareFcpSlow4gMs, ms],
  ['A bare: widgets on screen, slow 4G', m.aBareVisibleSlow4gMs, ms],
  ['A in French: widgets on screen, slow 4G', m.aFrVisibleSlow4gMs, ms],
  ['B: first paint, slow 4G', m.bFcpSlow4gMs, ms],
  ['A/B, slow 4G', m.abRatioSlow4g, plain(2), `≤ ${GOALS.ratio}`],
  ['A, page without a stylesheet: first paint, slow 4G', m.aInlineCssFcpSlow4gMs, ms],
  ['B, page without a stylesheet: first paint, slow 4G', m.bInlineCssFcpSlow4gMs, ms],
  ['A: transferred', m.aBytes, kib],
  ['B: transferred', m.bBytes, kib],
  ['C: transferred', m.cBytes, kib],
  ['A / B / C: requests', null, null],
  ['A: JS heap after GC', m.aHeapBytes, mib],
  ['B: JS heap after GC', m.bHeapBytes, mib],
  ['C: JS heap after GC', m.cHeapBytes, mib],
];
const table = [['', 'median', 'min–max', 'goal']];
for (const [label, value, format, goal = ''] of rows) {
  if (label.endsWith('requests')) {
    table.push([
      label,
      [m.aRequests, m.bRequests, m.cRequests].map((r) => r?.median).join(' / '),
      '',
      '',
    ]);
  } else if (value) {
    table.push([
      label,
      format(value.median),
      `${format(value.min)} – ${format(value.max)}`,
      goal,
    ]);
  }
}
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
console.log(
  table
    .map((row) =>
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n'),
);

const json = await prettier.format(JSON.stringify(report), { parser: 'json' });
console.log(json);
if (SAVE) {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const base = `${RESULTS_DIR}/${report.date.slice(0, 10)}-${commit}${dirty ? '-dirty' : ''}`;
  let file = `${base}.json`;
  for (let n = 2; existsSync(file); n += 1) file = `${base}-${n}.json`;
  writeFileSync(file, json);
  console.log(`bench: wrote ${file}`);
}
