// The three browser engines the tests run in, where each one lives, and the
// flags they need on a CI box (as root, no GPU, no display). Shared by
// web-test-runner.config.mjs, setup.mjs and screenshot.mjs.
//
// - Chromium: Debian `chromium` (or CHROME_PATH), through puppeteer-core.
// - Firefox: Debian `firefox-esr` (or FIREFOX_PATH), through puppeteer-core
//   over WebDriver BiDi; no geckodriver needed.
// - WebKit: Debian `webkit2gtk-driver` (WebKitWebDriver, or WEBKIT_DRIVER_PATH)
//   driving WebKitGTK's MiniBrowser (or MINIBROWSER_PATH) in an Xvfb display.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

export { CHROMIUM_ARGS, findChromium };

/** `env` if that variable is set (undefined when its path is missing), else the first existing candidate. */
function find(env, candidates) {
  const fromEnv = process.env[env];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export function findFirefox() {
  return find('FIREFOX_PATH', [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ]);
}

/** Multiarch library folders, e.g. /usr/lib/x86_64-linux-gnu. */
function libDirs() {
  try {
    return readdirSync('/usr/lib')
      .filter((name) => /-linux-gnu/.test(name))
      .map((name) => join('/usr/lib', name));
  } catch {
    return [];
  }
}

/**
 * WebKitWebDriver, MiniBrowser and Xvfb, or undefined unless all three are
 * installed (Debian: apt-get install webkit2gtk-driver xvfb).
 */
export function findWebKit() {
  const driver = find('WEBKIT_DRIVER_PATH', ['/usr/bin/WebKitWebDriver']);
  const browser = find(
    'MINIBROWSER_PATH',
    libDirs().flatMap((dir) =>
      ['webkit2gtk-4.1', 'webkit2gtk-4.0'].map((api) => join(dir, api, 'MiniBrowser')),
    ),
  );
  const xvfb = find('XVFB_PATH', ['/usr/bin/Xvfb']);
  return driver && browser && xvfb ? { driver, browser, xvfb } : undefined;
}

/**
 * Firefox preferences for tests, the counterpart of CHROMIUM_ARGS: keep
 * timers and rendering running in a page without focus, and keep Firefox
 * from calling home.
 */
export const FIREFOX_PREFS = {
  'dom.min_background_timeout_value': 0,
  'dom.timeout.enable_budget_timer_throttling': false,
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.http.http3.enable': false,
};
