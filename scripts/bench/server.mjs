// The benchmark's web server, loopback only. It serves files as a CDN does
// (jsDelivr, unpkg, a static host): every file of a folder (`dist/` with its
// `features/` and `locales/`), the right content type, long-lived caching
// headers with an ETag (and 304 for a matching If-None-Match), brotli or
// gzip as the browser asks, `Vary: Accept-Encoding`, CORS for any origin.
// Pages are added as routes. Every response body is compressed once and
// kept, so the server's own work does not grow with the repetitions.
//
// Anything else is a 404, and the server counts them: a benchmark whose
// pages ask for a missing file measures something else than the product.
// It stops when the benchmark closes it, and `idleTimeoutMs` after the last
// request at the latest.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

/** Content types by extension, as a CDN sends them. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
/** A versioned file on a CDN: cached for a year (jsDelivr sends the same). */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** A page: revalidated on every visit. */
const REVALIDATE = 'no-cache';

/**
 * Every file under `folder`, as routes under `prefix` (`/cst-widgets/`):
 * path → { type, body, cache }.
 */
export function folderRoutes(folder, prefix) {
  const routes = new Map();
  const visit = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else {
        const url = prefix + relative(folder, path).split(sep).join('/');
        routes.set(url, {
          type: TYPES[extname(name)] ?? 'application/octet-stream',
          body: readFileSync(path),
          cache: IMMUTABLE,
        });
      }
    }
  };
  visit(folder);
  return routes;
}

/** A page route (HTML, revalidated each visit). */
export const page = (body, type = TYPES['.html']) => ({ type, body, cache: REVALIDATE });

/**
 * @param {Map<string, { type: string, body: Buffer | string | (() => Buffer | string), cache?: string, delayMs?: number }>} routes
 *   Path → content type, body (or a function that returns it, called once)
 *   and Cache-Control; `delayMs` holds that one response back (a slow
 *   file). Looked up at request time, so pages can be added after the
 *   server starts.
 * @param {{ idleTimeoutMs?: number, network?: { latency: number, download: number } }} options
 *   `network` slows every response down as a slow network would, the same
 *   for every browser (puppeteer's `PredefinedNetworkConditions` shape:
 *   `latency` in ms before each response, `download` in bytes per second,
 *   shared by all responses under way).
 */
export async function startServer(routes, { idleTimeoutMs = 180_000, network } = {}) {
  let idleTimer;
  /** When the shared link is next free to send, in ms (performance.now()). */
  let linkFreeAt = 0;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  async function send(response, status, headers, body, delayMs) {
    if (delayMs) await wait(delayMs);
    if (network) await wait(network.latency);
    response.writeHead(status, headers);
    if (!network || !body) return response.end(body);
    const CHUNK = 4096;
    for (let start = 0; start < body.length; start += CHUNK) {
      const chunk = body.subarray(start, start + CHUNK);
      const now = performance.now();
      linkFreeAt = Math.max(linkFreeAt, now) + (chunk.length / network.download) * 1000;
      await wait(linkFreeAt - now);
      if (response.destroyed) return;
      response.write(chunk);
    }
    response.end();
  }
  /** Compressed bodies and ETags, made once per route body. */
  const encoded = new WeakMap();
  const missing = [];

  const variants = (route) => {
    let entry = encoded.get(route);
    if (!entry) {
      const raw = Buffer.from(
        typeof route.body === 'function' ? route.body() : route.body,
      );
      const compressible = COMPRESSIBLE.test(route.type);
      entry = {
        etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 20)}"`,
        identity: raw,
        br: compressible
          ? brotliCompressSync(raw, {
              params: {
                [zlib.BROTLI_PARAM_QUALITY]: 11,
                [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            })
          : undefined,
        gzip: compressible ? gzipSync(raw, { level: 9 }) : undefined,
      };
      encoded.set(route, entry);
    }
    return entry;
  };

  const server = createServer((request, response) => {
    armIdleTimer();
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path);
    if (!['GET', 'HEAD'].includes(request.method ?? '') || !route) {
      missing.push(`${request.method} ${path}`);
      response
        .writeHead(404, { 'content-type': 'text/plain; charset=utf-8' })
        .end('not found');
      return;
    }
    const entry = variants(route);
    const headers = {
      'content-type': route.type,
      'cache-control': route.cache ?? REVALIDATE,
      etag: entry.etag,
      vary: 'Accept-Encoding',
      'access-control-allow-origin': '*',
      'timing-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    };
    if (request.headers['if-none-match'] === entry.etag) {
      void send(response, 304, headers, undefined, route.delayMs);
      return;
    }
    const accepted = request.headers['accept-encoding'] ?? '';
    let body = entry.identity;
    if (entry.br && /\bbr\b/.test(accepted)) {
      body = entry.br;
      headers['content-encoding'] = 'br';
    } else if (entry.gzip && /\bgzip\b/.test(accepted)) {
      body = entry.gzip;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    void send(
      response,
      200,
      headers,
      request.method === 'HEAD' ? undefined : body,
      route.delayMs,
    );
  });
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;

  const close = () =>
    new Promise((resolve) => {
      clearTimeout(idleTimer);
      server.closeAllConnections();
      server.close(() => resolve());
    });
  function armIdleTimer() {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      console.error(`bench server: idle for ${idleTimeoutMs} ms, stopping`);
      void close();
    }, idleTimeoutMs);
    idleTimer.unref();
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  armIdleTimer();
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close,
    /** Requests answered with 404 since the last call, emptied by the call. */
    takeMissing: () => missing.splice(0),
  };
}
