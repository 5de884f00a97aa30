// What the test server does beyond serving files, for the "guest on any page"
// tests (issue 5): pages served with a strict Content-Security-Policy header,
// the drop-in script served to any origin (a sandboxed frame has none), and
// widgets rendered on the server by @lit-labs/ssr. Used by
// web-test-runner.config.mjs.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What the widgets need from a page's CSP, as the README's "Security" section
 * says: scripts and language files from the script's own origin (here 'self'),
 * and Trusted Types with Lit's policy, `lit-html`. Nothing for styles (the
 * widgets adopt constructed style sheets), nothing inline, no eval.
 */
export const WIDGETS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
];

/** The CSP of each HTML test page that is served with one. */
export const CSP_PAGES = {
  // Exactly what the README asks of a site.
  '/test/csp-strict.test.html': WIDGETS_CSP,
  // A page with more than one copy of Lit needs 'allow-duplicates' (README).
  '/test/csp-shared-lit.test.html': WIDGETS_CSP.map((directive) =>
    directive.startsWith('trusted-types ')
      ? `${directive} 'allow-duplicates'`
      : directive,
  ),
};

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/**
 * Adds the page's CSP as a real response header. The only thing added for the
 * test runner: the SHA-256 hashes of the inline scripts it injects into every
 * test page (its configuration and its console capture), so that those exact
 * scripts, and no other inline script, may run. The runner's WebSocket is
 * same-origin, which 'self' allows.
 */
export async function cspHeaders(context, next) {
  await next();
  const policy = CSP_PAGES[context.path];
  if (!policy || typeof context.body !== 'string') return;
  const hashes = [...context.body.matchAll(INLINE_SCRIPT)].map(
    ([, source]) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`,
  );
  const directives = policy.map((directive) =>
    directive.startsWith('script-src ') && hashes.length > 0
      ? `${directive} ${hashes.join(' ')}`
      : directive,
  );
  context.set('Content-Security-Policy', directives.join('; '));
}

/**
 * Serves the built script and its language files to any origin, as a CDN
 * does. A frame sandboxed without allow-same-origin has an opaque origin, so
 * its module scripts are cross-origin requests that need this header.
 */
export async function distForAnyOrigin(context, next) {
  await next();
  if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
}

/**
 * `/ssr/page.html`: a page whose widgets were rendered on the server by
 * @lit-labs/ssr (scripts/ssr-render.mjs, from the built lib/) as declarative
 * shadow DOM, with no script; test/ssr-hydration.test.ts hydrates it. Rendered
 * anew for each request in a child process, so it is never stale and Lit's
 * DOM shim never enters the test server.
 */
export async function ssrPage(context, next) {
  if (context.path !== '/ssr/page.html') return next();
  context.body = await new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['scripts/ssr-render.mjs', '--page'],
      { maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(stdout),
    );
  });
  context.type = 'html';
  return undefined;
}

/** How late `/late-files/` serves the script's language and feature files. */
export const LATE_FILES_MS = 2500;

/**
 * `/late-files/dist/…`: the built files, with the language and feature files
 * (`locales/`, `features/`) held back, longer than a widget waits for them
 * before it shows English (test/prerender/).
 */
export async function lateFiles(context, next) {
  if (!context.path.startsWith('/late-files/dist/')) return next();
  const path = context.path.slice('/late-files'.length);
  if (/^\/dist\/(locales|features)\//.test(path)) {
    await new Promise((resolve) => setTimeout(resolve, LATE_FILES_MS));
  }
  context.url = path;
  return next();
}

/**
 * `/prerender/command-page.html`: test/prerender/command-page.html as
 * `cst-widgets prerender` (bin/cst-widgets.mjs, from the built lib/) writes
 * it, run anew for each request on a copy, in a child process.
 */
export async function prerenderedPage(context, next) {
  if (context.path !== '/prerender/command-page.html') return next();
  const dir = mkdtempSync(join(tmpdir(), 'cst-prerender-'));
  const file = join(dir, 'page.html');
  try {
    copyFileSync('test/prerender/command-page.html', file);
    await new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        ['bin/cst-widgets.mjs', 'prerender', file],
        (error, _, stderr) =>
          error ? reject(new Error(stderr || error.message)) : resolve(),
      );
    });
    context.body = readFileSync(file, 'utf8');
    context.type = 'html';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return undefined;
}

export const testServerMiddleware = [
  cspHeaders,
  distForAnyOrigin,
  ssrPage,
  lateFiles,
  prerenderedPage,
];
