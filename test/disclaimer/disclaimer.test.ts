import {
  elementUpdated,
  expect,
  fixture,
  html,
  oneEvent,
  waitUntil,
} from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CstDisclaimer } from '../../src/components/disclaimer/disclaimer.js';
import { CstDismissEvent } from '../../src/components/disclaimer/dismiss-event.js';
import { collectErrors, inDarkMode, itEmulatingMedia, shadow, text } from '../helpers.js';
import { CONTENT_REVIEW } from '../../src/content/review.js';

/** The key of the first inline banner of a page without an `id`. */
const KEY = 'cst-disclaimer-dismissed:inline';
const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** The background of the banner in each scheme (`--cst-disclaimer-surface`). */
const LIGHT_SURFACE = 'rgb(255, 247, 224)';
const DARK_SURFACE = 'rgb(46, 39, 22)';

interface DismissalRecord {
  revision: string;
  until: number;
}

/**
 * Tells the widgets that storage changed, as the browser does when another
 * tab changes it: they read it once and then follow these events.
 */
function changed(storage: Storage | null, key: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key, storageArea: storage }));
}

function clearStorage() {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      window[name].removeItem(KEY);
    } catch {
      // A test may have blocked storage; it restores it itself.
    }
  }
  changed(null, null);
}

function base(el: CstDisclaimer) {
  return shadow(el).querySelector<HTMLElement>('[part~="base"]');
}

function message(el: CstDisclaimer) {
  return shadow(el).querySelector<HTMLElement>('[part~="message"]');
}

function closeButton(el: CstDisclaimer) {
  return shadow(el).querySelector<HTMLButtonElement>('[part~="close-button"]');
}

/** The button's visible text (its name adds "health disclaimer" for screen readers). */
function visibleLabel(el: CstDisclaimer) {
  const button = closeButton(el)!;
  return [...button.querySelectorAll('span')]
    .filter((span) => !span.classList.contains('visually-hidden'))
    .map((span) => span.textContent)
    .join('')
    .trim();
}

function spacer(el: CstDisclaimer) {
  return shadow(el).querySelector<HTMLElement>('.spacer');
}

/** The default text rendered in the shadow root (slotted text is not included). */
function ownText(el: CstDisclaimer) {
  return message(el)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function showsDefaultText(el: CstDisclaimer) {
  return ownText(el).includes('complementary therapy');
}

/**
 * Stores a dismissal as the widget does: its revision is the content
 * version and the site's `revision` (src/content/review.ts). A string is
 * stored as it is.
 */
function store(storage: Storage, record: unknown) {
  const value =
    typeof record === 'string'
      ? record
      : JSON.stringify({
          ...(record as DismissalRecord),
          revision: `${CONTENT_REVIEW.version}|${(record as DismissalRecord).revision}`,
        });
  storage.setItem(KEY, value);
  changed(storage, KEY);
}

/** The stored dismissal, with the site's revision alone (as it was stored by `store`). */
function readRecord(storage: Storage): DismissalRecord | null {
  const raw = storage.getItem(KEY);
  if (raw === null) return null;
  const record = JSON.parse(raw) as DismissalRecord;
  const prefix = `${CONTENT_REVIEW.version}|`;
  expect(record.revision.startsWith(prefix), 'content version first').to.equal(true);
  return { ...record, revision: record.revision.slice(prefix.length) };
}

async function dismiss(el: CstDisclaimer) {
  const button = closeButton(el);
  expect(button, 'dismiss button').to.exist;
  button!.click();
  await el.updateComplete;
}

/** Waits until the spacer of a fixed banner has the banner's height. */
async function spacerMatchesBanner(el: CstDisclaimer) {
  await waitUntil(
    () => {
      const height = base(el)?.offsetHeight ?? 0;
      return height > 0 && spacer(el)?.offsetHeight === height;
    },
    'spacer height never matched the banner height',
    { timeout: 2000 },
  );
}

/** Dismisses `el`, then checks the stored record lasts `days` days from now. */
async function expectRememberedFor(el: CstDisclaimer, days: number) {
  const before = Date.now();
  await dismiss(el);
  const after = Date.now();
  const record = readRecord(localStorage);
  expect(record).to.not.equal(null);
  expect(record!.revision).to.equal(el.revision);
  expect(record!.until).to.be.within(
    before + days * DAY_MS - MINUTE_MS,
    after + days * DAY_MS + MINUTE_MS,
  );
}

describe('<cst-disclaimer>', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  describe('defaults', () => {
    it('renders the default disclaimer text', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      const own = ownText(el);
      expect(own).to.contain('complementary therapy');
      expect(own).to.contain('does not replace medical care');
      expect(own).to.contain('doctor');
      expect(own).to.contain('medicines');
    });

    it('has no dismiss button', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      expect(closeButton(el)).to.equal(null);
      expect(shadow(el).querySelector('button')).to.equal(null);
    });

    it('is a note with an accessible name', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      expect(base(el)!.getAttribute('role')).to.equal('note');
      expect(base(el)!.getAttribute('aria-label')?.trim()).to.equal('Health disclaimer');
    });

    it('sits inline in the page flow', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      expect(base(el)!.classList.contains('position-inline')).to.equal(true);
      expect(getComputedStyle(base(el)!).position).to.equal('static');
      expect(spacer(el)).to.equal(null);
    });
  });

  describe('default slot', () => {
    it('replaces the default text with slotted content', async () => {
      const el = await fixture<CstDisclaimer>(html`
        <cst-disclaimer
          ><p id="custom">Our own words about the therapy.</p></cst-disclaimer
        >
      `);
      const custom = el.querySelector<HTMLElement>('#custom')!;
      expect(showsDefaultText(el)).to.equal(false);
      expect(text(el)).to.not.contain('complementary therapy');
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedElements()).to.include(custom);
      expect(custom.offsetHeight).to.be.greaterThan(0);
    });

    it('keeps the default text when the children are only whitespace', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer> </cst-disclaimer>`);
      expect(el.childNodes.length).to.be.greaterThan(0);
      expect(showsDefaultText(el)).to.equal(true);
    });

    it('switches between default and slotted text at runtime', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      const slot = shadow(el).querySelector('slot')!;
      expect(showsDefaultText(el)).to.equal(true);

      const custom = document.createElement('p');
      custom.textContent = 'Added later.';
      let changed = oneEvent(slot, 'slotchange');
      el.append(custom);
      await changed;
      await el.updateComplete;
      expect(showsDefaultText(el)).to.equal(false);

      changed = oneEvent(slot, 'slotchange');
      custom.remove();
      await changed;
      await el.updateComplete;
      expect(showsDefaultText(el)).to.equal(true);
    });

    it('keeps the default text when only whitespace is added at runtime', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      const slot = shadow(el).querySelector('slot')!;
      const changed = oneEvent(slot, 'slotchange');
      el.append(document.createTextNode('  \n  '));
      await changed;
      await el.updateComplete;
      expect(showsDefaultText(el)).to.equal(true);
    });
  });

  describe('position', () => {
    for (const position of ['top', 'bottom']) {
      it(`"${position}" is fixed, a region, and keeps its space`, async () => {
        const el = await fixture<CstDisclaimer>(
          html`<cst-disclaimer position=${position}></cst-disclaimer>`,
        );
        expect(base(el)!.classList.contains(`position-${position}`)).to.equal(true);
        expect(getComputedStyle(base(el)!).position).to.equal('fixed');
        expect(base(el)!.getAttribute('role')).to.equal('region');
        expect(base(el)!.getAttribute('aria-label')?.trim()).to.equal(
          'Health disclaimer',
        );
        expect(spacer(el)).to.exist;
        await spacerMatchesBanner(el);
      });
    }

    it('pins "top" to the top edge and "bottom" to the bottom edge', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer position="top"></cst-disclaimer>`,
      );
      expect(base(el)!.getBoundingClientRect().top).to.equal(0);
      el.position = 'bottom';
      await el.updateComplete;
      expect(base(el)!.getBoundingClientRect().bottom).to.be.closeTo(
        window.innerHeight,
        1,
      );
    });

    it('resizes the spacer when the banner grows', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer position="top"><p>Short.</p></cst-disclaimer>`,
      );
      await spacerMatchesBanner(el);
      const before = spacer(el)!.offsetHeight;
      el.querySelector('p')!.textContent = 'A much longer text. '.repeat(5);
      el.querySelector('p')!.append(document.createElement('br'), 'More.');
      await waitUntil(() => spacer(el)!.offsetHeight > before, 'spacer did not grow', {
        timeout: 2000,
      });
      await spacerMatchesBanner(el);
    });

    it('keeps the spacer in step after the element is moved in the page', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer position="top"><p>Short.</p></cst-disclaimer>`,
      );
      await spacerMatchesBanner(el);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      const before = base(el)!.offsetHeight;
      const paragraph = el.querySelector('p')!;
      paragraph.append(document.createElement('br'), 'A second line.');
      paragraph.append(document.createElement('br'), 'A third line.');
      expect(base(el)!.offsetHeight).to.be.greaterThan(before);
      await spacerMatchesBanner(el);
    });

    it('normalises case and surrounding spaces ("TOP ")', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer position="TOP "></cst-disclaimer>`,
      );
      expect(base(el)!.className).to.equal('position-top');
      expect(getComputedStyle(base(el)!).position).to.equal('fixed');
    });

    for (const position of ['middle', '', '<b>x</b>']) {
      it(`falls back to inline for ${JSON.stringify(position)}`, async () => {
        const el = await fixture<CstDisclaimer>(
          html`<cst-disclaimer position=${position}></cst-disclaimer>`,
        );
        expect(base(el)!.className).to.equal('position-inline');
        expect(base(el)!.getAttribute('role')).to.equal('note');
        expect(getComputedStyle(base(el)!).position).to.equal('static');
        expect(spacer(el)).to.equal(null);
        expect(shadow(el).querySelector('b')).to.equal(null);
      });
    }
  });

  describe('dismissible', () => {
    it('shows a visible "Dismiss" button', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible></cst-disclaimer>`,
      );
      const button = closeButton(el)!;
      expect(button).to.exist;
      expect(visibleLabel(el)).to.equal('Dismiss');
      expect(button.offsetWidth).to.be.greaterThan(0);
      expect(button.offsetHeight).to.be.greaterThan(0);
    });

    it('uses dismiss-label as the button text', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible dismiss-label="Got it"></cst-disclaimer>`,
      );
      expect(visibleLabel(el)).to.equal('Got it');
    });

    it('falls back to "Dismiss" for a blank dismiss-label', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible dismiss-label="   "></cst-disclaimer>`,
      );
      expect(visibleLabel(el)).to.equal('Dismiss');
    });

    it('renders markup in dismiss-label as text', async () => {
      const label = '<img src=x onerror=alert(1)>';
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible dismiss-label=${label}></cst-disclaimer>`,
      );
      expect(visibleLabel(el)).to.equal(label);
      expect(shadow(el).querySelector('img')).to.equal(null);
    });

    it('is dismissed by a click', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible remember="none"></cst-disclaimer>`,
      );
      await dismiss(el);
      expect(base(el)).to.equal(null);
      expect(closeButton(el)).to.equal(null);
    });

    for (const key of ['Enter', ' ']) {
      it(`is dismissed by ${key === ' ' ? 'Space' : key} on the focused button`, async () => {
        const el = await fixture<CstDisclaimer>(
          html`<cst-disclaimer dismissible remember="none"></cst-disclaimer>`,
        );
        closeButton(el)!.focus();
        expect(shadow(el).activeElement).to.equal(closeButton(el));
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(base(el)).to.equal(null);
      });
    }

    it('removes the spacer of a fixed banner when dismissed', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer
          dismissible
          remember="none"
          position="bottom"
        ></cst-disclaimer>`,
      );
      await spacerMatchesBanner(el);
      await dismiss(el);
      expect(base(el)).to.equal(null);
      expect(spacer(el)).to.equal(null);
      expect(el.offsetHeight).to.equal(0);
    });
  });

  describe('cst-dismiss event', () => {
    it('is a bubbling, composed, cancelable CstDismissEvent with the revision', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="2024-06"></cst-disclaimer>`,
      );
      const fired = oneEvent<CstDismissEvent>(el, 'cst-dismiss');
      closeButton(el)!.click();
      const event = await fired;
      expect(event).to.be.instanceOf(CstDismissEvent);
      expect(event.type).to.equal('cst-dismiss');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(true);
      expect(event.revision).to.equal('2024-06');
    });

    it('carries an empty revision when none is set', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible></cst-disclaimer>`,
      );
      const fired = oneEvent<CstDismissEvent>(el, 'cst-dismiss');
      closeButton(el)!.click();
      expect((await fired).revision).to.equal('');
    });

    it('reaches a listener on document', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="r7"></cst-disclaimer>`,
      );
      const fired = oneEvent<CstDismissEvent>(document, 'cst-dismiss');
      closeButton(el)!.click();
      const event = await fired;
      expect(event.target).to.equal(el);
      expect(event.revision).to.equal('r7');
    });

    it('keeps the banner open and stores nothing when prevented', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="r1"></cst-disclaimer>`,
      );
      let calls = 0;
      el.addEventListener('cst-dismiss', (event) => {
        calls += 1;
        event.preventDefault();
      });
      await dismiss(el);
      expect(calls).to.equal(1);
      expect(base(el)).to.exist;
      expect(closeButton(el)).to.exist;
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });
  });

  describe('remember', () => {
    it('stores {revision, until} in localStorage for 365 days by default', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="v2"></cst-disclaimer>`,
      );
      await expectRememberedFor(el, 365);
      expect(Object.keys(readRecord(localStorage)!).sort()).to.deep.equal([
        'revision',
        'until',
      ]);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });

    for (const [days, expected] of [
      ['1', 1],
      [' 7 ', 7],
      ['30', 30],
      ['3650', 3650],
    ] as const) {
      it(`accepts remember-days=${JSON.stringify(days)}`, async () => {
        const el = await fixture<CstDisclaimer>(
          html`<cst-disclaimer dismissible remember-days=${days}></cst-disclaimer>`,
        );
        await expectRememberedFor(el, expected);
      });
    }

    for (const days of ['-5', '0', 'abc', '1e3', '99999', '3651', '']) {
      it(`falls back to 365 days for remember-days=${JSON.stringify(days)}`, async () => {
        const el = await fixture<CstDisclaimer>(
          html`<cst-disclaimer dismissible remember-days=${days}></cst-disclaimer>`,
        );
        await expectRememberedFor(el, 365);
      });
    }

    it('remember="session" writes sessionStorage only', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer
          dismissible
          remember="session"
          revision="s1"
        ></cst-disclaimer>`,
      );
      await dismiss(el);
      expect(readRecord(sessionStorage)?.revision).to.equal('s1');
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('remember="none" writes no storage', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible remember="none"></cst-disclaimer>`,
      );
      await dismiss(el);
      expect(base(el)).to.equal(null);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });

    it('falls back to local for an invalid remember ("forever")', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible remember="forever"></cst-disclaimer>`,
      );
      await expectRememberedFor(el, 365);
      expect(sessionStorage.getItem(KEY)).to.equal(null);
    });

    it('reads remember case-insensitively (" Session ")', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible remember=" Session "></cst-disclaimer>`,
      );
      await dismiss(el);
      expect(sessionStorage.getItem(KEY)).to.not.equal(null);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });
  });

  describe('stored dismissal', () => {
    const future = () => Date.now() + DAY_MS;

    it('hides a new element with the same revision', async () => {
      store(localStorage, { revision: 'v1', until: future() });
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="v1"></cst-disclaimer>`,
      );
      expect(base(el)).to.equal(null);
    });

    it('hides a new element after a real dismissal', async () => {
      const first = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="v1"></cst-disclaimer>`,
      );
      await dismiss(first);
      first.remove(); // As on the next page of the site.
      const second = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="v1"></cst-disclaimer>`,
      );
      expect(base(second)).to.equal(null);
    });

    it('shows an element with a different revision', async () => {
      store(localStorage, { revision: 'v1', until: future() });
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="v2"></cst-disclaimer>`,
      );
      expect(base(el)).to.exist;
    });

    it('shows the element again when the record has expired', async () => {
      store(localStorage, { revision: 'v1', until: Date.now() - MINUTE_MS });
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="v1"></cst-disclaimer>`,
      );
      expect(base(el)).to.exist;
    });

    for (const raw of ['{not json', 'null', '"x"', '{"revision":"v1","until":"9e15"}']) {
      it(`shows the element for a corrupt record ${raw}`, async () => {
        store(localStorage, raw);
        const errors = await collectErrors(async () => {
          const el = await fixture<CstDisclaimer>(
            html`<cst-disclaimer dismissible revision="v1"></cst-disclaimer>`,
          );
          expect(base(el)).to.exist;
        });
        expect(errors).to.deep.equal([]);
      });
    }

    it('is ignored by an element that is not dismissible', async () => {
      store(localStorage, { revision: 'v1', until: future() });
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer revision="v1"></cst-disclaimer>`,
      );
      expect(base(el)).to.exist;
    });

    it('is read from sessionStorage with remember="session"', async () => {
      store(sessionStorage, { revision: 'v1', until: future() });
      const session = await fixture<CstDisclaimer>(
        html`<cst-disclaimer
          dismissible
          remember="session"
          revision="v1"
        ></cst-disclaimer>`,
      );
      expect(base(session)).to.equal(null);
      const local = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="v1"></cst-disclaimer>`,
      );
      expect(base(local)).to.exist;
    });

    it('shows the banner again when revision changes after a dismissal', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible remember="none" revision="1"></cst-disclaimer>`,
      );
      await dismiss(el);
      expect(base(el)).to.equal(null);
      el.setAttribute('revision', '2');
      await elementUpdated(el);
      expect(base(el)).to.exist;
      await dismiss(el);
      expect(base(el)).to.equal(null);
    });
  });

  describe('storage faults', () => {
    let restore: (() => void) | undefined;

    afterEach(() => {
      restore?.();
      restore = undefined;
    });

    /** Makes `Storage#setItem` throw, as a full quota does; counts the calls. */
    function fillQuota() {
      const original = Storage.prototype.setItem;
      const calls = { count: 0 };
      Storage.prototype.setItem = function setItem() {
        calls.count += 1;
        throw new DOMException('full', 'QuotaExceededError');
      };
      restore = () => {
        Storage.prototype.setItem = original;
      };
      return calls;
    }

    /**
     * Renders `template`, checks that the banner shows and is dismissed by its
     * button, and that nothing was thrown or logged on the way.
     */
    async function expectShowsAndDismisses(
      template = html`<cst-disclaimer dismissible></cst-disclaimer>`,
    ) {
      const errors = await collectErrors(async () => {
        const el = await fixture<CstDisclaimer>(template);
        expect(base(el)).to.exist;
        await dismiss(el);
        expect(base(el)).to.equal(null);
      });
      expect(errors).to.deep.equal([]);
    }

    // A localStorage that throws on access is tested in its own page:
    // disclaimer-storage-blocked.test.ts.

    it('shows and dismisses when setItem throws QuotaExceededError', async () => {
      const calls = fillQuota();
      await expectShowsAndDismisses(
        html`<cst-disclaimer dismissible revision="q"></cst-disclaimer>`,
      );
      expect(calls.count).to.equal(1);
      restore!();
      restore = undefined;
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('shows and dismisses when the browser’s own localStorage quota is full', async () => {
      // Fill the real quota, down to a single character, until the browser refuses.
      const keys: string[] = [];
      restore = () => keys.forEach((key) => localStorage.removeItem(key));
      for (let size = 2 ** 20; size >= 1;) {
        const key = `cst-test-fill-${keys.length}`;
        try {
          localStorage.setItem(key, 'x'.repeat(size));
          keys.push(key);
        } catch {
          size = Math.floor(size / 2);
        }
      }
      expect(() => localStorage.setItem(KEY, '{}')).to.throw();
      await expectShowsAndDismisses(
        html`<cst-disclaimer dismissible revision="full"></cst-disclaimer>`,
      );
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('shows and dismisses with remember="session" when setItem throws', async () => {
      const calls = fillQuota();
      await expectShowsAndDismisses(
        html`<cst-disclaimer dismissible remember="session"></cst-disclaimer>`,
      );
      expect(calls.count).to.equal(1);
    });

    it('shows when getItem throws', async () => {
      const original = Storage.prototype.getItem;
      Storage.prototype.getItem = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      restore = () => {
        Storage.prototype.getItem = original;
      };
      await expectShowsAndDismisses();
    });
  });

  describe('attribute changes after first render', () => {
    it('updates the position', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      el.setAttribute('position', 'top');
      await elementUpdated(el);
      expect(base(el)!.className).to.equal('position-top');
      expect(getComputedStyle(base(el)!).position).to.equal('fixed');
      expect(base(el)!.getAttribute('role')).to.equal('region');
      await spacerMatchesBanner(el);

      el.setAttribute('position', 'bottom');
      await elementUpdated(el);
      expect(base(el)!.className).to.equal('position-bottom');
      await spacerMatchesBanner(el);

      el.setAttribute('position', 'inline');
      await elementUpdated(el);
      expect(base(el)!.className).to.equal('position-inline');
      expect(getComputedStyle(base(el)!).position).to.equal('static');
      expect(base(el)!.getAttribute('role')).to.equal('note');
      expect(spacer(el)).to.equal(null);
    });

    it('shows and hides the button as dismissible toggles', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      el.setAttribute('dismissible', '');
      await elementUpdated(el);
      expect(closeButton(el)).to.exist;
      el.removeAttribute('dismissible');
      await elementUpdated(el);
      expect(closeButton(el)).to.equal(null);
      expect(base(el)).to.exist;
    });

    it('hides the banner when dismissible is added and a dismissal is stored', async () => {
      store(localStorage, { revision: '', until: Date.now() + DAY_MS });
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      expect(base(el)).to.exist;
      el.setAttribute('dismissible', '');
      await elementUpdated(el);
      expect(base(el)).to.equal(null);
    });

    it('updates the button text when dismiss-label changes', async () => {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible dismiss-label="Close"></cst-disclaimer>`,
      );
      expect(visibleLabel(el)).to.equal('Close');
      el.setAttribute('dismiss-label', 'Hide');
      await elementUpdated(el);
      expect(visibleLabel(el)).to.equal('Hide');
      el.removeAttribute('dismiss-label');
      await elementUpdated(el);
      expect(visibleLabel(el)).to.equal('Dismiss');
    });
  });

  describe('theme', () => {
    for (const [theme, scheme] of [
      ['dark', 'dark'],
      ['light', 'light'],
      ['DARK', 'dark'],
      ['auto', 'light dark'],
      ['blue', 'normal'],
    ] as const) {
      it(`theme="${theme}" gives color-scheme "${scheme}"`, async () => {
        const el = await fixture<CstDisclaimer>(
          html`<cst-disclaimer theme=${theme}></cst-disclaimer>`,
        );
        expect(el.getAttribute('theme')).to.equal(theme);
        expect(getComputedStyle(el).colorScheme).to.equal(scheme);
      });
    }

    it("defaults to the page's colour scheme without adding an attribute", async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      expect(el.hasAttribute('theme')).to.equal(false);
      // The test page declares none.
      expect(getComputedStyle(el).colorScheme).to.equal('normal');
      expect(getComputedStyle(base(el)!).backgroundColor).to.equal(LIGHT_SURFACE);
    });

    it('reflects the theme property to the attribute', async () => {
      const el = await fixture<CstDisclaimer>(html`<cst-disclaimer></cst-disclaimer>`);
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      el.theme = 'light';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('light');
      expect(getComputedStyle(el).colorScheme).to.equal('light');
    });

    it('in auto, paints the surface of the system colour scheme, whichever it is', async () => {
      // Runs in every engine; the emulated dark scheme is tested where the runner can.
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer theme="auto"></cst-disclaimer>`,
      );
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      expect(getComputedStyle(base(el)!).backgroundColor).to.equal(
        dark ? DARK_SURFACE : LIGHT_SURFACE,
      );
    });

    it('paints the light and dark surfaces', async () => {
      const light = await fixture<CstDisclaimer>(
        html`<cst-disclaimer theme="light"></cst-disclaimer>`,
      );
      const dark = await fixture<CstDisclaimer>(
        html`<cst-disclaimer theme="dark"></cst-disclaimer>`,
      );
      expect(getComputedStyle(base(light)!).backgroundColor).to.equal(LIGHT_SURFACE);
      expect(getComputedStyle(base(dark)!).backgroundColor).to.equal(DARK_SURFACE);
    });
  });

  describe('accessibility', () => {
    for (const [name, template] of [
      ['inline', html`<cst-disclaimer></cst-disclaimer>`],
      ['top', html`<cst-disclaimer position="top"></cst-disclaimer>`],
      ['bottom', html`<cst-disclaimer position="bottom"></cst-disclaimer>`],
      ['dismissible', html`<cst-disclaimer dismissible></cst-disclaimer>`],
      [
        'dismissible, theme="light"',
        html`<cst-disclaimer dismissible theme="light"></cst-disclaimer>`,
      ],
      [
        'dismissible, theme="dark"',
        html`<cst-disclaimer dismissible theme="dark"></cst-disclaimer>`,
      ],
    ] as const) {
      it(name, async () => {
        const el = await fixture<CstDisclaimer>(template);
        await expect(el).to.be.accessible();
      });
    }

    itEmulatingMedia('auto theme with a dark system scheme', () =>
      inDarkMode(async () => {
        const el = await fixture<CstDisclaimer>(
          html`<cst-disclaimer dismissible theme="auto"></cst-disclaimer>`,
        );
        expect(getComputedStyle(base(el)!).backgroundColor).to.equal(DARK_SURFACE);
        await expect(el).to.be.accessible();
      }),
    );
  });
});
