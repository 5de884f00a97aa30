// Test-runner commands for the accessibility tests (issue 4), used by
// web-test-runner.config.mjs. Each needs the Chrome DevTools Protocol, so it
// works in Chromium only: Firefox is driven over WebDriver BiDi, WebKit over
// WebDriver classic. Each answers `false` where it cannot do its work,
// without logging a failure, so that the tests can be declared only where
// they can run (test/helpers.ts) and say so in their titles.
/** The puppeteer page of a session that speaks CDP, or undefined. */
function cdpPage(session) {
  if (session.browser.type !== 'puppeteer') return undefined;
  const page = session.browser.getPage(session.id);
  return page.browser().protocol === 'cdp' ? page : undefined;
}

/** One CDP session per page: emulation lasts as long as its session. */
const cdpSessions = new WeakMap();

/**
 * `emulate-media-features`: `{ media?: 'print' | 'screen', features: [{ name,
 * value }] }` emulates a media type and media features (`forced-colors`,
 * `prefers-reduced-motion`, `prefers-color-scheme`…), replacing what this
 * command emulated before; `{ features: [] }` ends it. The stock
 * `emulate-media` command and puppeteer's `emulateMediaFeatures()` refuse
 * `forced-colors`, so this speaks CDP (`Emulation.setEmulatedMedia`)
 * itself. Answers true, or false where it cannot.
 */
export function emulateMediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = cdpPage(session);
      if (!page) return false;
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
        media: payload?.media ?? '',
        features: payload?.features ?? [],
      });
      return true;
    },
  };
}

/**
 * `a11y-tree`: the page's whole accessibility tree, as puppeteer's
 * `page.accessibility.snapshot({ interestingOnly: false })` gives it. The
 * stock `a11y-snapshot` command keeps only "interesting" nodes, which drops
 * notes and lists. `can-a11y-tree` says whether this browser can.
 */
export function a11yTreePlugin() {
  return {
    name: 'a11y-tree',
    async executeCommand({ command, session }) {
      if (command === 'can-a11y-tree') return cdpPage(session) !== undefined;
      if (command !== 'a11y-tree') return undefined;
      const page = cdpPage(session);
      if (!page) throw new Error('a11y-tree needs the Chrome DevTools Protocol');
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
