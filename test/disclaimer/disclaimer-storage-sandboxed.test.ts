import { expect } from '@open-wc/testing';

/**
 * The drop-in script inside a frame sandboxed without allow-same-origin, as a
 * site builder's preview, an ad slot or an embed may run it: the frame has an
 * opaque origin, so the browser itself makes every read of localStorage and
 * sessionStorage throw a SecurityError (no stub). The script and its language
 * files come from the test server, which serves /dist/ to any origin
 * (scripts/test-server.mjs), as a CDN would.
 */
const SCRIPT = new URL('/dist/cst-widgets.js', location.href).href;

interface FrameReport {
  localStorageThrows: string;
  sessionStorageThrows: string;
  results: { remember: string; shown: boolean; dismissed: boolean; stays: boolean }[];
  french: string;
  errors: string[];
}

/**
 * Runs inside the sandboxed frame (its source is written into `srcdoc`), so it
 * may use nothing from this module: it reports to the parent by postMessage.
 */
async function inSandboxedFrame(script: string) {
  type Banner = HTMLElement & { updateComplete: Promise<boolean> };
  const errors: string[] = [];
  const report = (data: unknown) => parent.postMessage({ sandboxed: data }, '*');
  addEventListener('error', (event) => errors.push(event.message));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const originalError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError(...args);
  };
  const throws = (read: () => unknown) => {
    try {
      read();
      return '';
    } catch (error) {
      return (error as Error).name;
    }
  };
  const settle = async (el: Banner) => {
    for (let round = 0; round < 3; round += 1) await el.updateComplete;
  };
  const base = (el: Banner) => el.shadowRoot!.querySelector('[part~="base"]');
  try {
    await import(script);
    const results = [];
    for (const remember of ['local', 'session', 'none']) {
      const el = document.createElement('cst-disclaimer') as Banner;
      el.setAttribute('dismissible', '');
      el.setAttribute('remember', remember);
      el.setAttribute('revision', 'r1');
      document.body.append(el);
      await settle(el);
      const shown = base(el) !== null;
      el.shadowRoot!.querySelector<HTMLElement>('[part~="close-button"]')!.click();
      await settle(el);
      const dismissed = base(el) === null;
      // For the life of the page: re-rendered, moved and re-added, it stays dismissed.
      el.setAttribute('position', 'top');
      el.setAttribute('dismiss-label', 'Close');
      el.remove();
      document.body.prepend(el);
      await settle(el);
      results.push({ remember, shown, dismissed, stays: base(el) === null });
    }
    const french = document.createElement('cst-disclaimer') as Banner;
    french.lang = 'fr';
    document.body.append(french);
    await settle(french);
    report({
      localStorageThrows: throws(() => window.localStorage),
      sessionStorageThrows: throws(() => window.sessionStorage),
      results,
      french: french.shadowRoot!.textContent!,
      errors,
    });
  } catch (error) {
    report({ errors: [...errors, String(error)] });
  }
}

function runInSandboxedFrame(): Promise<FrameReport> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    const source = `(${inSandboxedFrame.toString()})(${JSON.stringify(SCRIPT)});`;
    frame.srcdoc = `<!doctype html><body><script type="module">${source}</script>`;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !event.data?.sandboxed) return;
      removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data.sandboxed as FrameReport);
    };
    addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

describe('<cst-disclaimer> in a frame sandboxed without allow-same-origin', () => {
  let report: FrameReport;

  before(async () => {
    report = await runInSandboxedFrame();
  });

  it('runs where the browser makes localStorage and sessionStorage throw', () => {
    expect(report.errors).to.deep.equal([]);
    expect(report.localStorageThrows).to.equal('SecurityError');
    expect(report.sessionStorageThrows).to.equal('SecurityError');
  });

  for (const remember of ['local', 'session', 'none']) {
    it(`remember="${remember}": shows, dismisses, and stays dismissed for the page's life`, () => {
      const result = report.results.find((r) => r.remember === remember);
      expect(result).to.deep.equal({
        remember,
        shown: true,
        dismissed: true,
        stays: true,
      });
    });
  }

  it('loads a language file from the script’s origin', () => {
    expect(report.french).to.contain('thérapie');
  });

  it('logs no error and throws nothing', () => {
    expect(report.errors).to.deep.equal([]);
  });
});
