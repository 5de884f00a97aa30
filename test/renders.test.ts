import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/define.js';
import { CstAskProvider, CstBenefits, CstDisclaimer } from '../src/index.js';
import { FIRST_WIDGETS } from '../src/internal/render-queue.js';
import { baseStyles } from '../src/internal/styles.js';
import { shadow } from './helpers.js';

/**
 * Every widget does its work only once it is in the page, and renders once
 * per change: never for an attribute set to the value it already has, never
 * for being moved. Counted on subclasses that count their `render()` calls.
 */

interface Counted extends LitElement {
  renders: number;
}

/** Every counted render, in the order they happened. */
const renderLog: Element[] = [];

class CountedBenefits extends CstBenefits {
  renders = 0;
  override render() {
    this.renders += 1;
    renderLog.push(this);
    return super.render();
  }
}
class CountedDisclaimer extends CstDisclaimer {
  renders = 0;
  override render() {
    this.renders += 1;
    renderLog.push(this);
    return super.render();
  }
}
class CountedAskProvider extends CstAskProvider {
  renders = 0;
  override render() {
    this.renders += 1;
    renderLog.push(this);
    return super.render();
  }
}
customElements.define('counted-benefits', CountedBenefits);
customElements.define('counted-disclaimer', CountedDisclaimer);
customElements.define('counted-ask-provider', CountedAskProvider);

/** An attribute value, or `null` for "absent". */
type Value = string | null;

/**
 * Two different values for every attribute a widget may observe: the first
 * is set before the first render, the second is the change. An attribute is
 * tested wherever the widget observes it.
 */
const WIDGETS: {
  tag: string;
  ctor: typeof CountedBenefits | typeof CountedDisclaimer | typeof CountedAskProvider;
  attributes: Record<string, [Value, Value]>;
}[] = [
  {
    tag: 'counted-benefits',
    ctor: CountedBenefits,
    attributes: {
      benefits: ['pain', 'stress emotional'],
      layout: ['list', 'accordion'],
      'heading-level': ['3', '4'],
      'hide-intro': ['', null],
      'hide-review': ['', null],
      evidence: ['hide', 'show'],
      // Once its file has loaded (see before()); while it loads, a strict
      // widget shows one sentence, then its wording: two renders.
      claims: ['strict', 'balanced'],
      'content-src': [
        '/test/fixtures/benefits-content.json',
        '/test/fixtures/benefits-content-other.json',
      ],
      'reported-label': ['Clients say:', 'People tell us:'],
      'research-label': ['Studies show:', 'Research says:'],
      'evidence-label': ['How sure:', 'Certainty:'],
      'sources-label': ['Studies:', 'Read more:'],
      theme: ['dark', 'light'],
      lang: ['en', 'en-GB'],
    },
  },
  {
    tag: 'counted-disclaimer',
    ctor: CountedDisclaimer,
    attributes: {
      position: ['top', 'bottom'],
      dismissible: [null, ''],
      remember: ['none', 'session'],
      'remember-days': ['30', '60'],
      revision: ['r1', 'r2'],
      'dismiss-label': ['Close', 'Hide'],
      avoid: ['#masthead', 'header'],
      id: ['notice-a', 'notice-b'],
      'hide-review': ['', null],
      theme: ['dark', 'light'],
      lang: ['en', 'en-GB'],
    },
  },
  {
    tag: 'counted-ask-provider',
    ctor: CountedAskProvider,
    attributes: {
      questions: ['', null],
      urgent: [null, ''],
      'emergency-number': ['112', '999'],
      provider: ['your GP', 'your midwife'],
      'contact-href': ['tel:+441234567890', 'mailto:clinic@example.com'],
      'contact-label': ['Call us', 'Write to us'],
      'heading-level': ['3', '4'],
      'hide-review': ['', null],
      theme: ['dark', 'light'],
      lang: ['en', 'en-GB'],
    },
  },
];

function set(el: Element, name: string, value: Value) {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}

/**
 * Waits for the pending update and for anything that could request another
 * one after it (slotchange, ResizeObserver, a follow-up microtask).
 */
async function settle(el: LitElement) {
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
}

async function place<T extends Counted>(
  tag: string,
  attributes: Record<string, Value> = {},
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) set(el, name, value);
  const placed = await fixture<T>(html`${el}`);
  await settle(placed);
  return placed;
}

describe('rendering work', () => {
  before(async () => {
    // Loads the strict wording's file, as the first strict widget of a page does.
    const el = await fixture<CstBenefits>(
      html`<cst-benefits claims="strict"></cst-benefits>`,
    );
    await waitUntil(() => shadow(el).querySelector('[part~="topics"]') !== null);
    el.remove();
  });

  for (const { tag, ctor, attributes } of WIDGETS) {
    describe(tag.replace('counted-', 'cst-'), () => {
      const observed = ctor.observedAttributes;

      it('has a test value pair for every attribute it observes', () => {
        expect(observed.length).to.be.greaterThan(0);
        expect(Object.keys(attributes)).to.include.members(observed);
      });

      it('does nothing before it is connected, then renders once', async () => {
        const el = document.createElement(tag) as Counted;
        for (const [name, [first]] of Object.entries(attributes)) set(el, name, first);
        await nextFrame();
        await nextFrame();
        expect(el.renders, 'renders before connecting').to.equal(0);
        expect(el.shadowRoot, 'shadow root before connecting').to.equal(null);

        const placed = await fixture<Counted>(html`${el}`);
        await settle(placed);
        expect(placed.renders).to.equal(1);
      });

      it('renders once however many attributes change in one go', async () => {
        const el = await place<Counted>(tag);
        expect(el.renders).to.equal(1);
        for (const [name, [first]] of Object.entries(attributes)) set(el, name, first);
        await settle(el);
        expect(el.renders).to.equal(2);
      });

      it('is not rendered again when it is moved', async () => {
        const el = await place<Counted>(tag);
        const other = document.createElement('div');
        el.parentElement!.append(other);
        other.append(el);
        await settle(el);
        el.parentElement!.parentElement!.append(el);
        await settle(el);
        expect(el.renders).to.equal(1);
      });

      for (const [name, [first, second]] of Object.entries(attributes)) {
        if (!observed.includes(name)) continue;
        it(`${name}: the same value again does not render, a new value renders once`, async () => {
          const el = await place<Counted>(tag, { [name]: first });
          expect(el.renders, 'first render').to.equal(1);

          set(el, name, first);
          await settle(el);
          expect(el.renders, `${name} set to the same value`).to.equal(1);

          set(el, name, second);
          await settle(el);
          expect(el.renders, `${name} changed`).to.equal(2);

          set(el, name, second);
          await settle(el);
          expect(el.renders, `${name} set to the same value again`).to.equal(2);
        });
      }
    });
  }

  it('does not re-render a disclaimer with its own text once the slot fills', async () => {
    const el = document.createElement('counted-disclaimer') as CountedDisclaimer;
    el.innerHTML = '<p>Our own words.</p>';
    const placed = await fixture<CountedDisclaimer>(html`${el}`);
    await settle(placed);
    expect(placed.renders).to.equal(1);
  });

  it('does not re-render when a property is set to the value it has', async () => {
    const benefits = await place<CountedBenefits>('counted-benefits', { layout: 'list' });
    benefits.layout = 'list';
    benefits.hideIntro = false;
    const disclaimer = await place<CountedDisclaimer>('counted-disclaimer');
    disclaimer.position = 'inline';
    disclaimer.dismissible = false;
    const ask = await place<CountedAskProvider>('counted-ask-provider', {
      provider: 'your GP',
    });
    ask.provider = 'your GP';
    ask.questions = false;
    await Promise.all([settle(benefits), settle(disclaimer), settle(ask)]);
    expect([benefits.renders, disclaimer.renders, ask.renders]).to.deep.equal([1, 1, 1]);
  });
});

describe('shared styles', () => {
  it('adopts the same style sheet objects in every instance, with no <style> copies', async () => {
    const tags = ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider'];
    const first = await Promise.all(tags.map((tag) => place<Counted>(tag)));
    const second = await Promise.all(tags.map((tag) => place<Counted>(tag)));
    const shared = baseStyles.styleSheet;
    expect(shared, 'baseStyles has a constructed sheet').to.be.instanceOf(CSSStyleSheet);

    tags.forEach((tag, index) => {
      const sheets = shadow(first[index]!).adoptedStyleSheets;
      expect(sheets.length, tag).to.be.greaterThan(1);
      expect(shadow(second[index]!).adoptedStyleSheets, tag).to.deep.equal(sheets);
      sheets.forEach((sheet, n) =>
        expect(
          shadow(second[index]!).adoptedStyleSheets[n],
          `${tag} sheet ${n}`,
        ).to.equal(sheet),
      );
      // One sheet for the shared base styles, whichever widget adopts it.
      expect(sheets, `${tag} adopts the shared base sheet`).to.include(shared);
      expect(shadow(first[index]!).querySelectorAll('style'), tag).to.have.length(0);
    });
  });
});

describe('render queue', () => {
  let tags = 0;
  /** New tag names for new subclasses: a constructor can be defined only once. */
  function defineLate() {
    tags += 1;
    const names = [`late-disclaimer-${tags}`, `late-benefits-${tags}`];
    return {
      names,
      define: () => {
        // Benefits first, as src/define.ts does: upgrades go tag by tag.
        customElements.define(names[1]!, class extends CountedBenefits {});
        customElements.define(names[0]!, class extends CountedDisclaimer {});
      },
    };
  }

  /** Lets every pending task run, so the next render starts a new slice. */
  const afterPendingTasks = () => new Promise((resolve) => setTimeout(resolve, 50));

  /** Markup of `count` late widgets, the two kinds in turn. */
  const lateMarkup = (late: ReturnType<typeof defineLate>, count: number) =>
    Array.from({ length: count }, (_, index) => {
      const name = late.names[index % 2]!;
      return `<${name}></${name}>`;
    }).join('');

  /** Defines the late kinds and checks that `elements` render once each, in their order. */
  async function expectRenderedInOrder(
    late: ReturnType<typeof defineLate>,
    elements: Counted[],
  ) {
    await afterPendingTasks();
    renderLog.length = 0;
    late.define();
    await Promise.all(elements.map((el) => el.updateComplete));
    expect(renderLog).to.deep.equal(elements);
    expect(elements.map((el) => el.renders)).to.deep.equal(elements.map(() => 1));
  }

  it('renders widgets defined tag by tag in document order', async () => {
    const late = defineLate();
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = lateMarkup(late, 6);
    await expectRenderedInOrder(late, [...container.children] as Counted[]);
  });

  // Enough widgets that the queue reads their order from the page in one
  // pass where they are all in one tree.
  it('renders many widgets in a shadow root in their order', async () => {
    const late = defineLate();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>${lateMarkup(late, 20)}</p>${lateMarkup(late, 20)}`;
    await expectRenderedInOrder(
      late,
      [...root.querySelectorAll('*')].slice(1) as Counted[],
    );
  });

  it('renders widgets in the page and in a shadow root in document order', async () => {
    const late = defineLate();
    const container = await fixture<HTMLElement>(html`<div><div></div></div>`);
    const host = container.firstElementChild!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = lateMarkup(late, 40);
    host.insertAdjacentHTML('beforebegin', lateMarkup(late, 20));
    host.insertAdjacentHTML('afterend', lateMarkup(late, 20));
    const page = [...container.children].filter((el) => el !== host) as Counted[];
    // Those in the shadow root come where their host is.
    await expectRenderedInOrder(late, [
      ...page.slice(0, 20),
      ...([...root.children] as Counted[]),
      ...page.slice(20),
    ]);
  });

  it('renders a long run of widgets a slice per task, each once, in order', async () => {
    const late = defineLate();
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = lateMarkup(late, 3 * FIRST_WIDGETS + 2);
    const elements = [...container.children] as Counted[];
    await afterPendingTasks();
    renderLog.length = 0;
    // Every look at the clock finds 100 ms gone: each slice ends as soon as
    // it may, after FIRST_WIDGETS widgets. No real time is measured.
    let clock = performance.now();
    const now = Object.getOwnPropertyDescriptor(performance, 'now');
    Object.defineProperty(performance, 'now', {
      configurable: true,
      value: () => (clock += 100),
    });
    try {
      late.define();
      for (let hop = 0; hop < 50; hop += 1) await null;
      expect(renderLog.length, 'rendered within the defining task').to.equal(
        FIRST_WIDGETS,
      );
      await Promise.all(elements.map((el) => el.updateComplete));
    } finally {
      if (now) Object.defineProperty(performance, 'now', now);
      else delete (performance as { now?: unknown }).now;
    }
    expect(renderLog).to.deep.equal(elements);
    expect(elements.map((el) => el.renders)).to.deep.equal(elements.map(() => 1));
  });
});
