// The three ways in, end to end, as someone without Node takes them: the
// hosted configurator (site/, from `npm run build:site`) served by a plain
// static file server from a subfolder; its code pasted into a plain page on
// another origin; the files from the jsDelivr-shaped path of the packed
// tarball (node_modules/.cache/cst-package/, from scripts/check-package.mjs)
// or from the zip (release/, from `npm run release`). Every server is a
// local one (127.0.0.1, a free port): no request may leave the machine, and
// the CDN's real host is only ever a string in the snippet.
// Run by `npm run test:install` (in `npm test`), in Chromium.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import JSZip from 'jszip';
import puppeteer from 'puppeteer-core';
import sirv from 'sirv';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const CDN_HOST = 'https://cdn.jsdelivr.net';
const CDN_PATH = `/npm/cst-widgets@${version}/`;
const PACKAGE = resolve('node_modules/.cache/cst-package/node_modules/cst-widgets');
const SITE_FOLDER = '/some/sub/folder/';

const servers = [];
const hanging = new Set();
let browser;
let scratch;
let site;
let cdn;
let plain;
let down;

/** A static file server for `root` under `prefix` on 127.0.0.1; resolves to its origin. */
async function host(root, prefix = '/', headers = {}) {
  const serve = sirv(root, {
    dev: true,
    setHeaders: (res) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    },
  });
  const server = createServer((req, res) => {
    if (!req.url.startsWith(prefix)) return res.writeHead(404).end();
    req.url = `/${req.url.slice(prefix.length)}`;
    return serve(req, res, () => res.writeHead(404).end('Not found'));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

/** A host that is down the slow way: it takes every request and never answers. */
async function hangingHost() {
  const server = createServer((req, res) => hanging.add(res));
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'cst-install-'));
  site = await host(resolve('site'), SITE_FOLDER);
  // jsDelivr serves a package's files to any origin.
  cdn = await host(PACKAGE, CDN_PATH, { 'Access-Control-Allow-Origin': '*' });
  plain = await host(scratch);
  down = await hangingHost();
  browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  for (const res of hanging) res.destroy();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  rmSync(scratch, { recursive: true, force: true });
});

/**
 * A new tab that records every request and fails the test on any request to
 * a host that is not one of ours, on a page error and on a failed request
 * (other than to the host that is down).
 */
async function tab() {
  const page = await browser.newPage();
  const problems = [];
  const requested = [];
  const ours = () => [site, cdn, plain, down];
  page.on('request', (request) => {
    const url = request.url();
    // The browser asks every host for a favicon by itself.
    if (url.startsWith('data:') || url.endsWith('/favicon.ico')) return;
    requested.push(url);
    if (!ours().some((origin) => url.startsWith(`${origin}/`))) {
      problems.push(`request to another host: ${url}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (!request.url().startsWith(down)) problems.push(`failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`${response.status()}: ${response.url()}`);
  });
  return { page, problems, requested };
}

/** Opens the hosted configurator and returns the code it gives for `setUp`. */
async function codeFromConfigurator(setUp) {
  const { page, problems } = await tab();
  await page.goto(`${site}${SITE_FOLDER}`);
  await page.waitForSelector('html[data-ready]');
  await page.evaluate(setUp);
  // The default code: the widget pre-rendered, once the configurator has rendered it.
  await page.waitForSelector('#snippet[data-prerendered]', { timeout: 10000 });
  const code = await page.$eval('#snippet', (el) => el.textContent);
  assert.match(code, /<template shadowrootmode="open">/);
  assert.deepEqual(problems, []);
  await page.close();
  return code;
}

/** Writes a plain page with `code` in its head and body, as a practitioner pastes it. */
function plainPage(folder, code) {
  const [scripts, element] = code.split('\n\n');
  const file = join(scratch, folder, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A practitioner's page</title>
    ${scripts}
  </head>
  <body>
    <h1>Welcome</h1>
    ${element}
  </body>
</html>
`,
  );
  return `${plain}/${folder}/`;
}

/** What a widget drew: its shadow root's text, once it has drawn. */
async function widgetText(page, tag) {
  await page.waitForFunction(
    (name) => document.querySelector(name)?.shadowRoot?.querySelector('[part~="base"]'),
    { timeout: 10000 },
    tag,
  );
  return page.$eval(tag, (el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
}

function chooseGermanBanner() {
  document.getElementById('widget-cst-disclaimer').click();
  const [language] = [
    ...document.querySelectorAll('#settings [data-attribute="lang"] select'),
  ];
  language.value = 'de';
  language.dispatchEvent(new Event('change', { bubbles: true }));
}

test('the hosted configurator works from a subfolder of a plain static host, preview included', async () => {
  const { page, problems } = await tab();
  await page.goto(`${site}${SITE_FOLDER}`);
  await page.waitForSelector('html[data-ready]');
  assert.match(page.url(), /\/some\/sub\/folder\/demo\/$/);
  const preview = await (await page.$('#preview-frame')).contentFrame();
  await preview.waitForFunction(
    () =>
      document.querySelector('#stage > *')?.shadowRoot?.querySelector('[part~="base"]'),
    { timeout: 10000 },
  );
  for (const other of ['examples.html', 'host-css.html?css=bulma', 'rtl.html']) {
    await page.goto(`${site}${SITE_FOLDER}demo/${other}`, { waitUntil: 'networkidle0' });
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test('CDN: the code the configurator gives works on a plain page of another origin', async () => {
  const code = await codeFromConfigurator(chooseGermanBanner);
  const file = `${CDN_HOST}${CDN_PATH}dist/`;
  assert.equal(
    code.split('\n\n')[0],
    [
      `<script type="module" src="${file}locales/de.js"></script>`,
      `<script type="module" src="${file}cst-widgets.js"></script>`,
    ].join('\n'),
  );
  // The one change a test must make: the CDN's host is a local one here.
  const local = code.replaceAll(CDN_HOST, cdn);
  assert.ok(!local.includes('jsdelivr'));
  const { page, problems, requested } = await tab();
  await page.goto(plainPage('cdn', local));
  assert.match(await widgetText(page, 'cst-disclaimer'), /Komplementärtherapie|ersetzt/);
  assert.ok(requested.includes(`${cdn}${CDN_PATH}dist/cst-widgets.js`));
  assert.ok(requested.includes(`${cdn}${CDN_PATH}dist/locales/de.js`));
  assert.deepEqual(problems, []);
  await page.close();
});

test('CDN down: the page paints at once, with the pre-rendered widget in place', async () => {
  const code = await codeFromConfigurator(() => {});
  const { page } = await tab();
  // Module scripts are deferred: DOMContentLoaded waits for this one, which
  // never comes, so the navigation is not awaited.
  page.goto(plainPage('cdn-down', code.replaceAll(CDN_HOST, down))).catch(() => {});
  await page.waitForSelector('body > h1 + *');
  // A render-blocked document runs no animation frames until its script
  // arrives (with blocking="render" this one would wait for ever).
  const painted = await page.evaluate(() =>
    Promise.race([
      new Promise((done) => requestAnimationFrame(() => done(document.body.innerText))),
      new Promise((done) =>
        setTimeout(() => done('no frame: the page is held blank'), 5000),
      ),
    ]),
  );
  assert.match(painted, /Welcome/);
  // Pre-rendered, the widget's words show without the script (the first
  // widget, the callout).
  const words = await page.$eval(
    'body > h1 + *',
    (el) => el.shadowRoot?.textContent ?? '',
  );
  assert.match(words, /Talk to a healthcare provider first/);
  await page.close();
});

test('Download: the zip, unpacked on the site, works with the folder typed for it', async () => {
  const zip = await JSZip.loadAsync(readFileSync(`release/cst-widgets-${version}.zip`));
  const names = Object.keys(zip.files);
  assert.ok(names.includes('HOW-TO.txt'));
  assert.ok(names.includes('LICENSE.txt'));
  assert.ok(names.includes('cst-widgets/cst-widgets.js'));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const target = join(scratch, 'own-site', name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  const code = await codeFromConfigurator(() => {
    document.getElementById('widget-cst-ask-provider').click();
    document.getElementById('source-own').click();
    const folder = document.getElementById('folder');
    folder.value = '/own-site/cst-widgets/';
    folder.dispatchEvent(new Event('input', { bubbles: true }));
  });
  assert.match(
    code,
    /^<script type="module" src="\/own-site\/cst-widgets\/cst-widgets.js" blocking="render"><\/script>/,
  );
  const { page, problems, requested } = await tab();
  await page.goto(plainPage('own-site/about/us', code));
  assert.match(await widgetText(page, 'cst-ask-provider'), /healthcare provider/);
  assert.ok(requested.includes(`${plain}/own-site/cst-widgets/cst-widgets.js`));
  assert.deepEqual(problems, []);
  await page.close();
});
