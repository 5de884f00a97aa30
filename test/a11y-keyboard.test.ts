import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { CstDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import { shadow } from './helpers.js';
import { VARIANTS, markup, prepare, widgetsIn } from './variants.js';

/**
 * Keyboard use (WCAG 2.1.1, 2.4.3, 2.4.7, 2.4.11, 2.5.8): every control in a
 * sensible order, Enter, Space and Escape, where focus goes when a banner
 * goes, and the size of every target. Only Tab is pressed, never Shift+Tab:
 * the WebDriver launcher of WebKit cannot hold a key.
 */

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A widget between two buttons, so focus has somewhere to come from and go to. */
async function between(html: string): Promise<{ root: HTMLElement; el: HTMLElement }> {
  const root = await fixture<HTMLElement>(
    `<div><button id="before">Before</button>${html}<button id="after">After</button></div>`,
  );
  await prepare(root);
  return { root, el: widgetsIn(root)[0]! };
}

function button(root: ParentNode, id: string): HTMLButtonElement {
  return root.querySelector<HTMLButtonElement>(`#${id}`)!;
}

function closeButton(el: Element): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>('[part~="close-button"]')!;
}

function base(el: Element): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('[part~="base"]');
}

/** Focuses `target` as the keyboard does (so :focus-visible applies). */
function keyboardFocus(target: HTMLElement) {
  target.focus({ focusVisible: true } as FocusOptions);
}

describe('keyboard', () => {
  describe('Tab reaches every control in document order, then leaves', () => {
    for (const variant of VARIANTS) {
      it(`<${variant.tag}> ${variant.name}`, async () => {
        const { root, el } = await between(markup(variant));
        const expected = [
          // A link in a closed accordion panel cannot take focus until it opens.
          ...[...shadow(el).querySelectorAll<HTMLElement>('a[href], button')].filter(
            (target) => !target.closest('[hidden]'),
          ),
          button(root, 'after'),
        ];
        keyboardFocus(button(root, 'before'));
        const reached: Element[] = [];
        for (let i = 0; i < expected.length; i++) {
          await sendKeys({ press: 'Tab' });
          reached.push(deepActive()!);
        }
        const names = (list: Element[]) =>
          list.map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
        expect(names(reached)).to.deep.equal(names(expected));
        expect(reached).to.deep.equal(expected);
      });
    }
  });

  describe('target size (2.5.8): at least 24 × 24 px', () => {
    for (const variant of VARIANTS) {
      it(`<${variant.tag}> ${variant.name}`, async () => {
        const { el } = await between(markup(variant));
        for (const target of shadow(el).querySelectorAll<HTMLElement>(
          'button, a[href]',
        )) {
          const { width, height } = target.getBoundingClientRect();
          if (target.closest('.sources')) {
            // A citation is a link inside a sentence: 2.5.8's inline exception.
            expect(getComputedStyle(target).display).to.equal('inline');
            expect(target.parentElement!.textContent!.length).to.be.greaterThan(
              target.textContent!.length,
            );
            continue;
          }
          expect(width, `width of ${target.textContent!.trim()}`).to.be.at.least(24);
          expect(height, `height of ${target.textContent!.trim()}`).to.be.at.least(24);
        }
      });
    }
  });

  describe('Escape', () => {
    for (const position of ['top', 'bottom']) {
      it(`dismisses a dismissible ${position} banner while focus is inside it`, async () => {
        const { root, el } = await between(
          `<cst-disclaimer position="${position}" dismissible remember="none"></cst-disclaimer>`,
        );
        keyboardFocus(closeButton(el));
        const fired = oneEvent(el, 'cst-dismiss');
        await sendKeys({ press: 'Escape' });
        await fired;
        await (el as CstDisclaimer).updateComplete;
        expect(base(el)).to.equal(null);
        expect(deepActive()).to.equal(button(root, 'after'));
      });
    }

    it('reaches the banner through its slotted content too', async () => {
      const { el } = await between(
        `<cst-disclaimer position="top" dismissible remember="none"><p>Read <a href="#terms">our terms</a>.</p></cst-disclaimer>`,
      );
      keyboardFocus(el.querySelector('a')!);
      await sendKeys({ press: 'Escape' });
      await (el as CstDisclaimer).updateComplete;
      expect(base(el)).to.equal(null);
    });

    it('leaves the banner alone when focus is elsewhere in the page', async () => {
      const { root, el } = await between(
        `<cst-disclaimer position="bottom" dismissible remember="none"></cst-disclaimer>`,
      );
      keyboardFocus(button(root, 'before'));
      await sendKeys({ press: 'Escape' });
      await (el as CstDisclaimer).updateComplete;
      expect(base(el)).to.exist;
      expect(deepActive()).to.equal(button(root, 'before'));
    });

    it('leaves an inline disclaimer alone: it is page content, not an overlay', async () => {
      const { el } = await between(
        `<cst-disclaimer dismissible remember="none"></cst-disclaimer>`,
      );
      keyboardFocus(closeButton(el));
      await sendKeys({ press: 'Escape' });
      await (el as CstDisclaimer).updateComplete;
      expect(base(el)).to.exist;
      expect(deepActive()).to.equal(closeButton(el));
    });

    it('leaves a banner alone that cannot be dismissed', async () => {
      const { el } = await between(
        `<cst-disclaimer position="top"><p><a href="#x">A link</a></p></cst-disclaimer>`,
      );
      keyboardFocus(el.querySelector('a')!);
      await sendKeys({ press: 'Escape' });
      await (el as CstDisclaimer).updateComplete;
      expect(base(el)).to.exist;
    });

    it('is not taken when the page has already handled it', async () => {
      const { el } = await between(
        `<cst-disclaimer position="top" dismissible remember="none"></cst-disclaimer>`,
      );
      const handled = (event: KeyboardEvent) => event.preventDefault();
      document.addEventListener('keydown', handled, { capture: true });
      try {
        keyboardFocus(closeButton(el));
        await sendKeys({ press: 'Escape' });
        await (el as CstDisclaimer).updateComplete;
      } finally {
        document.removeEventListener('keydown', handled, { capture: true });
      }
      expect(base(el)).to.exist;
    });

    it('keeps banner and focus when cst-dismiss is prevented', async () => {
      const { el } = await between(
        `<cst-disclaimer position="top" dismissible remember="none"></cst-disclaimer>`,
      );
      el.addEventListener('cst-dismiss', (event) => event.preventDefault());
      keyboardFocus(closeButton(el));
      await sendKeys({ press: 'Escape' });
      await (el as CstDisclaimer).updateComplete;
      expect(base(el)).to.exist;
      expect(deepActive()).to.equal(closeButton(el));
    });
  });

  describe('focus after a dismissal is never lost to <body>', () => {
    for (const key of ['Enter', ' ']) {
      it(`moves to the next control after ${key === ' ' ? 'Space' : key}, with its focus ring`, async () => {
        const { root, el } = await between(
          `<cst-disclaimer dismissible remember="none"></cst-disclaimer>`,
        );
        keyboardFocus(closeButton(el));
        await sendKeys({ press: key });
        await (el as CstDisclaimer).updateComplete;
        expect(base(el)).to.equal(null);
        const after = button(root, 'after');
        expect(deepActive()).to.equal(after);
        expect(after.matches(':focus-visible')).to.equal(true);
      });
    }

    it('skips what cannot take focus (disabled, hidden, tabindex="-1")', async () => {
      const root = await fixture<HTMLElement>(
        `<div><cst-disclaimer dismissible remember="none"></cst-disclaimer>
          <button disabled>Disabled</button><a href="#h" hidden>Hidden</a>
          <span tabindex="-1">Not in the tab order</span><a id="next" href="#n">Next</a></div>`,
      );
      await prepare(root);
      const el = widgetsIn(root)[0]!;
      keyboardFocus(closeButton(el));
      await sendKeys({ press: 'Enter' });
      expect(deepActive()).to.equal(root.querySelector('#next'));
    });

    it('moves to the nearest control before when nothing follows', async () => {
      const root = await fixture<HTMLElement>(
        `<div><a id="first" href="#f">First</a><a id="last" href="#l">Last</a>
          <cst-disclaimer position="bottom" dismissible remember="none"></cst-disclaimer></div>`,
      );
      await prepare(root);
      const el = widgetsIn(root)[0]!;
      keyboardFocus(closeButton(el));
      await sendKeys({ press: 'Enter' });
      expect(deepActive()).to.equal(root.querySelector('#last'));
    });

    it('works inside another component’s shadow root', async () => {
      const outer = await fixture<HTMLElement>('<div></div>');
      const tree = outer.attachShadow({ mode: 'open' });
      tree.innerHTML = `<button id="before">Before</button>
        <cst-disclaimer dismissible remember="none"></cst-disclaimer>
        <button id="after">After</button>`;
      await prepare(tree);
      const el = widgetsIn(tree)[0]!;
      keyboardFocus(closeButton(el));
      await sendKeys({ press: 'Enter' });
      expect(base(el)).to.equal(null);
      expect(deepActive()).to.equal(tree.querySelector('#after'));
    });

    it('moves into the shadow root of the widget that follows', async () => {
      const root = await fixture<HTMLElement>(
        `<div><cst-disclaimer dismissible remember="none"></cst-disclaimer>
          <cst-ask-provider questions></cst-ask-provider><button id="after">After</button></div>`,
      );
      await prepare(root);
      const [el, ask] = widgetsIn(root);
      keyboardFocus(closeButton(el!));
      await sendKeys({ press: 'Enter' });
      expect(deepActive()?.outerHTML).to.equal(
        shadow(ask!).querySelector('button')!.outerHTML,
      );
    });

    it('moves to a control slotted into another component, where it is shown', async () => {
      const root = await fixture<HTMLElement>(
        `<div><cst-disclaimer dismissible remember="none"></cst-disclaimer>
          <div id="card"><a id="slotted" href="#s">Slotted</a></div></div>`,
      );
      const card = root.querySelector('#card')!;
      // The component shows a button of its own before its slotted link.
      card.attachShadow({ mode: 'open' }).innerHTML =
        '<button id="own">Own</button><slot></slot>';
      await prepare(root);
      const el = widgetsIn(root)[0]!;
      keyboardFocus(closeButton(el));
      await sendKeys({ press: 'Enter' });
      expect(deepActive()?.id).to.equal('own');
    });

    for (const dir of ['rtl', 'ltr']) {
      it(`never falls to <body> on a ${dir} page, into shadow roots or back`, async () => {
        const root = await fixture<HTMLElement>(
          `<div dir="${dir}" lang="${dir === 'rtl' ? 'ar' : 'en'}">
            <cst-benefits layout="accordion" benefits="pain"></cst-benefits>
            <cst-disclaimer position="bottom" dismissible remember="none"></cst-disclaimer></div>`,
        );
        await prepare(root);
        const [benefits, el] = widgetsIn(root);
        keyboardFocus(closeButton(el!));
        await sendKeys({ press: 'Enter' });
        expect(base(el!)).to.equal(null);
        // Nothing follows: the nearest control before it, inside the explainer.
        const controls = [
          ...shadow(benefits!).querySelectorAll<HTMLElement>('a[href], button'),
        ].filter((target) => !target.closest('[hidden]'));
        expect(deepActive()?.outerHTML).to.equal(
          controls[controls.length - 1]!.outerHTML,
        );
        expect(document.activeElement?.localName).to.not.equal('body');
      });
    }

    it('stays where it is when it was not in the banner', async () => {
      const { root, el } = await between(
        `<cst-disclaimer dismissible remember="none"></cst-disclaimer>`,
      );
      keyboardFocus(button(root, 'before'));
      closeButton(el).click();
      await (el as CstDisclaimer).updateComplete;
      expect(base(el)).to.equal(null);
      expect(deepActive()).to.equal(button(root, 'before'));
    });
  });

  describe('a fixed banner never hides what has focus (2.4.11)', () => {
    /**
     * A page taller than the window, with `target` near the bottom of the
     * first screen: in view, so the browser would not scroll to it, but where
     * a bottom banner covers it.
     */
    async function longPage(position: string) {
      const root = await fixture<HTMLElement>(
        `<div>
          <button id="first">First</button>
          <div style="block-size: ${innerHeight - 60}px"></div>
          <a id="target" href="#t">Target</a>
          <div style="block-size: ${innerHeight * 2}px"></div>
          <cst-disclaimer position="${position}" dismissible remember="none"></cst-disclaimer>
        </div>`,
      );
      await prepare(root);
      const el = widgetsIn(root)[0]!;
      const padding =
        position === 'top'
          ? ('scrollPaddingTop' as const)
          : ('scrollPaddingBottom' as const);
      await waitUntil(
        () => document.documentElement.style[padding] === `${base(el)!.offsetHeight}px`,
        `scroll-padding-${position} never matched the banner`,
        { timeout: 2000 },
      );
      return { root, el, padding };
    }

    afterEach(() => window.scrollTo(0, 0));

    /** Waits until the browser has scrolled `target` into the window (WebKit does it later). */
    async function inView(target: Element) {
      await waitUntil(
        () => {
          const { top, bottom } = target.getBoundingClientRect();
          return top >= 0 && bottom <= innerHeight;
        },
        'never scrolled into view',
        { timeout: 2000 },
      );
    }

    it('Tab to a link under a bottom banner: the page scrolls it clear', async () => {
      const { root, el } = await longPage('bottom');
      const covered = base(el)!.getBoundingClientRect().top;
      expect(root.querySelector('#target')!.getBoundingClientRect().bottom).to.be.above(
        covered,
      );
      keyboardFocus(root.querySelector<HTMLElement>('#first')!);
      await sendKeys({ press: 'Tab' });
      const target = root.querySelector('#target')!;
      expect(deepActive()).to.equal(target);
      await inView(target);
      const link = target.getBoundingClientRect();
      const banner = base(el)!.getBoundingClientRect();
      expect(link.bottom).to.be.at.most(banner.top + 1);
      expect(link.top).to.be.at.least(0);
    });

    it('Tab to a link under a top banner: the page scrolls it clear', async () => {
      const { root, el } = await longPage('top');
      const target = root.querySelector<HTMLElement>('#target')!;
      // The link just below the top of the window, where the banner is; the
      // focus starts on the control before it, off screen.
      window.scrollTo(0, scrollY + target.getBoundingClientRect().top - 10);
      expect(target.getBoundingClientRect().top).to.be.below(base(el)!.offsetHeight);
      root
        .querySelector<HTMLElement>('#first')!
        .focus({ preventScroll: true, focusVisible: true } as FocusOptions);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(target);
      await inView(target);
      const link = target.getBoundingClientRect();
      const banner = base(el)!.getBoundingClientRect();
      expect(link.top).to.be.at.least(banner.bottom - 1);
      expect(link.bottom).to.be.at.most(innerHeight);
    });

    it('gives the scroll padding back when the banner goes, or leaves the page', async () => {
      const { el, padding } = await longPage('bottom');
      keyboardFocus(closeButton(el));
      await sendKeys({ press: 'Enter' });
      await (el as CstDisclaimer).updateComplete;
      expect(document.documentElement.style[padding]).to.equal('');

      const again = await longPage('top');
      again.el.remove();
      expect(document.documentElement.style[again.padding]).to.equal('');
      expect(document.documentElement.getAttribute('style') ?? '').to.not.contain(
        'scroll',
      );
    });

    it('moves the padding to the other side when the position changes', async () => {
      const { el } = await longPage('top');
      el.setAttribute('position', 'bottom');
      await waitUntil(
        () => document.documentElement.style.scrollPaddingBottom !== '',
        'no bottom padding',
        { timeout: 2000 },
      );
      expect(document.documentElement.style.scrollPaddingTop).to.equal('');
      el.setAttribute('position', 'inline');
      await (el as CstDisclaimer).updateComplete;
      expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
    });
  });
});
