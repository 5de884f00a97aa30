import { expect } from '@open-wc/testing';
import '../src/define.js';
import { collectErrors, shadow } from './helpers.js';

/**
 * The other order of test/dist.test.ts: an app that registers the elements
 * from the npm build, on a page that then also gets the drop-in script (a
 * plugin, a tag manager). The npm definitions stay; the script adds nothing
 * and raises nothing. Needs `npm run build` first.
 */
const SCRIPT = new URL('/dist/cst-widgets.js', location.href).href;
const TAGS = ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider'];

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

describe('the drop-in script after the npm build', () => {
  it('loads without an error, the npm definitions win, and each widget renders once', async () => {
    const npm = TAGS.map((tag) => customElements.get(tag));
    const box = document.createElement('div');
    const errors = await collectErrors(async () => {
      box.append(...TAGS.map((tag) => document.createElement(tag)));
      document.body.append(box);
      await import(/* @vite-ignore */ SCRIPT);
      box.append(...TAGS.map((tag) => document.createElement(tag)));
      for (const el of box.children) await (el as Widget).updateComplete;
    });
    expect(errors).to.deep.equal([]);
    expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(npm);
    for (const el of box.children) {
      expect(el).to.be.instanceOf(customElements.get(el.localName)!);
      expect(shadow(el).querySelectorAll('[part~="base"]').length).to.equal(1);
    }
    box.remove();
  });
});
