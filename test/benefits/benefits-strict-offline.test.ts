import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { strictFile, type CstBenefits } from '../../src/components/benefits/benefits.js';
import { axeViolations } from '../axe.js';
import { collectErrors, shadow, text } from '../helpers.js';

/**
 * `claims="strict"` when its file, `features/benefits-strict.js`, cannot load
 * (not uploaded, blocked, offline): one warning, and a sentence that names no
 * condition, never a blank widget and never the balanced topics. A page of
 * its own, because a page loads (or fails to load) the file only once.
 */
const FALLBACK = 'Craniosacral therapy (CST) is a gentle, hands-on approach.';
const BALANCED = /what people hope for|What people say|What research shows|Pain|Stress/;

describe('<cst-benefits claims="strict"> when its file cannot load', () => {
  const load = strictFile.load;
  const warn = console.warn;
  const warnings: unknown[][] = [];
  let loads = 0;

  before(() => {
    strictFile.load = () => {
      loads += 1;
      return Promise.reject(
        new TypeError('Failed to fetch dynamically imported module: benefits-strict.js'),
      );
    };
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
  });

  after(() => {
    strictFile.load = load;
    console.warn = warn;
  });

  /** Lets the failed load settle and any re-render run. */
  async function settle(widgets: CstBenefits[]) {
    for (let round = 0; round < 3; round += 1) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      await Promise.all(widgets.map((el) => el.updateComplete));
    }
  }

  it('shows one sentence in every layout and language, warns once and tries once', async () => {
    const widgets: CstBenefits[] = [];
    const errors = await collectErrors(async () => {
      for (const [layout, lang] of [
        ['cards', 'en'],
        ['list', 'fr'],
        ['accordion', 'de'],
      ]) {
        widgets.push(
          await fixture<CstBenefits>(
            `<cst-benefits claims="strict" layout="${layout}" lang="${lang}"></cst-benefits>`,
          ),
        );
      }
      await settle(widgets);
    });
    expect(errors).to.deep.equal([]);
    expect(loads).to.equal(1);
    expect(warnings).to.have.length(1);
    // One warning that names the file and says what the visitor sees instead.
    expect(warnings[0]).to.have.length(1);
    expect(String(warnings[0]![0])).to.match(
      /^cst-widgets: features\/benefits-strict\.js: it could not be loaded \(TypeError: .+\), so strict widgets show one sentence about what CST is\.$/,
    );

    expect(text(widgets[0]!)).to.equal(FALLBACK);
    expect(text(widgets[1]!)).to.contain('thérapie crânio-sacrée');
    expect(text(widgets[2]!)).to.contain('Kraniosakraltherapie');
    for (const el of widgets) {
      const base = shadow(el).querySelector('[part~="base"]')!;
      expect(base.localName).to.equal('p');
      expect(base.getAttribute('lang')).to.equal(el.getAttribute('lang'));
      // Shown as a box of the widget, not hidden, not empty.
      expect(base.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(text(el)).not.to.match(BALANCED);
      expect(shadow(el).querySelector('[part~="topic"], button, a')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });

  it('stays on the sentence for later widgets and changes, without warning again', async () => {
    const el = await fixture<CstBenefits>(html`<cst-benefits></cst-benefits>`);
    expect(text(el)).to.match(BALANCED);
    el.claims = 'strict';
    await settle([el]);
    expect(text(el)).to.equal(FALLBACK);
    el.setAttribute('layout', 'accordion');
    el.setAttribute('heading-level', '4');
    await settle([el]);
    expect(text(el)).to.equal(FALLBACK);
    el.claims = 'balanced';
    await settle([el]);
    expect(shadow(el).querySelectorAll('[part~="topic"]')).to.have.length(5);
    el.setAttribute('claims', 'strict');
    await settle([el]);
    expect(text(el)).to.equal(FALLBACK);
    expect(loads).to.equal(1);
    expect(warnings).to.have.length(1);
  });
});
