import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import '../src/define.js';
import { collectErrors, recordWarnings, shadow } from './helpers.js';

/**
 * An app bundled with the npm build shares its copy of @lit/localize with the
 * widgets, and that copy can be configured once. The widgets configure it
 * only to speak another language than English: an app that configures it
 * after English widgets have rendered must not get an error, and when the app
 * was first, the widgets say so once and speak English. Its own page: the
 * configuration is for the page's lifetime.
 */
describe('an app that uses @lit/localize itself', () => {
  const warnings = recordWarnings();

  it('can configure it after a widget has rendered', async () => {
    const el = await fixture(html`<cst-disclaimer></cst-disclaimer>`);
    expect(shadow(el).textContent).to.contain('complementary therapy');
    expect(() =>
      configureLocalization({
        sourceLocale: 'en',
        targetLocales: ['nl'],
        loadLocale: () => Promise.resolve({ templates: {} }),
      }),
    ).not.to.throw();
    expect(warnings).to.deep.equal([]);
  });

  it('then leaves the widgets in English, with one warning, never blank', async () => {
    const errors = await collectErrors(async () => {
      const page = await fixture<HTMLElement>(
        html`<div lang="fr">
          <cst-disclaimer></cst-disclaimer><cst-benefits></cst-benefits>
        </div>`,
      );
      for (const el of page.children) {
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
        expect(base.getAttribute('lang')).to.equal('en');
        expect(base.offsetHeight).to.be.greaterThan(0);
      }
    });
    expect(errors).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      'cst-widgets: the page configured @lit/localize first, so the widgets show English.',
    ]);
  });
});
