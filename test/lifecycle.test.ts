import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { collectErrors, markup, shadow } from './helpers.js';

/**
 * Widgets through their whole life on a page: written in the HTML before the
 * script loads (with fallback content for visitors the script never reaches),
 * created after, moved, removed and re-added, their attributes changed again
 * and again; and a thousand of them created and removed without leaving an
 * observer or a listener behind.
 *
 * This file loads src/define.js itself, after it has put widgets in the page.
 */
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const TAGS = ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider'];

document.body.insertAdjacentHTML(
  'beforeend',
  `<div id="written-before">
    <cst-benefits layout="list"
      ><p class="fallback">Read about CST on <a href="/about">our page</a>.</p></cst-benefits
    >
    <cst-ask-provider provider="your GP"
      ><p class="fallback">Ask your GP first.</p></cst-ask-provider
    >
    <cst-disclaimer
      ><p slot="fallback" class="fallback">CST does not replace medical care.</p></cst-disclaimer
    >
    <cst-disclaimer><p class="own">Our own words: see a doctor first.</p></cst-disclaimer>
  </div>`,
);
const writtenBefore = document.getElementById('written-before')!;
const fallbacks = [...writtenBefore.querySelectorAll<HTMLElement>('.fallback')];
const own = writtenBefore.querySelector<HTMLElement>('.own')!;
const visible = (el: HTMLElement) =>
  el.getClientRects().length > 0 && el.offsetHeight > 0;
const visibleBefore = [...fallbacks, own].map(visible);

// A property an app sets on an element before the script has defined it.
const early = document.createElement('cst-ask-provider') as Widget & {
  provider?: string;
};
early.provider = 'your dentist';
writtenBefore.append(early);

await import('../src/define.js');

/**
 * Waits for the widgets' renders, then for two animation frames: a fixed
 * banner is placed in a frame (banner-placement.ts), and a placement that
 * makes it compact gives its box a tabindex, which the markup compares.
 */
async function settle(...els: Element[]) {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(els.map((el) => (el as Widget).updateComplete));
  }
  for (let frame = 0; frame < 2; frame += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/**
 * A widget's rendered markup, without what a fixed banner's live region
 * says: a banner that appears late is announced once per visit, 150 ms after
 * it shows (disclaimer.ts), so the region's text depends on when the markup
 * is read and on which banners came before, not on the attributes.
 */
const rendered = (el: Element) =>
  markup(shadow(el)).replace(/(<div [^>]*role="status">)[^<]*(<\/div>)/g, '$1$2');

async function fresh(tag: string, attributes: Record<string, string>): Promise<string> {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  await settle(el);
  const result = rendered(el);
  el.remove();
  return result;
}

describe('lifecycle', () => {
  after(() => writtenBefore.remove());

  describe('written in the page before the script loads', () => {
    it('shows the fallback content inside each element until the script runs', () => {
      expect(visibleBefore).to.deep.equal([true, true, true, true]);
    });

    it('upgrades every element, which then renders its widget', async () => {
      const widgets = [...writtenBefore.querySelectorAll(TAGS.join(','))];
      await settle(...widgets);
      expect(widgets.length).to.equal(5);
      for (const el of widgets) {
        expect(el).to.be.instanceOf(customElements.get(el.localName)!);
        expect(shadow(el).querySelectorAll('[part~="base"]').length).to.equal(1);
      }
    });

    it('then hides the fallback content: no trace of it is left on screen', async () => {
      await settle(...writtenBefore.children);
      for (const fallback of fallbacks)
        expect(visible(fallback), fallback.textContent!).to.equal(false);
      const [benefits, askProvider, disclaimer] = writtenBefore.children;
      expect(shadow(benefits!).textContent).to.contain('Craniosacral therapy');
      expect(shadow(askProvider!).textContent).to.contain('your GP');
      // slot="fallback" in a disclaimer gives way to its default text.
      expect(shadow(disclaimer!).textContent).to.contain('does not replace medical care');
    });

    it('keeps a disclaimer’s own text (not marked as fallback) as its message', async () => {
      const disclaimer = own.parentElement!;
      await settle(disclaimer);
      expect(visible(own)).to.equal(true);
      expect(shadow(disclaimer).textContent).not.to.contain('complementary therapy');
    });

    it('keeps a property set before the element was defined', async () => {
      await settle(early);
      expect(shadow(early).textContent).to.contain('your dentist');
    });
  });

  describe('created, moved, removed and re-added', () => {
    for (const tag of TAGS) {
      it(`<${tag}> renders the same after a move, a removal and a re-add`, async () => {
        const errors = await collectErrors(async () => {
          const el = document.createElement(tag);
          el.setAttribute('lang', 'de');
          document.body.append(el);
          await settle(el);
          const first = rendered(el);
          const other = document.createElement('section');
          document.body.append(other);
          other.append(el);
          await settle(el);
          expect(rendered(el), 'moved').to.equal(first);
          el.remove();
          await settle(el);
          document.body.append(el);
          await settle(el);
          expect(rendered(el), 're-added').to.equal(first);
          el.remove();
          other.remove();
        });
        expect(errors).to.deep.equal([]);
      });
    }
  });

  describe('attributes changed again and again', () => {
    /** Valid and invalid values of each attribute that changes what shows. */
    const VALUES: Record<string, Record<string, string[]>> = {
      'cst-benefits': {
        layout: ['cards', 'list', 'accordion', 'grid'],
        benefits: ['pain', 'stress immune', 'emotional, pain', 'x'],
        'heading-level': ['1', '4', '9'],
        'hide-intro': [''],
        evidence: ['hide', 'show', 'maybe'],
        lang: ['fr', 'en-GB', 'xx'],
      },
      'cst-disclaimer': {
        position: ['top', 'bottom', 'inline', 'left'],
        dismissible: [''],
        'dismiss-label': ['Close', ' ', 'OK'],
        lang: ['es', 'it'],
        theme: ['dark', 'light'],
      },
      'cst-ask-provider': {
        questions: [''],
        urgent: [''],
        provider: ['your GP', '', 'a <b>nurse</b>'],
        'contact-href': ['tel:+441234', 'javascript:alert(1)', '/contact'],
        'contact-label': ['Call', ''],
        'emergency-number': ['112', 'abc'],
        'heading-level': ['3', '0'],
        lang: ['pt-BR', 'en-AU', 'de'],
      },
    };

    for (const tag of TAGS) {
      const values = VALUES[tag]!;
      const change = fc.record({
        name: fc.constantFrom(...Object.keys(values)),
        pick: fc.nat(),
        remove: fc.boolean(),
        wait: fc.boolean(),
      });

      it(`<${tag}> ends as a fresh element with the same attributes renders`, async function () {
        // Room for fast-check to shrink a failure to its smallest case, so
        // that a failure is reported as one and not as a time-out.
        this.timeout(90000);
        await fc.assert(
          fc.asyncProperty(
            fc.array(change, { minLength: 1, maxLength: 12 }),
            async (changes) => {
              const el = document.createElement(tag);
              document.body.append(el);
              await settle(el);
              const final = new Map<string, string>();
              for (const { name, pick, remove, wait } of changes) {
                if (remove) {
                  el.removeAttribute(name);
                  final.delete(name);
                } else {
                  const value = values[name]![pick % values[name]!.length]!;
                  el.setAttribute(name, value);
                  final.set(name, value);
                }
                if (wait) await settle(el);
              }
              await settle(el);
              const result = rendered(el);
              el.remove();
              expect(result).to.equal(await fresh(tag, Object.fromEntries(final)));
            },
          ),
          { numRuns: 15, includeErrorInReport: true },
        );
      });
    }
  });

  describe('a thousand widgets created and removed', () => {
    it('leave no observer or listener behind on the page', async function () {
      // A thousand widgets take longer than the usual 20 s on a busy machine.
      this.timeout(90000);
      type Live = ReturnType<ReturnType<typeof instrument>['live']>;
      const live: Live[] = [];
      const errors = await collectErrors(async () => {
        const counts = instrument();
        try {
          live.push(counts.live());
          const box = document.createElement('div');
          for (let index = 0; index < 1000; index += 1) {
            const el = document.createElement(TAGS[index % 3]!);
            if (index % 3 === 0) el.setAttribute('layout', 'accordion');
            if (index % 3 === 1)
              el.setAttribute('position', index % 2 ? 'top' : 'bottom');
            if (index % 3 === 1) el.setAttribute('dismissible', '');
            box.append(el);
          }
          document.body.append(box);
          await settle(...box.children);
          live.push(counts.live());
          box.remove();
          await settle(...box.children);
          live.push(counts.live());
        } finally {
          counts.restore();
        }
      });
      expect(errors).to.deep.equal([]);
      const [start, during, end] = live;
      // The wrappers did see the widgets' observers while they were on the page.
      expect(during!.observers, 'observers while connected').to.be.above(
        start!.observers,
      );
      expect(end).to.deep.equal(start);
    });
  });
});

/**
 * Wraps MutationObserver, ResizeObserver and addEventListener until
 * `restore()`, to count what is live: observers observing something, and
 * listeners on anything but a node that is no longer in the page (a removed
 * widget's own shadow tree goes with it).
 */
function instrument() {
  const observing = new Map<object, Set<unknown>>();
  const listeners: {
    target: EventTarget;
    type: string;
    listener: unknown;
    capture: boolean;
  }[] = [];
  const restores: (() => void)[] = [];

  function wrap<T extends object>(
    proto: T,
    name: keyof T & string,
    before: (self: object, args: unknown[]) => void,
  ) {
    const original = proto[name] as unknown as (...args: unknown[]) => unknown;
    (proto as Record<string, unknown>)[name] = function (
      this: object,
      ...args: unknown[]
    ) {
      before(this, args);
      return original.apply(this, args);
    };
    restores.push(() => ((proto as Record<string, unknown>)[name] = original));
  }

  for (const Observer of [MutationObserver, ResizeObserver]) {
    wrap(Observer.prototype, 'observe', (self, [target]) => {
      if (!observing.has(self)) observing.set(self, new Set());
      observing.get(self)!.add(target);
    });
    wrap(Observer.prototype, 'disconnect', (self) => observing.delete(self));
  }
  wrap(ResizeObserver.prototype, 'unobserve', (self, [target]) => {
    observing.get(self)?.delete(target);
  });

  const capture = (options: unknown) =>
    typeof options === 'boolean'
      ? options
      : Boolean((options as AddEventListenerOptions)?.capture);
  const find = (target: EventTarget, [type, listener, options]: unknown[]) =>
    listeners.findIndex(
      (entry) =>
        entry.target === target &&
        entry.type === type &&
        entry.listener === listener &&
        entry.capture === capture(options),
    );
  wrap(EventTarget.prototype, 'addEventListener', (self, args) => {
    if (args[1] && find(self as EventTarget, args) === -1) {
      listeners.push({
        target: self as EventTarget,
        type: String(args[0]),
        listener: args[1],
        capture: capture(args[2]),
      });
    }
  });
  wrap(EventTarget.prototype, 'removeEventListener', (self, args) => {
    const index = find(self as EventTarget, args);
    if (index !== -1) listeners.splice(index, 1);
  });

  return {
    live: () => ({
      observers: [...observing.values()].filter((targets) => targets.size > 0).length,
      listeners: listeners.filter(
        ({ target }) => !(target instanceof Node) || target.isConnected,
      ).length,
    }),
    restore: () => restores.forEach((restore) => restore()),
  };
}
