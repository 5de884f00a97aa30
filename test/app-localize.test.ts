import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../src/define.js';
import { collectErrors, recordWarnings, shadow } from './helpers.js';

/**
 * An app bundled with the npm build shares its copy of @lit/localize with the
 * widgets, and that copy can be configured once. The widgets never configure
 * it (src/internal/msg.ts), so the app can, whenever it likes, and each keeps
 * its own languages. Its own page: the configuration is for the page's
 * lifetime.
 */
describe('an app that uses @lit/localize itself', () => {
  const warnings = recordWarnings();

  /** The widget's language and one sentence of its text. */
  async function speaks(el: Element) {
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.offsetHeight).to.be.greaterThan(0);
    return base.getAttribute('lang');
  }

  it('finds it unconfigured after widgets rendered in other languages', async () => {
    const el = await fixture(html`<cst-disclaimer lang="fr"></cst-disclaimer>`);
    expect(await speaks(el)).to.equal('fr');
    expect(shadow(el).textContent).to.contain('thérapie complémentaire');
    // Unconfigured, @lit/localize's msg() answers with the source text.
    expect(msg('Hello', { id: 'app-greeting' })).to.equal('Hello');
  });

  it('can configure it after that, and both keep their own languages', async () => {
    const first = await fixture(html`<cst-benefits lang="de"></cst-benefits>`);
    expect(await speaks(first)).to.equal('de');
    const errors = await collectErrors(async () => {
      let app: ReturnType<typeof configureLocalization> | undefined;
      expect(() => {
        app = configureLocalization({
          sourceLocale: 'en',
          targetLocales: ['nl'],
          loadLocale: () => Promise.resolve({ templates: { 'app-greeting': 'Hallo' } }),
        });
      }).not.to.throw();
      await app!.setLocale('nl');
      expect(msg('Hello', { id: 'app-greeting' })).to.equal('Hallo');

      // The widget rendered before, re-rendered, and one rendered after.
      (first as HTMLElement & { requestUpdate(): void }).requestUpdate();
      expect(await speaks(first)).to.equal('de');
      const page = await fixture<HTMLElement>(
        html`<div>
          <cst-disclaimer lang="es"></cst-disclaimer><cst-ask-provider></cst-ask-provider>
        </div>`,
      );
      const [spanish, english] = [...page.children];
      expect(await speaks(spanish!)).to.equal('es');
      expect(shadow(spanish!).textContent).to.contain('terapia complementaria');
      expect(await speaks(english!)).to.equal('en');
      expect(shadow(english!).textContent).to.contain('healthcare provider');
      expect(msg('Hello', { id: 'app-greeting' })).to.equal('Hallo');
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });
});
