import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { collectErrors, shadow } from './helpers.js';

/**
 * The drop-in script as a site uses it: the built dist/cst-widgets.js (run
 * `npm run build` first), loaded from another folder than the page's.
 * This file must not import src/define.js before the first load.
 */
const SCRIPT = new URL('/dist/cst-widgets.js', location.href).href;
const TAGS = ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider'];

async function load(query: string) {
  await import(/* @vite-ignore */ `${SCRIPT}?${query}`);
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * The page's own Lit (from node_modules, another copy than the one inside the
 * script), with a component defined before the script loads.
 */
class HostBefore extends LitElement {
  static override properties = { count: { type: Number } };
  count = 0;
  override render() {
    return html`<p>host ${this.count}</p>`;
  }
}
customElements.define('host-app-before', HostBefore);

/** Every widget in `root`, each expected to have rendered exactly once. */
function expectRenderedOnce(root: ParentNode) {
  for (const tag of TAGS) {
    for (const el of root.querySelectorAll(tag)) {
      expect(shadow(el).querySelectorAll('[part~="base"]').length, tag).to.equal(1);
    }
  }
}

describe('dist/cst-widgets.js', () => {
  it('defines all three elements and they render', async () => {
    const errors = await collectErrors(async () => {
      await load('first');
      document.body.insertAdjacentHTML(
        'beforeend',
        '<cst-benefits></cst-benefits><cst-disclaimer></cst-disclaimer><cst-ask-provider></cst-ask-provider>',
      );
      for (const tag of TAGS) {
        const el = document.querySelector(tag) as HTMLElement & {
          updateComplete: Promise<unknown>;
        };
        expect(customElements.get(tag), tag).to.be.a('function');
        await el.updateComplete;
        expect(shadow(el).textContent!.trim(), tag).not.to.equal('');
        el.remove();
      }
    });
    expect(errors).to.deep.equal([]);
  });

  it('can be loaded a second time (a second copy of Lit) without any error', async () => {
    const before = TAGS.map((tag) => customElements.get(tag));
    const errors = await collectErrors(() => load('second'));
    expect(errors).to.deep.equal([]);
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(before);
  });

  it('renders each widget once when the script is pasted twice around them', async () => {
    const errors = await collectErrors(async () => {
      const box = document.createElement('div');
      for (const tag of TAGS) box.append(document.createElement(tag));
      document.body.append(box);
      await load('third');
      box.append(...TAGS.map((tag) => document.createElement(tag)));
      for (const el of box.children) await (el as Widget).updateComplete;
      expectRenderedOnce(box);
      box.remove();
    });
    expect(errors).to.deep.equal([]);
  });

  it('keeps the page’s own Lit components, defined before and after, working', async () => {
    const errors = await collectErrors(async () => {
      class HostAfter extends LitElement {
        override render() {
          return html`<p>after</p>`;
        }
      }
      customElements.define('host-app-after', HostAfter);
      const before = document.createElement('host-app-before') as HostBefore;
      const after = document.createElement('host-app-after') as HostAfter;
      const widget = document.createElement('cst-benefits') as Widget;
      document.body.append(before, after, widget);
      before.count = 2;
      await Promise.all([
        before.updateComplete,
        after.updateComplete,
        widget.updateComplete,
      ]);
      expect(shadow(before).textContent).to.contain('host 2');
      expect(shadow(after).textContent).to.contain('after');
      expectRenderedOnce(document.body);
      before.remove();
      after.remove();
      widget.remove();
    });
    expect(errors).to.deep.equal([]);
  });

  it('lets the first definition win when the npm build registers too', async () => {
    const before = TAGS.map((tag) => customElements.get(tag));
    const errors = await collectErrors(async () => {
      await import('../src/define.js');
    });
    expect(errors).to.deep.equal([]);
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(before);
  });

  it('upgrades elements that were in the page before the script loaded', async () => {
    const el = document.createElement('cst-ask-provider');
    el.setAttribute('provider', 'your GP');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(shadow(el).textContent).to.contain('your GP');
    el.remove();
  });

  it('fetches a language file from beside the script, only when needed', async () => {
    const before = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(before.some((url) => url.includes('/dist/locales/'))).to.equal(false);
    const el = document.createElement('cst-disclaimer') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    el.setAttribute('lang', 'fr-BE');
    document.body.append(el);
    await el.updateComplete;
    await el.updateComplete;
    const base = shadow(el).querySelector('[part~="base"]')!;
    expect(base.getAttribute('lang')).to.equal('fr');
    expect(base.textContent).to.contain('thérapie');
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('/dist/locales/'));
    expect(loaded).to.deep.equal(['/dist/locales/fr.js']);
    el.remove();
  });

  it('requests nothing from another origin and sets no cookie', () => {
    const foreign = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
    expect(document.cookie).to.equal('');
  });

  it('with every widget on the page, requests nothing but its language files, and writes no cookie or storage', async () => {
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) requested.push(new URL(entry.name).pathname);
    });
    observer.observe({ type: 'resource' });
    const calls = spyOnNetworkAndCookies();
    const storage = [localStorage.length, sessionStorage.length];
    const box = document.createElement('div');
    try {
      for (const lang of ['en-GB', 'de-DE', 'es', 'it', 'pt-BR']) {
        const section = document.createElement('section');
        section.lang = lang;
        section.innerHTML = `
          <cst-disclaimer dismissible remember="none"></cst-disclaimer>
          <cst-disclaimer position="bottom">Own words, <a href="/x">a link</a></cst-disclaimer>
          <cst-benefits layout="accordion"></cst-benefits>
          <cst-benefits layout="list" evidence="hide"></cst-benefits>
          <cst-ask-provider questions urgent contact-href="mailto:a@example.com"></cst-ask-provider>
          <cst-benefits><p slot="fallback">Fallback</p><p>Fallback</p></cst-benefits>
          <cst-ask-provider><p>Fallback</p></cst-ask-provider>`;
        box.append(section);
      }
      document.body.append(box);
      const widgets = [...box.querySelectorAll<Widget>(TAGS.join(','))];
      for (let round = 0; round < 3; round += 1) {
        await Promise.all(widgets.map((el) => el.updateComplete));
      }
      // Open, dismiss; not print (the question list's buttons have their own tests).
      for (const el of widgets) {
        shadow(el).querySelector<HTMLElement>('button:not(.actions > *)')?.click();
      }
      await Promise.all(widgets.map((el) => el.updateComplete));
      // Resource entries reach the observer in a later task.
      for (let task = 0; task < 100 && requested.length < 4; task += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      observer.disconnect();
      calls.restore();
      box.remove();
    }
    // Only language files, each once (fr was loaded above, en is inside the
    // script): the question list's print and copy are in the script.
    expect([...requested].sort()).to.deep.equal(
      ['de', 'es', 'it', 'pt'].map((code) => `/dist/locales/${code}.js`),
    );
    expect(calls.made).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    expect([localStorage.length, sessionStorage.length]).to.deep.equal(storage);
  });
});

/**
 * Records every way a script could send data out that resource timing does not
 * show (beacons, WebSockets, event streams) or might (fetch, XHR), and every
 * cookie write, until `restore()`.
 */
function spyOnNetworkAndCookies() {
  const made: string[] = [];
  const restores: (() => void)[] = [];
  function spy<T extends object>(owner: T, name: keyof T & string) {
    const original = owner[name] as unknown as (...args: unknown[]) => unknown;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      made.push(`${name} ${String(args[0] ?? args[1])}`);
      return new.target
        ? Reflect.construct(original, args, new.target)
        : original.apply(this, args);
    };
    Object.defineProperty(owner, name, {
      configurable: true,
      writable: true,
      value: wrapped,
    });
    restores.push(() => {
      Object.defineProperty(owner, name, {
        configurable: true,
        writable: true,
        value: original,
      });
    });
  }
  spy(window, 'fetch');
  spy(window, 'WebSocket');
  spy(window, 'EventSource');
  spy(navigator, 'sendBeacon');
  spy(XMLHttpRequest.prototype, 'open');
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => cookie.get!.call(document),
    set: (value: string) => {
      made.push(`cookie ${value}`);
      cookie.set!.call(document, value);
    },
  });
  restores.push(() => Reflect.deleteProperty(document, 'cookie'));
  return {
    made,
    restore: () => restores.forEach((restore) => restore()),
  };
}
