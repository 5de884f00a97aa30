import { expect } from '@open-wc/testing';
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
});
