import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CstDisclaimer } from '../../src/components/disclaimer/disclaimer.js';
import { CONTENT_REVIEW } from '../../src/content/review.js';
import { shadow } from '../helpers.js';

/**
 * Each banner remembers its own dismissal, under a key the site can name
 * (its `id`), and a dismissal made in another tab closes it here.
 */

const PREFIX = 'cst-disclaimer-dismissed:';

function base(el: CstDisclaimer) {
  return shadow(el).querySelector('[part~="base"]');
}

async function dismiss(el: CstDisclaimer) {
  shadow(el).querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
  await el.updateComplete;
}

/** A dismissal as a banner stores it, for the site's `revision`. */
const record = (revision = '') =>
  JSON.stringify({
    revision: `${CONTENT_REVIEW.version}|${revision}`,
    until: Date.now() + 86_400_000,
  });

/**
 * Writes `value` under `key` as another tab of the site would: the browser
 * then fires `storage` in this one.
 */
function fromAnotherTab(key: string, value: string | null) {
  const oldValue = localStorage.getItem(key);
  if (value === null) localStorage.removeItem(key);
  else localStorage.setItem(key, value);
  window.dispatchEvent(
    new StorageEvent('storage', {
      key,
      oldValue,
      newValue: value,
      storageArea: localStorage,
    }),
  );
}

function ourKeys(): string[] {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith(PREFIX))
    .sort();
}

describe('<cst-disclaimer> dismissal per banner', () => {
  const clear = () => {
    for (const key of ourKeys()) localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
  };
  beforeEach(clear);
  afterEach(clear);

  it('two banners without an id have keys of their own, and do not undo each other', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <cst-disclaimer position="top" dismissible></cst-disclaimer>
        <cst-disclaimer position="top" dismissible><p>Another notice.</p></cst-disclaimer>
        <cst-disclaimer dismissible></cst-disclaimer>
      </div>`,
    );
    const [first, second, inline] = [
      ...root.querySelectorAll<CstDisclaimer>('cst-disclaimer'),
    ];
    await Promise.all([first, second, inline].map((el) => el!.updateComplete));
    await dismiss(second!);
    expect(base(second!)).to.equal(null);
    expect(base(first!)).to.exist;
    expect(base(inline!)).to.exist;
    await dismiss(first!);
    await dismiss(inline!);
    expect(ourKeys()).to.deep.equal([
      `${PREFIX}inline`,
      `${PREFIX}top`,
      `${PREFIX}top-2`,
    ]);
  });

  it('a note made dismissible later is counted among all inline notes for its key', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <cst-disclaimer></cst-disclaimer>
        <cst-disclaimer></cst-disclaimer>
      </div>`,
    );
    const [first, second] = [...root.querySelectorAll<CstDisclaimer>('cst-disclaimer')];
    await Promise.all([first, second].map((el) => el!.updateComplete));
    second!.dismissible = true;
    await second!.updateComplete;
    await dismiss(second!);
    expect(base(first!)).to.exist;
    expect(ourKeys()).to.deep.equal([`${PREFIX}inline-2`]);
  });

  it('an id names the key, so the banner is remembered wherever it is on the site', async () => {
    const el = await fixture<CstDisclaimer>(
      html`<cst-disclaimer
        id="site-notice"
        position="bottom"
        dismissible
      ></cst-disclaimer>`,
    );
    await dismiss(el);
    expect(ourKeys()).to.deep.equal([`${PREFIX}site-notice`]);
    el.remove();
    const elsewhere = await fixture<CstDisclaimer>(
      html`<div>
        <p>Other page</p>
        <cst-disclaimer id="site-notice" dismissible></cst-disclaimer>
      </div>`,
    );
    const again = elsewhere.querySelector<CstDisclaimer>('cst-disclaimer')!;
    await again.updateComplete;
    expect(base(again)).to.equal(null);
  });

  for (const id of [
    '  ',
    '<img src=x onerror=alert(1)>',
    'ünï cödé 名前',
    'x'.repeat(500),
  ]) {
    it(`takes any id as a key without harm (${JSON.stringify(id.slice(0, 20))})`, async () => {
      const el = document.createElement('cst-disclaimer') as CstDisclaimer;
      el.id = id;
      el.dismissible = true;
      await fixture(el);
      await dismiss(el);
      const name = id.trim() || 'inline';
      expect(ourKeys()).to.deep.equal([`${PREFIX}${name}`]);
      expect(document.querySelector('img[src="x"]')).to.equal(null);
    });
  }

  it('changing the id reads the dismissal stored under the new one', async () => {
    localStorage.setItem(`${PREFIX}old-notice`, record());
    const el = await fixture<CstDisclaimer>(
      html`<cst-disclaimer id="new-notice" dismissible></cst-disclaimer>`,
    );
    expect(base(el)).to.exist;
    el.id = 'old-notice';
    await el.updateComplete;
    expect(base(el)).to.equal(null);
  });

  it('a dismissal in another tab closes the banner here, focus moving on', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <cst-disclaimer id="synced" position="top" dismissible></cst-disclaimer>
        <button id="after">After</button>
      </div>`,
    );
    const el = root.querySelector<CstDisclaimer>('cst-disclaimer')!;
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('[part~="close-button"]')!.focus();
    fromAnotherTab(`${PREFIX}synced`, record());
    await el.updateComplete;
    expect(base(el)).to.equal(null);
    expect(document.activeElement).to.equal(root.querySelector('#after'));
  });

  it('another tab’s change to another key, or a record that does not match, changes nothing', async () => {
    const el = await fixture<CstDisclaimer>(
      html`<cst-disclaimer id="mine" dismissible revision="r2"></cst-disclaimer>`,
    );
    fromAnotherTab(`${PREFIX}someone-else`, record('r2'));
    fromAnotherTab(`${PREFIX}mine`, record('r1'));
    fromAnotherTab(`${PREFIX}mine`, '{broken');
    await el.updateComplete;
    expect(base(el)).to.exist;
  });

  it('shows again when another tab clears the storage', async () => {
    localStorage.setItem(`${PREFIX}cleared`, record());
    const el = await fixture<CstDisclaimer>(
      html`<cst-disclaimer id="cleared" dismissible></cst-disclaimer>`,
    );
    expect(base(el)).to.equal(null);
    localStorage.removeItem(`${PREFIX}cleared`);
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    await el.updateComplete;
    expect(base(el)).to.exist;
  });

  it('reads each key from storage once, however many banners render', async () => {
    const original = Storage.prototype.getItem;
    const reads = new Map<string, number>();
    Storage.prototype.getItem = function getItem(this: Storage, key: string) {
      reads.set(key, (reads.get(key) ?? 0) + 1);
      return original.call(this, key);
    };
    try {
      const root = await fixture<HTMLElement>(
        `<div>${'<cst-disclaimer id="many" dismissible></cst-disclaimer>'.repeat(20)}</div>`,
      );
      const banners = [...root.querySelectorAll<CstDisclaimer>('cst-disclaimer')];
      await Promise.all(banners.map((el) => el.updateComplete));
      for (const el of banners) {
        el.revision = 'v2';
        await el.updateComplete;
      }
      expect(reads.get(`${PREFIX}many`)).to.equal(1);
    } finally {
      Storage.prototype.getItem = original;
    }
  });

  it('a dismissal here closes the other banners with the same id on the page', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <cst-disclaimer id="twice" dismissible></cst-disclaimer>
      </div>`,
    );
    const first = root.querySelector<CstDisclaimer>('cst-disclaimer')!;
    // Another part of the app shows the same notice (it names it the same).
    const inOtherRoot = document.createElement('div');
    inOtherRoot.attachShadow({ mode: 'open' }).innerHTML =
      '<cst-disclaimer id="twice" dismissible></cst-disclaimer>';
    root.append(inOtherRoot);
    const second =
      inOtherRoot.shadowRoot!.querySelector<CstDisclaimer>('cst-disclaimer')!;
    await Promise.all([first.updateComplete, second.updateComplete]);
    await dismiss(first);
    await waitUntil(() => base(second) === null, 'the other banner stayed', {
      timeout: 2000,
    });
  });
});
