// The plugin on a real WordPress (Debian's 6.1, Twenty Twenty-Three, its own
// MariaDB and `php -S`), installed from its zip as a practitioner would, with
// posts written by every role, rendered in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { distFiles, filesUnder, zipPath } from '../../scripts/build-wordpress.mjs';
import { startSite } from './site.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ROLES = ['administrator', 'editor', 'author', 'contributor'];
const TAGS = ['cst-disclaimer', 'cst-benefits', 'cst-ask-provider'];
const MAX_SHIFT = 0.01;

let site;
let browser;
let content;
const shifts = [];

before(async () => {
  const chromium = findChromium();
  assert.ok(chromium, 'Chromium is needed (Debian: apt-get install chromium)');
  site = await startSite();
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  await site?.stop();
  if (shifts.length > 0) {
    console.log(
      `layout shift per page: max ${Math.max(...shifts).toFixed(4)}, ` +
        `${shifts.map((value) => value.toFixed(4)).join(' ')}`,
    );
  }
});

/**
 * Opens `path` in a fresh page and returns what the assertions need: the
 * widgets (text of their shadow roots, size, language), the layout shift,
 * console errors, every request, and the `<head>` scripts.
 */
async function visit(
  path,
  { context, viewport = { width: 1280, height: 800 }, waitMs = 800, themeCss } = {},
) {
  const page = await (context ?? browser).newPage();
  // Generous: CI shares its cores with other jobs.
  page.setDefaultTimeout(60_000);
  await page.setViewport(viewport);
  const errors = [];
  const requests = [];
  page.on('console', (message) => {
    // php -S has no favicon; the browser's own request for one is no page error.
    if (
      message.type() === 'error' &&
      !/\/favicon\.ico$/.test(message.location()?.url ?? '')
    ) {
      errors.push(`${message.text()} ${message.location()?.url ?? ''}`);
    }
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('requestfailed', (request) => errors.push(`failed: ${request.url()}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.evaluateOnNewDocument(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  if (themeCss) {
    // A theme's own style sheet, in <head> before anything renders.
    await page.evaluateOnNewDocument((css) => {
      new MutationObserver((_, observer) => {
        if (!document.head) return;
        const style = document.createElement('style');
        style.textContent = css;
        document.head.prepend(style);
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    }, themeCss);
  }
  const response = await page.goto(site.url + path, { waitUntil: 'load' });
  assert.equal(response.status(), 200, `${path} answers 200`);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  const state = await page.evaluate((tags) => {
    const widgets = [...document.querySelectorAll(tags.join(','))].map((el) => {
      const box = el.getBoundingClientRect();
      const base = el.shadowRoot?.querySelector('[part~="base"]');
      return {
        tag: el.localName,
        defined: customElements.get(el.localName) !== undefined,
        text: el.shadowRoot
          ? [...el.shadowRoot.children].map((child) => child.innerText ?? '').join('\n')
          : '',
        height: box.height,
        baseLang: base?.getAttribute('lang') ?? null,
        outer: el.outerHTML,
      };
    });
    const headScripts = [
      ...document.head.querySelectorAll('script[src*="cst-widgets"]'),
    ].map((script) => ({
      src: script.getAttribute('src'),
      type: script.type,
      blocking: script.getAttribute('blocking'),
    }));
    const bodyScripts = document.body.querySelectorAll(
      'script[src*="cst-widgets"]',
    ).length;
    return {
      widgets,
      headScripts,
      bodyScripts,
      shift: window.__shift,
      htmlLang: document.documentElement.lang,
      title: document.title,
      html: document.documentElement.outerHTML,
    };
  }, TAGS);
  shifts.push(state.shift);
  return { page, errors, requests, ...state };
}

/** The checks every page with widgets must pass. */
function assertGoodPage(result, where) {
  assert.deepEqual(result.errors, [], `${where}: no console errors`);
  assert.ok(
    result.shift <= MAX_SHIFT,
    `${where}: layout shift ${result.shift} ≤ ${MAX_SHIFT}`,
  );
  const origin = new URL(site.url).origin;
  const offSite = result.requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('data:'),
  );
  assert.deepEqual(offSite, [], `${where}: no request off the site`);
  assert.ok(result.headScripts.length > 0, `${where}: the script is in <head>`);
  for (const script of result.headScripts) {
    assert.equal(script.type, 'module', `${where}: ${script.src} is a module`);
    assert.equal(script.blocking, 'render', `${where}: ${script.src} blocks rendering`);
  }
  assert.equal(result.bodyScripts, 0, `${where}: no second copy in the body`);
  assert.ok(
    /\/cst-widgets\.js(\?|$)/.test(result.headScripts.at(-1).src),
    `${where}: the main script comes last`,
  );
  for (const widget of result.widgets) {
    assert.ok(
      widget.defined && widget.text.length > 40,
      `${where}: <${widget.tag}> shows its text`,
    );
    assert.ok(
      widget.height > 20,
      `${where}: <${widget.tag}> has a size (${widget.height}px)`,
    );
  }
}

function texts(result) {
  return Object.fromEntries(result.widgets.map((widget) => [widget.tag, widget.text]));
}

test('installs from its zip through the upload installer and activates', () => {
  const installed = site.php('install-plugin', { zip: zipPath });
  assert.equal(installed.plugin, 'cst-widgets/cst-widgets.php');
  assert.equal(installed.active, true);
  assert.equal(installed.data.Version, version, 'the plugin carries the package version');
  assert.equal(installed.data.RequiresWP, '6.1');
  assert.equal(installed.data.RequiresPHP, '8.1');
  const folder = join(site.root, 'wp-content/plugins/cst-widgets');
  const files = filesUnder(folder);
  const shipped = distFiles(join(root, 'dist'));
  assert.ok(shipped.includes('cst-widgets.js'));
  for (const file of shipped)
    assert.ok(files.includes(join('dist', file)), `zip has dist/${file}`);
  for (const file of files.filter((path) => path.startsWith('dist/'))) {
    assert.ok(shipped.includes(file.slice(5)), `${file} comes from dist/`);
  }
  for (const file of ['readme.txt', 'uninstall.php', 'LICENSE.txt', 'assets/editor.js']) {
    assert.ok(files.includes(file), `zip has ${file}`);
  }
  // Avatars come from gravatar.com: a site setting (Discussion), not the plugin's.
  site.php('options', { WPLANG: 'en_GB', show_avatars: '0' });
  content = site.php('populate');
});

test('kses strips pasted widget code for an Author, and shortcodes and blocks survive for every role', () => {
  assert.deepEqual(content.kses, {
    author: true,
    contributor: true,
    administrator: false,
  });
  // The test's own proof that kses ran: the same snippet, kept and stripped.
  assert.match(content.stored.administrator.raw, /<cst-benefits layout="list">/);
  assert.doesNotMatch(content.stored.author.raw, /<cst-benefits|<script/);
  for (const role of ROLES) {
    assert.match(content.stored[role].shortcodes, /\[cst_ask_provider questions urgent /);
    assert.match(
      content.stored[role].blocks,
      /<!-- wp:cst-widgets\/ask-provider \{"questions":true/,
    );
  }
  assert.deepEqual(Object.values(content.post_statuses), ['publish', 'publish']);
  assert.equal(content.shared_title, 'Title fixed by the author');
});

for (const role of ROLES) {
  for (const kind of ['shortcodes', 'blocks']) {
    test(`${kind} by the ${role} render every widget (en-GB site: 999)`, async () => {
      const result = await visit(`/?p=${content.posts[role][kind]}`);
      try {
        assert.equal(result.htmlLang, 'en-GB');
        assert.deepEqual(
          result.widgets.map((widget) => widget.tag),
          TAGS,
          'the three widgets, in order',
        );
        assertGoodPage(result, `${role} ${kind}`);
        const text = texts(result);
        assert.match(text['cst-ask-provider'], /\b999\b/, 'en-GB names 999');
        assert.match(text['cst-disclaimer'], /complementary therapy/);
        assert.match(text['cst-benefits'], /research/i);
        assert.equal(result.headScripts.length, 1, 'English needs no language file');
      } finally {
        await result.page.close();
      }
    });
  }
}

test('an Author fixing the title of a post keeps its widgets', async () => {
  const result = await visit(`/?p=${content.posts.administrator.shared}`);
  try {
    assert.match(result.title, /Title fixed by the author/);
    assert.equal(result.widgets.length, 6);
    assertGoodPage(result, 'shared post');
  } finally {
    await result.page.close();
  }
});

test('hostile attributes come out inert, with the widgets at their defaults', async () => {
  const result = await visit(`/?p=${content.posts.author.hostile}`);
  try {
    assertGoodPage(result, 'hostile');
    for (const widget of result.widgets) {
      assert.doesNotMatch(widget.outer, /javascript|onerror|<img|<script|evil\.example/i);
    }
    assert.doesNotMatch(result.html, /onerror=|javascript:alert/);
    const [ask, benefits] = result.widgets;
    assert.match(
      ask.outer,
      /^<cst-ask-provider urgent="" lang="en-GB"><\/cst-ask-provider>$/,
    );
    assert.match(benefits.outer, /^<cst-benefits lang="en-GB"><\/cst-benefits>$/);
    assert.match(ask.text, /\b999\b/);
  } finally {
    await result.page.close();
  }
});

test('a page without a widget gets no script', async () => {
  // The Author's pasted snippet, stripped by kses: nothing of the plugin is left.
  const result = await visit(`/?p=${content.posts.author.raw}`, { waitMs: 100 });
  try {
    assert.deepEqual(result.errors, []);
    assert.deepEqual(result.widgets, []);
    assert.deepEqual(result.headScripts, []);
    assert.equal(result.bodyScripts, 0);
    assert.ok(!result.requests.some((url) => url.includes('/plugins/cst-widgets/')));
  } finally {
    await result.page.close();
  }
});

test('quotes and brackets written as the configurator writes them show as typed', async () => {
  const result = await visit(`/?p=${content.posts.author.escaped}`);
  try {
    assertGoodPage(result, 'escaped');
    assert.match(result.widgets[0].text, /Dr "Who" \[GP\] & partners/);
  } finally {
    await result.page.close();
  }
});

test('a German site: German text, 112, its language file first and fetched once', async (t) => {
  site.php('options', { WPLANG: 'de_DE' });
  t.after(() => site.php('options', { WPLANG: 'en_GB' }));
  const german = readFileSync(join(root, 'dist/locales/de.js'), 'utf8');
  const english = readFileSync(join(root, 'dist/cst-widgets.js'), 'utf8');
  for (const [role, kind] of [
    ['administrator', 'shortcodes'],
    ['author', 'blocks'],
  ]) {
    const result = await visit(`/?p=${content.posts[role][kind]}`);
    try {
      assert.equal(result.htmlLang, 'de-DE');
      assertGoodPage(result, `de ${role} ${kind}`);
      assert.equal(result.headScripts.length, 2);
      assert.match(
        result.headScripts[0].src,
        /\/locales\/de\.js(\?|$)/,
        'language file first',
      );
      const fetched = result.requests.filter((url) => /\/locales\/de\.js/.test(url));
      assert.equal(fetched.length, 1, `de.js fetched once: ${fetched.join(' ')}`);
      const text = texts(result);
      assert.match(text['cst-ask-provider'], /\b112\b/);
      for (const widget of result.widgets) assert.match(widget.baseLang, /^de\b/);
      // The disclaimer's sentence is the German file's, not the script's English.
      const sentence = text['cst-disclaimer']
        .split('\n')
        .find((line) => line.length > 60);
      const words = sentence.split(/\s+/).slice(-6).join(' ');
      assert.ok(german.includes(words), `"${words}" is German`);
      assert.ok(!english.includes(words), `"${words}" is not the English text`);
    } finally {
      await result.page.close();
    }
  }
});

/** A logged-in browser context for `user`. */
async function logIn(user, password) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
  // The login page focuses and selects the user name 200 ms after load; on a
  // busy machine that lands mid-typing and the password goes into the user
  // name. Type once the focus has moved there.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click('#wp-submit'),
  ]);
  assert.match(page.url(), /wp-admin/, `${user} is logged in`);
  await page.close();
  return context;
}

/**
 * Chooses the banner on Settings → CST widgets (and the theme's fixed
 * header it keeps clear of) and saves, as an Administrator would.
 */
async function chooseBanner(context, banner, avoid = '') {
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto(`${site.url}/wp-admin/options-general.php?page=cst-widgets`, {
    waitUntil: 'load',
  });
  await page.select('#cst-banner', banner);
  await page.$eval('#cst-banner_avoid', (input) => (input.value = ''));
  if (avoid) await page.type('#cst-banner_avoid', avoid);
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.click('#submit'),
  ]);
  assert.ok(await page.$('#setting-error-settings_updated'), 'settings saved');
  assert.equal(await page.$eval('#cst-banner', (select) => select.value), banner);
  assert.equal(await page.$eval('#cst-banner_avoid', (input) => input.value), avoid);
  await page.close();
}

/** Rectangles of the admin bar, the banner's box and the site header. */
function boxes(page) {
  return page.evaluate(() => {
    const rect = (el) => {
      if (!el) return null;
      const { top, bottom, height } = el.getBoundingClientRect();
      return { top, bottom, height };
    };
    const banner = document.querySelector('cst-disclaimer[position]');
    const links = [...document.querySelectorAll('footer a')].map(rect);
    return {
      adminBar: rect(document.getElementById('wpadminbar')),
      banner: rect(banner?.shadowRoot?.querySelector('[part~="base"]')),
      header: rect(document.querySelector('header')),
      links,
      viewport: window.innerHeight,
    };
  });
}

test('the top banner sits below the admin bar and above the site header', async () => {
  const admin = await logIn('admin', 'admin-password-123');
  try {
    await chooseBanner(admin, 'top');
    for (const [viewport, barHeight] of [
      [{ width: 1280, height: 800 }, 32],
      [{ width: 390, height: 800 }, 46],
    ]) {
      const result = await visit(`/?p=${content.posts.editor.shortcodes}`, {
        context: admin,
        viewport,
      });
      try {
        assertGoodPage(result, `top banner at ${viewport.width}px`);
        const box = await boxes(result.page);
        assert.equal(Math.round(box.adminBar.height), barHeight, 'admin bar shows');
        assert.ok(box.banner.height > 20, 'banner shows');
        assert.ok(
          box.banner.top >= box.adminBar.bottom - 0.5,
          `banner ${box.banner.top} below admin bar ${box.adminBar.bottom}`,
        );
        assert.ok(
          box.header.top >= box.banner.bottom - 0.5,
          `header ${box.header.top} below banner ${box.banner.bottom}`,
        );
      } finally {
        await result.page.close();
      }
    }
    // A visitor's page with no widget in it still gets the banner, and the script.
    const visitor = await visit('/');
    try {
      assertGoodPage(visitor, 'home with banner');
      assert.ok(visitor.widgets.some((widget) => widget.tag === 'cst-disclaimer'));
      const box = await boxes(visitor.page);
      assert.ok(box.banner.top >= 0 && box.header.top >= box.banner.bottom - 0.5);
    } finally {
      await visitor.page.close();
    }

    await chooseBanner(admin, 'bottom');
    const result = await visit(`/?p=${content.posts.author.blocks}`);
    try {
      assertGoodPage(result, 'bottom banner');
      await result.page.evaluate(() =>
        window.scrollTo(0, document.documentElement.scrollHeight),
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const box = await boxes(result.page);
      assert.ok(box.banner.height > 20 && box.links.length > 0);
      assert.ok(Math.abs(box.banner.bottom - box.viewport) < 1, 'banner at the bottom');
      for (const link of box.links) {
        assert.ok(
          link.bottom <= box.banner.top + 0.5,
          `footer link ${link.bottom} above banner ${box.banner.top}`,
        );
      }
    } finally {
      await result.page.close();
    }
    await chooseBanner(admin, 'off');
  } finally {
    await admin.close();
  }
});

test("the top banner keeps clear of the theme's fixed header named in the settings", async () => {
  const admin = await logIn('admin', 'admin-password-123');
  try {
    await chooseBanner(admin, 'top', 'header');
    const result = await visit('/', {
      themeCss:
        'header { position: fixed; top: 0; inset-inline: 0; z-index: 10; background: #fff }',
    });
    try {
      assertGoodPage(result, 'fixed header');
      const banner = result.widgets.find((widget) => widget.tag === 'cst-disclaimer');
      assert.match(banner.outer, /\savoid="header"/);
      const box = await boxes(result.page);
      assert.ok(box.header.height > 20, 'the header shows');
      assert.ok(
        box.banner.top >= box.header.bottom - 0.5,
        `banner ${box.banner.top} below the fixed header ${box.header.bottom}`,
      );
    } finally {
      await result.page.close();
    }
    await chooseBanner(admin, 'off');
  } finally {
    await admin.close();
  }
});

test('the blocks show the live widgets in the editor, at their size', async () => {
  const admin = await logIn('admin', 'admin-password-123');
  const page = await admin.newPage();
  page.setDefaultTimeout(60_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (
      message.type() === 'error' &&
      /cst-widgets/.test(message.text() + (message.location()?.url ?? ''))
    ) {
      errors.push(message.text());
    }
  });
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      window.wp?.blocks?.getBlockType('cst-widgets/ask-provider'),
    );
    await page.evaluate(() => {
      const { createBlock } = window.wp.blocks;
      window.wp.data.dispatch('core/edit-post').toggleFeature?.('welcomeGuide');
      window.wp.data
        .dispatch('core/block-editor')
        .insertBlocks([
          createBlock('cst-widgets/disclaimer', { position: 'top' }),
          createBlock('cst-widgets/benefits', { layout: 'list' }),
          createBlock('cst-widgets/ask-provider', { urgent: true }),
        ]);
    });
    // The previews: rendered by the server, drawn by the widgets' script.
    const previews = await page.waitForFunction(
      (tags) => {
        const roots = [
          document,
          ...[...document.querySelectorAll('iframe')].map(
            (frame) => frame.contentDocument,
          ),
        ];
        const found = roots.flatMap((root) =>
          root ? [...root.querySelectorAll(tags.join(','))] : [],
        );
        const drawn = found.map((el) => ({
          tag: el.localName,
          height: el.getBoundingClientRect().height,
          text: el.shadowRoot
            ? [...el.shadowRoot.children].map((child) => child.innerText ?? '').join('')
            : '',
          position: el.getAttribute('position'),
        }));
        return (
          drawn.length === 3 &&
          drawn.every((widget) => widget.height > 40 && widget.text.length > 40) &&
          drawn
        );
      },
      { timeout: 60_000 },
      TAGS,
    );
    const widgets = await previews.jsonValue();
    assert.deepEqual(
      widgets.map((widget) => widget.tag),
      TAGS,
    );
    assert.equal(
      widgets[0].position,
      null,
      'the banner previews in place, not fixed over the editor',
    );
    assert.match(
      widgets[2].text,
      /\b999\b/,
      "the preview speaks the site's language and region",
    );
    // Each attribute has a control in the block's sidebar.
    await page.evaluate(() => {
      const [, benefits] = window.wp.data.select('core/block-editor').getBlocks();
      window.wp.data.dispatch('core/block-editor').selectBlock(benefits.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await page.waitForFunction(
      () => document.querySelectorAll('.block-editor-block-inspector select').length >= 4,
    );
    const labels = await page.$$eval('.block-editor-block-inspector label', (nodes) =>
      nodes.map((node) => node.textContent),
    );
    for (const label of [
      'Layout',
      'Heading level',
      'Hide intro',
      'Evidence',
      'Claims',
      'Content src',
      'Lang',
      'Theme',
      'pain',
    ]) {
      assert.ok(labels.includes(label), `control for ${label}: ${labels.join(', ')}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    await admin.close();
  }
});

test('uninstalling removes the plugin and its option', () => {
  const result = site.php('uninstall');
  assert.equal(result.had_option, true);
  assert.equal(result.option, null);
  assert.equal(result.deleted, true);
  assert.equal(result.files_left, false);
});
