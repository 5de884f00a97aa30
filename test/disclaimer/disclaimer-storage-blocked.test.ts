import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { CstDisclaimer } from '../../src/components/disclaimer/disclaimer.js';
import { collectErrors, shadow } from '../helpers.js';
import { CONTENT_REVIEW } from '../../src/content/review.js';

/**
 * A page where every read of `window.localStorage` throws, as in a sandboxed
 * frame or with site data blocked. Storage is blocked for the whole page,
 * before any widget renders, as a browser does it. (Blocking it halfway
 * through a page is no real case, and WebKit's JIT goes on calling the
 * original getter from code that already ran: the widget then read the
 * stored dismissal and the test failed for a reason no visitor can meet.)
 */
const KEY = 'cst-disclaimer-dismissed:inline';
const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
// A dismissal stored before storage was blocked, which must not be read.
localStorage.setItem(
  KEY,
  JSON.stringify({
    revision: `${CONTENT_REVIEW.version}|`,
    until: Date.now() + 86_400_000,
  }),
);
Object.defineProperty(window, 'localStorage', {
  configurable: true,
  get() {
    throw new DOMException('blocked', 'SecurityError');
  },
});

function base(el: CstDisclaimer) {
  return shadow(el).querySelector('[part~="base"]');
}

async function dismiss(el: CstDisclaimer) {
  const button = shadow(el).querySelector<HTMLButtonElement>('[part~="close-button"]');
  expect(button, 'dismiss button').to.exist;
  button!.click();
  await el.updateComplete;
}

describe('<cst-disclaimer> when localStorage throws on access', () => {
  after(() => {
    if (original) Object.defineProperty(window, 'localStorage', original);
    else Reflect.deleteProperty(window, 'localStorage');
    localStorage.removeItem(KEY);
    sessionStorage.removeItem(KEY);
  });

  it('runs in a page whose localStorage throws', () => {
    expect(() => window.localStorage).to.throw(DOMException);
  });

  it('shows, and is dismissed by its button, without an error', async () => {
    const errors = await collectErrors(async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible></cst-disclaimer>`,
      );
      expect(base(el)).to.exist;
      await dismiss(el);
      expect(base(el)).to.equal(null);
    });
    expect(errors).to.deep.equal([]);
  });

  it('still remembers a dismissal in sessionStorage with remember="session"', async () => {
    const el = await fixture<CstDisclaimer>(
      html`<cst-disclaimer dismissible remember="session" revision="s"></cst-disclaimer>`,
    );
    await dismiss(el);
    expect(base(el)).to.equal(null);
    // The content version, then the site's revision (src/content/review.ts).
    expect(JSON.parse(sessionStorage.getItem(KEY)!).revision).to.match(/^[\d.]+\|s$/);
  });
});
