// A tiny static server for the benchmark: loopback only, a fixed set of
// routes, gzip like a real host, no caching. It stops when the benchmark
// closes it, and `idleTimeoutMs` after the last request at the latest.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

/**
 * @param {Map<string, { type: string, body: () => Buffer | string, delayMs?: number }>} routes
 *   Path → content type and a function that returns the body (read at
 *   request time, so pages can be added after the server starts); `delayMs`
 *   holds that one response back (a slow file).
 * @param {{ idleTimeoutMs?: number, network?: { latency: number, download: number } }} options
 *   `network` slows every response down as a slow network would, the same
 *   for every browser (puppeteer's `PredefinedNetworkConditions` shape:
 *   `latency` in ms before each response, `download` in bytes per second,
 *   shared by all responses under way).
 */
export async function startServer(routes, { idleTimeoutMs = 120_000, network } = {}) {
  let idleTimer;
  /** When the shared link is next free to send, in ms (performance.now()). */
  let linkFreeAt = 0;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  async function send(response, headers, body, delayMs) {
    if (delayMs) await wait(delayMs);
    if (network) await wait(network.latency);
    response.writeHead(200, headers);
    if (!network) return response.end(body);
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
  const server = createServer((request, response) => {
    armIdleTimer();
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.get(path);
    if (request.method !== 'GET' || !route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = Buffer.from(route.body());
    const headers = {
      'content-type': route.type,
      'cache-control': 'no-store',
    };
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    void send(response, headers, body, route.delayMs);
  });
  server.requestTimeout = 30_000;
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
  return { origin: `http://127.0.0.1:${port}`, close };
}
