import { expect } from '@open-wc/testing';
import { page, prerendered } from './helpers.js';

/**
 * With JavaScript off: a frame sandboxed without `allow-scripts` runs no
 * script, the drop-in script's tag included, but the HTML parser still
 * attaches declarative shadow roots. The pre-rendered widgets show their
 * words, styled, at their size.
 */
describe('a pre-rendered snippet with JavaScript off', () => {
  it('shows every widget’s words, styled, and the script never runs', async () => {
    const snippet = await prerendered('en', [
      '<cst-disclaimer></cst-disclaimer>',
      '<cst-benefits layout="list"></cst-benefits>',
      '<cst-ask-provider questions urgent></cst-ask-provider>',
    ]);
    const html = page('en', snippet).replace(
      '</body>',
      '<script type="module" src="/dist/cst-widgets.js"></script></body>',
    );
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'inline-size: 412px; block-size: 900px; border: 0';
    await new Promise((resolve) => {
      frame.onload = resolve;
      frame.srcdoc = html;
      document.body.append(frame);
    });
    try {
      const doc = frame.contentDocument!;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const win = frame.contentWindow as Window & typeof globalThis;
      expect(win.customElements.get('cst-benefits'), 'no script ran').to.equal(undefined);
      const [disclaimer, benefits, ask] = [
        ...doc.querySelectorAll('cst-disclaimer, cst-benefits, cst-ask-provider'),
      ];
      expect(disclaimer!.shadowRoot!.textContent).to.match(/complementary therapy/);
      // Every topic, with what research shows.
      expect(benefits!.shadowRoot!.querySelectorAll('[part~="topic"]')).to.have.length(5);
      expect(
        benefits!.shadowRoot!.textContent!.match(/What research shows/g),
      ).to.have.length(5);
      expect(ask!.shadowRoot!.textContent).to.match(/In an emergency/);
      for (const el of [disclaimer!, benefits!, ask!]) {
        expect(el.getBoundingClientRect().height, el.localName).to.be.above(100);
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(win.getComputedStyle(base).borderTopStyle, el.localName).to.equal('solid');
      }
    } finally {
      frame.remove();
    }
  });
});
