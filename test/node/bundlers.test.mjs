// The npm package as an app's bundler sees it: the tarball `npm pack` makes
// (of the built lib/, so run `npm run build` first), unpacked into the
// node_modules of a tiny app in a temporary folder outside the repo, built
// with Vite (and served by its dev server), webpack 5 and esbuild (which
// Angular's builder uses), then opened in headless Chromium. Each app
// imports the npm entry and `cst-widgets/define.js` and shows a disclaimer in
// English, French, German and Spanish; each must speak its language.
//
// The bundlers are this repo's devDependencies; the app's lit and
// @lit/localize are links to this repo's copies, so nothing is downloaded.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build as esbuild } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { build as viteBuild, createServer as viteServer } from 'vite';
import webpack from 'webpack';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { ROOT, installPacked } from './packed.mjs';

const LANGUAGES = ['fr', 'de', 'es'];
/** What the app's page shows: one disclaimer per language, English first. */
const BODY = ['en', ...LANGUAGES]
  .map((lang) => `<div lang="${lang}"><cst-disclaimer></cst-disclaimer></div>`)
  .join('');
const MAIN = `import { CstDisclaimer } from 'cst-widgets';
import 'cst-widgets/define.js';

if (customElements.get('cst-disclaimer') !== CstDisclaimer) {
  throw new Error('cst-widgets/define.js did not register the npm build');
}
`;
const page = (script) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">${script}</head><body>${BODY}</body></html>`;

/** Each language's strings, from the package's own language modules. */
const translations = Object.fromEntries(
  await Promise.all(
    LANGUAGES.map(async (lang) => {
      const { templates } = await import(join(ROOT, `lib/locales/${lang}.js`));
      return [lang, Object.values(templates).filter((text) => typeof text === 'string')];
    }),
  ),
);

let work;
let app;
let browser;

before(async () => {
  const packed = installPacked('cst-bundlers-');
  ({ work, app } = packed);
  const { modules } = packed;
  // The package's dependencies, and theirs, as npm would install them.
  mkdirSync(join(modules, '@lit'));
  for (const name of [
    'lit',
    'lit-html',
    'lit-element',
    '@lit/reactive-element',
    '@lit/localize',
  ]) {
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name), 'dir');
  }
  writeFileSync(
    join(app, 'package.json'),
    '{ "name": "app", "private": true, "type": "module" }',
  );
  writeFileSync(join(app, 'main.js'), MAIN);
  browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.map': 'application/json',
};

/** Serves `dir` on 127.0.0.1 (a random port) until `close()`. */
async function serve(dir) {
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const file = join(dir, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'text/plain' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => server.close(),
  };
}

/** Opens `url` and checks that each disclaimer speaks its page part's language. */
async function expectEveryLanguage(url) {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  tab.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) problems.push(message.text());
  });
  try {
    // Generous: Vite's dev server bundles the dependencies on the first request.
    await tab.goto(url, { waitUntil: 'load', timeout: 60000 });
    await tab.waitForFunction(
      (count) =>
        [...document.querySelectorAll('cst-disclaimer')].filter(
          (el) =>
            el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') ===
            el.parentElement.lang,
        ).length === count,
      { timeout: 60000 },
      LANGUAGES.length + 1,
    );
    const shown = await tab.$$eval('cst-disclaimer', (widgets) =>
      widgets.map((el) => ({
        lang: el.parentElement.lang,
        text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
      })),
    );
    const english = shown.find((each) => each.lang === 'en').text;
    for (const { lang, text } of shown.filter((each) => each.lang !== 'en')) {
      assert.notEqual(text, english, `${lang} shows English`);
      assert.ok(
        translations[lang].some((string) => text.includes(string)),
        `${lang}: none of its strings in "${text.slice(0, 80)}…"`,
      );
    }
    assert.deepEqual(problems, []);
  } finally {
    await tab.close();
  }
}

describe('the npm package through bundlers, in French, German and Spanish', () => {
  it('Vite: build', async () => {
    writeFileSync(
      join(app, 'index.html'),
      page('<script type="module" src="/main.js"></script>'),
    );
    const outDir = join(work, 'vite');
    await viteBuild({
      root: app,
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    const server = await serve(outDir);
    try {
      await expectEveryLanguage(server.url);
    } finally {
      server.close();
    }
  });

  it('Vite: dev server', async () => {
    writeFileSync(
      join(app, 'index.html'),
      page('<script type="module" src="/main.js"></script>'),
    );
    const server = await viteServer({
      root: app,
      logLevel: 'silent',
      cacheDir: join(work, 'vite-cache'),
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    });
    await server.listen();
    try {
      const address = server.httpServer.address();
      await expectEveryLanguage(`http://127.0.0.1:${address.port}/`);
    } finally {
      await server.close();
    }
  });

  it('webpack 5', async () => {
    const outDir = join(work, 'webpack');
    const stats = await new Promise((done, fail) =>
      webpack(
        {
          mode: 'production',
          context: app,
          entry: './main.js',
          output: { path: outDir, filename: 'main.js', publicPath: '/' },
          performance: { hints: false },
        },
        (error, result) => (error ? fail(error) : done(result)),
      ),
    );
    const info = stats.toJson({ all: false, errors: true, warnings: true });
    assert.deepEqual(
      [...info.errors, ...info.warnings].map((each) => each.message),
      [],
    );
    writeFileSync(join(outDir, 'index.html'), page('<script src="/main.js"></script>'));
    const server = await serve(outDir);
    try {
      await expectEveryLanguage(server.url);
    } finally {
      server.close();
    }
  });

  it('esbuild', async () => {
    const outDir = join(work, 'esbuild');
    await esbuild({
      absWorkingDir: app,
      entryPoints: ['main.js'],
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: outDir,
      logLevel: 'silent',
    });
    writeFileSync(
      join(outDir, 'index.html'),
      page('<script type="module" src="/main.js"></script>'),
    );
    const server = await serve(outDir);
    try {
      await expectEveryLanguage(server.url);
    } finally {
      server.close();
    }
  });
});
