import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CstBenefits } from '../src/components/benefits/benefits.js';
import { languageModules } from '../src/internal/files.js';
import { templates as de } from '../src/locales/de.js';
import { shadow } from './helpers.js';

/**
 * A page can load a language file with its own script tag before the widgets
 * (dist/locales/<code>.js registers its strings under a global symbol when it
 * runs). Widgets must then use those strings on their first render, without
 * importing the file again. Its own page: the registry is global.
 */
describe('language files loaded by the page', () => {
  it('are used at once, with no import and no English render first', async () => {
    const registry = Symbol.for('cst-widgets.locales');
    (globalThis as Record<symbol, unknown>)[registry] = { de };
    const load = languageModules.de!;
    let imports = 0;
    languageModules.de = () => {
      imports++;
      return load();
    };
    try {
      const el = document.createElement('cst-benefits') as CstBenefits;
      el.setAttribute('lang', 'de-CH');
      const languages: string[] = [];
      el.addController({
        hostUpdated: () =>
          languages.push(
            shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')!,
          ),
      });
      const container = await fixture<HTMLElement>(html`<div></div>`);
      container.append(el);
      await el.updateComplete;
      expect(languages).to.deep.equal(['de']);
      expect(Object.values(de)).to.include(
        shadow(el).querySelector('[part~="heading"]')!.textContent!.trim(),
      );
      expect(imports).to.equal(0);
    } finally {
      languageModules.de = load;
      Reflect.deleteProperty(globalThis, Symbol.for('cst-widgets.locales'));
    }
  });
});
