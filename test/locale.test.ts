import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CstAskProvider } from '../src/components/ask-provider/ask-provider.js';
import type { CstBenefits } from '../src/components/benefits/benefits.js';
import { languageFiles } from '../src/internal/locale.js';
import { templates as de } from '../src/locales/de.js';
import { templates as es } from '../src/locales/es.js';
import { templates as fr } from '../src/locales/fr.js';
import { collectErrors, shadow } from './helpers.js';

const EN_TITLE = 'Craniosacral therapy: what people hope for, and what research shows';
const translations: Record<string, Record<string, unknown>> = { de, es, fr };

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

function heading(el: Element): string {
  return shadow(el).querySelector('[part~="heading"]')!.textContent!.trim();
}

/** The language the widget rendered in: the `lang` of its content. */
function rendered(el: Element): string {
  return shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')!;
}

/** Asserts the widget speaks `language`, with its title from that language's file. */
function expectLanguage(el: Element, language: string) {
  expect(rendered(el)).to.equal(language);
  if (language === 'en') {
    expect(heading(el)).to.equal(EN_TITLE);
  } else {
    expect(Object.values(translations[language]!)).to.include(heading(el));
  }
}

/** Waits until every pending render (including a language file) is done. */
async function settle(...els: Widget[]) {
  for (let i = 0; i < 3; i++) await Promise.all(els.map((el) => el.updateComplete));
}

describe('language', () => {
  const html0 = document.documentElement;
  const originalLang = html0.getAttribute('lang');

  afterEach(() => {
    if (originalLang === null) html0.removeAttribute('lang');
    else html0.setAttribute('lang', originalLang);
  });

  describe('which language a widget speaks', () => {
    it('uses its own lang attribute, language part only (es-MX → es)', async () => {
      const el = await fixture<CstBenefits>(
        html`<cst-benefits lang="es-MX"></cst-benefits>`,
      );
      await settle(el);
      expectLanguage(el, 'es');
    });

    it('uses the nearest ancestor with lang', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<section lang="fr-CH">
          <div><cst-benefits></cst-benefits></div>
        </section>`,
      );
      const el = wrapper.querySelector('cst-benefits')!;
      await settle(el);
      expectLanguage(el, 'fr');
    });

    it('prefers its own lang over an ancestor', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr"><cst-benefits lang="es"></cst-benefits></div>`,
      );
      const el = wrapper.querySelector('cst-benefits')!;
      await settle(el);
      expectLanguage(el, 'es');
    });

    it('uses <html lang> when nothing nearer has one', async () => {
      html0.setAttribute('lang', 'de-AT');
      const el = await fixture<CstBenefits>(html`<cst-benefits></cst-benefits>`);
      await settle(el);
      expectLanguage(el, 'de');
    });

    it('speaks English when no lang is set anywhere', async () => {
      html0.removeAttribute('lang');
      const el = await fixture<CstBenefits>(html`<cst-benefits></cst-benefits>`);
      expectLanguage(el, 'en');
    });

    for (const tag of ['zh-Hant-TW', 'xx', 'not a language tag!', '<b>es</b>', '']) {
      it(`falls back to English without an error for lang=${JSON.stringify(tag)}`, async () => {
        html0.setAttribute('lang', 'es');
        let el!: CstBenefits;
        const errors = await collectErrors(async () => {
          el = await fixture<CstBenefits>(
            html`<cst-benefits lang=${tag}></cst-benefits>`,
          );
          await settle(el);
        });
        expect(errors).to.deep.equal([]);
        expectLanguage(el, 'en');
      });
    }

    it('accepts tags in any case and with underscores (PT_br → pt is shipped)', async () => {
      const el = await fixture<CstBenefits>(
        html`<cst-benefits lang="ES_mx"></cst-benefits>`,
      );
      await settle(el);
      expectLanguage(el, 'es');
    });
  });

  describe('changes at run time', () => {
    it('follows a language switcher that rewrites <html lang>', async () => {
      html0.setAttribute('lang', 'en');
      const el = await fixture<CstBenefits>(html`<cst-benefits></cst-benefits>`);
      expectLanguage(el, 'en');
      html0.setAttribute('lang', 'fr');
      await settle(el);
      expectLanguage(el, 'fr');
      html0.setAttribute('lang', 'en-GB');
      await settle(el);
      expectLanguage(el, 'en');
    });

    it('follows a change of an ancestor and of its own lang', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es"><cst-benefits></cst-benefits></div>`,
      );
      const el = wrapper.querySelector('cst-benefits')!;
      await settle(el);
      expectLanguage(el, 'es');
      wrapper.setAttribute('lang', 'de');
      await settle(el);
      expectLanguage(el, 'de');
      el.setAttribute('lang', 'fr');
      await settle(el);
      expectLanguage(el, 'fr');
      el.removeAttribute('lang');
      await settle(el);
      expectLanguage(el, 'de');
    });

    it('follows the new ancestor when moved', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <p lang="es"></p>
          <p lang="fr"><cst-benefits></cst-benefits></p>
        </div>`,
      );
      const el = wrapper.querySelector('cst-benefits')!;
      await settle(el);
      expectLanguage(el, 'fr');
      wrapper.querySelector('[lang="es"]')!.append(el);
      await settle(el);
      expectLanguage(el, 'es');
    });
  });

  it('renders two widgets side by side in two languages (a bilingual page)', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <div lang="en-CA"><cst-benefits></cst-benefits></div>
        <div lang="fr-CA"><cst-benefits></cst-benefits></div>
      </div>`,
    );
    const [english, french] = [...page.querySelectorAll('cst-benefits')];
    await settle(english!, french!);
    expectLanguage(english!, 'en');
    expectLanguage(french!, 'fr');
    // A re-render of one must not change the other.
    english!.setAttribute('layout', 'list');
    await settle(english!);
    expectLanguage(english!, 'en');
    expectLanguage(french!, 'fr');
  });

  describe('emergency numbers by region', () => {
    const cases: [string, string | undefined][] = [
      ['en-US', '911'],
      ['en-CA', '911'],
      ['en-GB', '999'],
      ['en-AU', '000'],
      ['en-NZ', '111'],
      ['en-IE', '112'],
      ['de-DE', '112'],
      ['fr-FR', '112'],
      ['es-ES', '112'],
      ['en', undefined],
      ['es-MX', undefined],
      ['de-CH', '144'],
      ['fr-CH', '144'],
      ['de-LI', '144'],
      ['de_DE.UTF-8', '112'],
      ['de_CH.UTF-8', '144'],
      // 112 is the police in Norway, its ambulance 113: no number rather than a wrong one.
      ['nb-NO', undefined],
    ];
    for (const [tag, number] of cases) {
      it(`${tag} → ${number ?? 'your local emergency number'}`, async () => {
        const el = await fixture<CstAskProvider>(
          html`<cst-ask-provider urgent lang=${tag}></cst-ask-provider>`,
        );
        await settle(el);
        const note = shadow(el).querySelector('[part~="urgent"] p')!.textContent!;
        if (number) {
          expect(note).to.contain(`\u2068${number}\u2069`);
        } else {
          expect(note).not.to.match(/\d/);
        }
        if (tag === 'en') expect(note).to.contain('your local emergency number');
      });
    }

    it('emergency-number overrides the region', async () => {
      const el = await fixture<CstAskProvider>(
        html`<cst-ask-provider
          urgent
          lang="de-CH"
          emergency-number=" 144 "
        ></cst-ask-provider>`,
      );
      await settle(el);
      expect(shadow(el).querySelector('[part~="urgent"] p')!.textContent).to.contain(
        '\u2068144\u2069',
      );
    });

    for (const bad of ['call 911', '<b>112</b>', '1', '', '911; 999', 'x'.repeat(100)]) {
      it(`ignores emergency-number=${JSON.stringify(bad.slice(0, 20))} and uses the region`, async () => {
        const el = await fixture<CstAskProvider>(
          html`<cst-ask-provider
            urgent
            lang="en-GB"
            emergency-number=${bad}
          ></cst-ask-provider>`,
        );
        const note = shadow(el).querySelector('[part~="urgent"] p')!;
        expect(note.textContent).to.contain('\u2068999\u2069');
        expect(note.children).to.have.length(0);
      });
    }
  });

  describe('loading language files', () => {
    it('shows a language that is not loaded yet without a flash of English', async () => {
      // Italian is used by no other test in this file, so it is not loaded yet.
      const el = document.createElement('cst-benefits') as CstBenefits;
      el.setAttribute('lang', 'it');
      const languages: string[] = [];
      el.addController({ hostUpdated: () => languages.push(rendered(el)) });
      const container = await fixture<HTMLElement>(html`<div></div>`);
      container.append(el);
      await settle(el);
      expect(languages).to.deep.equal(['it']);
    });

    it('stays in English, warns once and does not retry when a file cannot load', async () => {
      // Portuguese is used by no other test in this file.
      const file = languageFiles.pt!;
      const load = file.load;
      const warnings: unknown[][] = [];
      const warn = console.warn;
      let calls = 0;
      file.load = () => {
        calls++;
        return Promise.reject(
          new TypeError('Failed to fetch dynamically imported module'),
        );
      };
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const errors = await collectErrors(async () => {
          const page = await fixture<HTMLElement>(
            html`<div lang="pt-BR">
              <cst-benefits></cst-benefits><cst-disclaimer></cst-disclaimer>
            </div>`,
          );
          const widgets = [...page.children] as Widget[];
          await settle(...widgets);
          for (const widget of widgets) expect(rendered(widget)).to.equal('en');
          const later = document.createElement('cst-ask-provider') as Widget;
          page.append(later);
          await settle(later);
          expect(rendered(later)).to.equal('en');
        });
        expect(errors).to.deep.equal([]);
        expect(calls).to.equal(1);
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.match(
          /^cst-widgets: locales\/pt\.js: .*"pt" show English/,
        );
      } finally {
        file.load = load;
        console.warn = warn;
      }
    });
  });

  describe('right-to-left pages', () => {
    it('puts the stripe and the accordion marker on the right in an RTL page', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <div dir="ltr">
            <cst-disclaimer></cst-disclaimer
            ><cst-benefits layout="accordion"></cst-benefits>
          </div>
          <div dir="rtl">
            <cst-disclaimer></cst-disclaimer
            ><cst-benefits layout="accordion"></cst-benefits>
          </div>
        </div>`,
      );
      const [ltrBanner, rtlBanner] = [...page.querySelectorAll('cst-disclaimer')];
      const [ltrList, rtlList] = [...page.querySelectorAll('cst-benefits')];
      await settle(ltrBanner!, rtlBanner!, ltrList!, rtlList!);
      const stripe = (el: Element) => {
        const style = getComputedStyle(shadow(el).querySelector('[part~="base"]')!);
        return [parseFloat(style.borderLeftWidth), parseFloat(style.borderRightWidth)];
      };
      const [ltrLeft, ltrRight] = stripe(ltrBanner!);
      const [rtlLeft, rtlRight] = stripe(rtlBanner!);
      expect(ltrLeft).to.be.greaterThan(ltrRight!);
      expect(rtlRight).to.be.greaterThan(rtlLeft!);

      const markerX = (el: Element) => {
        const button = shadow(el).querySelector('button')!.getBoundingClientRect();
        const marker = shadow(el).querySelector('.marker')!.getBoundingClientRect();
        return (marker.left - button.left) / button.width;
      };
      expect(markerX(ltrList!)).to.be.lessThan(0.5);
      expect(markerX(rtlList!)).to.be.greaterThan(0.5);
      const transform = (el: Element) =>
        getComputedStyle(shadow(el).querySelector('.marker')!).transform;
      expect(transform(rtlList!)).not.to.equal(transform(ltrList!));
    });
  });
});
