/**
 * test/csp-shared-lit.test.html: a page that has its own copy of Lit, loads
 * the drop-in script twice and the npm build as well, under the README's
 * policy with 'allow-duplicates' added to `trusted-types` (each copy of Lit
 * creates a `lit-html` policy). Everything keeps working, the first
 * definition of each element wins, and nothing is reported.
 */
import { runTests } from '@web/test-runner-mocha';
import { expect } from '@esm-bundle/chai';
import { LitElement, html } from 'lit';
import { servedPolicy, violations } from './violations.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const SCRIPT = new URL('/dist/cst-widgets.js', location.href).href;
const TAGS = ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider'];

const errors: string[] = [];
window.addEventListener('error', (event) => errors.push(event.message));
window.addEventListener('unhandledrejection', (event) =>
  errors.push(String(event.reason)),
);

/** The page's own Lit component, defined before the widgets' script loads. */
class HostBefore extends LitElement {
  static override properties = { count: { type: Number } };
  count = 0;
  override render() {
    return html`<p>before ${this.count}</p>`;
  }
}
customElements.define('host-app-before', HostBefore);

async function settle(els: Widget[]) {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(els.map((el) => el.updateComplete));
  }
}

runTests(() => {
  describe('beside other copies of Lit, with trusted-types lit-html ’allow-duplicates’', () => {
    it('is served with the policy as a header', async () => {
      expect((await servedPolicy()).split(/\s*;\s*/)).to.include(
        "trusted-types lit-html 'allow-duplicates'",
      );
    });

    it('keeps the page’s Lit working while the drop-in script loads twice and the npm build registers too', async () => {
      const before = document.createElement('host-app-before') as HostBefore;
      document.body.append(before);
      await before.updateComplete;

      await import(/* @vite-ignore */ `${SCRIPT}?first`);
      const first = TAGS.map((tag) => customElements.get(tag));
      await import(/* @vite-ignore */ `${SCRIPT}?second`);
      await import('../../src/define.js');
      expect(TAGS.map((tag) => customElements.get(tag))).to.deep.equal(first);

      /** The page's own Lit component, defined after. */
      class HostAfter extends LitElement {
        override render() {
          return html`<p>after</p>`;
        }
      }
      customElements.define('host-app-after', HostAfter);
      const after = document.createElement('host-app-after') as HostAfter;
      const widgets = TAGS.map((tag) => document.createElement(tag) as Widget);
      widgets[2]!.setAttribute('lang', 'es');
      document.body.append(after, ...widgets);
      before.count = 1;
      await settle([before, after, ...widgets]);

      expect(before.shadowRoot!.textContent).to.contain('before 1');
      expect(after.shadowRoot!.textContent).to.contain('after');
      for (const el of widgets) {
        expect(el.shadowRoot!.querySelectorAll('[part~="base"]').length).to.equal(1);
      }
      expect(widgets[2]!.shadowRoot!.textContent).to.contain('médico');
      expect(violations).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
    });
  });
});
