import { expect, waitUntil } from '@open-wc/testing';
import { markup } from './helpers.js';

/**
 * Server rendering: the test server renders every widget with @lit-labs/ssr
 * in Node, from the npm build (scripts/ssr-render.mjs; run `npm run build`
 * first), into declarative shadow DOM at /ssr/page.html. A frame shows that
 * page before any script runs, then loads Lit's hydration support and the
 * elements (test/ssr/hydrate.ts). Hydration must change nothing that shows:
 * the same nodes, the same markup and text, every box in the same place.
 */
type Widget = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

interface Snapshot {
  markup: string;
  nodes: Element[];
  boxes: string[];
}

function snapshot(el: Element): Snapshot {
  const root = el.shadowRoot!;
  const host = el.getBoundingClientRect();
  const base = root.querySelector('[part~="base"]')!;
  return {
    // What shows: the base part. (Outside it are a fixed banner's spacer and,
    // for screen readers only, a status region that may announce the banner.)
    markup: markup(base),
    nodes: [...root.querySelectorAll('*')].filter((node) => node.localName !== 'style'),
    // Every box of what shows, from the host's corner. A fixed banner's
    // invisible spacer gets its height from a ResizeObserver once the script
    // runs, moving what follows it in the page: that is tested apart, below.
    // To 1/100 px: Firefox gives boxes in 32-bit floats, which some way down
    // the page are 1/4096 px apart, so the same layout moved by the spacer
    // can come out 1/4096 px off.
    boxes: [base, ...base.querySelectorAll('*')].map((node) => {
      const { x, y, width, height } = node.getBoundingClientRect();
      const [left, top, w, h] = [x - host.x, y - host.y, width, height].map((n) =>
        n.toFixed(2),
      );
      return `${node.localName} ${left},${top} ${w}x${h}`;
    }),
  };
}

function loadFrame(): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
    frame.src = '/ssr/page.html';
    frame.onload = () => resolve(frame);
    frame.onerror = reject;
    document.body.append(frame);
  });
}

describe('server rendering with @lit-labs/ssr, then hydration', () => {
  let frame: HTMLIFrameElement;
  let widgets: Widget[];
  const served = new Map<string, Snapshot>();
  const errors: string[] = [];

  before(async () => {
    frame = await loadFrame();
    const win = frame.contentWindow! as Window & typeof globalThis;
    widgets = [...frame.contentDocument!.querySelectorAll<Widget>('[data-case] > *')];
    for (const el of widgets) served.set(el.parentElement!.dataset.case!, snapshot(el));

    win.addEventListener('error', (event) => errors.push(event.message));
    win.addEventListener('unhandledrejection', (event) =>
      errors.push(String(event.reason)),
    );
    const originalError = win.console.error;
    win.console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      originalError(...args);
    };
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = '/test/ssr/hydrate.ts';
    frame.contentDocument!.head.append(script);
    for (const tag of ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider']) {
      await win.customElements.whenDefined(tag);
    }
    for (let round = 0; round < 3; round += 1) {
      await Promise.all(widgets.map((el) => el.updateComplete));
    }
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
  });

  after(() => frame.remove());

  it('serves every widget as declarative shadow DOM, shown before any script runs', () => {
    expect(widgets.length).to.equal(8);
    for (const [name, { markup: shown }] of served) {
      expect(shown, name).to.contain('part="base"');
      expect(shown, name).not.to.contain('undefined');
      // The shadow root came from the server; the frame had no script yet.
      // A strict <cst-benefits> is served as one sentence (its wording loads in the browser).
      expect(served.get(name)!.boxes.length, name).to.be.above(
        name === 'benefits-strict' ? 0 : 3,
      );
    }
  });

  it('hydrates every widget without an error', () => {
    expect(errors).to.deep.equal([]);
    for (const el of widgets) {
      expect(el.hasUpdated, el.localName).to.equal(true);
    }
  });

  for (const name of [
    'benefits-cards',
    'benefits-list',
    'benefits-accordion',
    'disclaimer-inline',
    'disclaimer-bottom',
    'ask-provider',
    'ask-provider-all',
  ]) {
    it(`${name}: keeps the server's nodes, and what shows: markup, text and every box`, () => {
      const el = widgets.find((widget) => widget.parentElement!.dataset.case === name)!;
      const now = snapshot(el);
      const then = served.get(name)!;
      expect(now.markup).to.equal(then.markup);
      expect(now.boxes).to.deep.equal(then.boxes);
      expect(now.nodes.length).to.equal(then.nodes.length);
      now.nodes.forEach(
        (node, index) => expect(node === then.nodes[index], node.localName).to.be.true,
      );
    });
  }

  it('benefits-strict: shows the server’s sentence, then its wording once loaded, never the balanced topics', async () => {
    const el = widgets.find(
      (widget) => widget.parentElement!.dataset.case === 'benefits-strict',
    )!;
    const then = served.get('benefits-strict')!;
    expect(then.markup).to.contain('gentle, hands-on approach');
    expect(then.markup).not.to.contain('research');
    await waitUntil(
      () => el.shadowRoot!.querySelectorAll('[part~="topic"]').length === 3,
      'the strict wording never showed',
      { timeout: 5000 },
    );
    const shown = el.shadowRoot!.querySelector('[part~="base"]')!.textContent!;
    expect(shown).to.contain('About craniosacral therapy');
    expect(shown).not.to.match(/research|What people say|pain|stress|immune/i);
    expect(el.shadowRoot!.querySelectorAll('button[aria-expanded]')).to.have.length(3);
  });

  it('is live after hydration: an attribute change and a click update the server’s DOM', async () => {
    const ask = widgets.find((el) => el.localName === 'cst-ask-provider')!;
    ask.setAttribute('provider', 'your family doctor');
    const accordion = widgets.find((el) => el.getAttribute('layout') === 'accordion')!;
    const button = accordion.shadowRoot!.querySelector('button')!;
    button.click();
    await Promise.all([ask.updateComplete, accordion.updateComplete]);
    expect(ask.shadowRoot!.textContent).to.contain('your family doctor');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(accordion.shadowRoot!.querySelector('button')).to.equal(button);
  });

  it('sizes the spacer of a fixed banner once hydrated (the server cannot measure it)', async () => {
    const bottom = widgets.find((el) => el.getAttribute('position') === 'bottom')!;
    const banner = bottom.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    const spacer = bottom.shadowRoot!.querySelector<HTMLElement>('.spacer')!;
    // Sized by a ResizeObserver after layout, in the frame's own time.
    await waitUntil(
      () => banner.offsetHeight > 0 && spacer.offsetHeight === banner.offsetHeight,
      'the spacer never took the banner’s height',
      { timeout: 2000 },
    );
  });
});
