// A tiny static server for the benchmark: loopback only, a fixed set of
// routes, gzip like a real host, no caching. It stops when the benchmark
// closes it, and `idleTimeoutMs` after the last request at the latest.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

/**
 * @param {Map<string, { type: string, body: () => Buffer | string }>} routes
 *   Path → content type and a function that returns the body (read at
 *   request time, so pages can be added after the server starts).
 */
export async function startServer(routes, { idleTimeoutMs = 120_000 } = {}) {
  let idleTimer;
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
    response.writeHead(200, headers).end(body);
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
