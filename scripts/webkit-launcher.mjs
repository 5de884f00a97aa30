// A web-test-runner launcher for WebKit on Linux: starts an Xvfb display and
// WebKitWebDriver, then drives WebKitGTK's MiniBrowser through
// @web/test-runner-webdriver. Both processes stop with the test run.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** A TCP port that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display; resolves to ":<number>". */
export function startXvfb(xvfb, children) {
  return new Promise((resolve, reject) => {
    // -displayfd 3: Xvfb picks a free display and writes its number to fd 3.
    const child = spawn(
      xvfb,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdio[3].on('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
}

/** Waits until something accepts connections on `port`. */
export async function waitForPort(port, child, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (Date.now() < deadline && !exited) {
    const open = await fetch(`http://127.0.0.1:${port}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

class WebKitLauncher extends WebdriverLauncher {
  #paths;
  #options;
  #children = [];

  constructor(paths, options) {
    super(options);
    this.#paths = paths;
    this.#options = options;
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    // Should the runner die without calling stop(), take the helpers along.
    process.once('exit', () => this.#killChildren());
    const display = await startXvfb(this.#paths.xvfb, this.#children);
    const port = await freePort();
    const driver = spawn(this.#paths.driver, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
    });
    this.#children.push(driver);
    await waitForPort(port, driver);
    // The options object is the one the parent class hands to webdriverio.
    Object.assign(this.#options, { hostname: '127.0.0.1', port, path: '/' });
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      this.#killChildren();
    }
  }

  #killChildren() {
    for (const child of this.#children.reverse()) child.kill();
    this.#children = [];
  }
}

/** WebDriver capabilities for MiniBrowser (also used by scripts/bench/layout-shift.mjs). */
export const webkitCapabilities = (paths) => ({
  browserName: 'MiniBrowser',
  'webkitgtk:browserOptions': { binary: paths.browser, args: ['--automation'] },
  // webdriverio 9 speaks WebDriver BiDi by default; WebKitWebDriver does not.
  'wdio:enforceWebDriverClassic': true,
});

/** @param {{ driver: string, browser: string, xvfb: string }} paths from findWebKit() */
export function webkitLauncher(paths) {
  return new WebKitLauncher(paths, {
    logLevel: 'error',
    capabilities: webkitCapabilities(paths),
  });
}
