import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { strictFile, type CstBenefits } from '../../src/components/benefits/benefits.js';
import { axeViolations } from '../axe.js';
import { shadow, text } from '../helpers.js';

/**
 * `claims="strict"`: the wording for practices that advertise under UK rules
 * (CAP/ASA). It must name no condition, symptom or illness, claim no effect on
 * health and never show the balanced topics, in any layout or language, not
 * even while its file loads. test/benefits-strict-offline.test.ts covers a
 * file that cannot load.
 */

/** Not at the start or end of a word (a letter in any script). */
const word = (source: string) => `(?<!\\p{L})(?:${source})(?!\\p{L})`;

/**
 * Words that name a condition, symptom, illness or body-system problem, or
 * claim an effect on health, per language: whole words (`word`) or stems
 * that also catch compounds ("Rückenschmerzen", "cefalorraquídeo").
 */
const FORBIDDEN: Record<string, readonly string[]> = {
  en: [
    word('pain\\p{L}*|aches?|headaches?|migraines?|back|necks?|jaws?|tmj'),
    word('fibromyalgia|stress\\p{L}*|anxi\\p{L}*|depress\\p{L}*|sleep\\p{L}*|insomnia'),
    word('immun\\p{L}*|ill|illness\\p{L}*|disease\\p{L}*|disorders?|conditions?'),
    word('symptoms?|injur\\p{L}*|nerv\\p{L}*|brain|cerebrospinal|fluid'),
    word('treat\\p{L}*|cur(e|es|ed|ing)|heal(s|ed|ing|er)?|reliev\\p{L}*|relief'),
    word('boost\\p{L}*|balanc\\p{L}*|improv\\p{L}*|help\\p{L}*|support\\p{L}*'),
    word('benefit\\p{L}*|recover\\p{L}*|effective\\p{L}*|therapeutic'),
  ],
  de: [
    'schmerz',
    'migräne',
    'rücken',
    'nacken',
    'kiefer',
    'fibromyalg',
    'stress',
    'angst',
    'ängst',
    'depress',
    'schlaf',
    'immun',
    'krank',
    'beschwerd',
    'leiden',
    'störung',
    'symptom',
    'verletz',
    'nerv',
    'gehirn',
    'liquor',
    'hirnwasser',
    'behandl',
    'heilt',
    'heilen',
    'heilung',
    'linder',
    'stärkt',
    'gleichgewicht',
    'ausgleich',
    'verbesser',
    'hilft',
    'helfen',
    'nutzen',
    'wirkung',
  ],
  es: [
    'dolor',
    'cefalea',
    'jaqueca',
    'migraña',
    'espalda',
    'cuello',
    'mandíbula',
    'fibromialgia',
    'estrés',
    'ansiedad',
    'depresi',
    'sueño',
    'insomnio',
    'inmun',
    'enferm',
    'trastorno',
    'afección',
    word('condici\\p{L}*'),
    'síntoma',
    'lesión',
    'nervi',
    'cerebr',
    'cefalorraqu',
    'líquido',
    'trat',
    word('cur(a|as|ar|an|e|ación)'),
    word('san(a|ar|ación)'),
    'alivi',
    'refuerz',
    'fortalec',
    'equilibr',
    'mejora',
    'ayud',
    'benefici',
  ],
  fr: [
    'douleur',
    'céphalée',
    'mal de',
    'migraine',
    word('dos|cou'),
    'nuque',
    'mâchoire',
    'fibromyalgie',
    'stress',
    'anxi',
    'angoiss',
    'dépress',
    'sommeil',
    'insomnie',
    'immun',
    'maladie',
    'trouble',
    'affection',
    'symptôme',
    'blessure',
    'nerv',
    'cerveau',
    'céphalo',
    'liquide',
    'trait',
    'guéri',
    'soulag',
    'renforc',
    'stimul',
    'équilibr',
    'amélior',
    word('aide\\p{L}*'),
    'bienfait',
    'bénéfice',
  ],
  it: [
    'dolor',
    'cefalea',
    'mal di',
    'emicrania',
    'schiena',
    word('collo'),
    'mascella',
    'fibromialgia',
    'stress',
    'ansia',
    'depress',
    'sonno',
    'insonnia',
    'immun',
    'malatti',
    'disturb',
    'patologi',
    'sintom',
    'lesion',
    'nerv',
    'cervell',
    'cefalorachid',
    'liquido',
    'tratt',
    word('cur(a|e|are|ano|ato)'),
    'guari',
    'allevi',
    'rafforz',
    'potenzi',
    'equilibr',
    'miglior',
    'aiut',
    'benefic',
  ],
  pt: [
    word('dor|dores'),
    'enxaqueca',
    'costas',
    'pescoço',
    'mandíbula',
    'fibromialgia',
    'estresse',
    'stress',
    'ansiedade',
    'depress',
    word('sono'),
    'insônia',
    'imun',
    'doença',
    'transtorno',
    'distúrbio',
    word('condiç\\p{L}*'),
    'sintoma',
    'lesão',
    'nerv',
    'cérebro',
    'cefalorraqu',
    'líquido',
    'trat',
    word('cur(a|ar|am|e)'),
    'alivi',
    'fortalec',
    'reforç',
    'equilíbr',
    'equilibr',
    'melhor',
    'ajud',
    'benefício',
  ],
};

const LANGUAGES = Object.keys(FORBIDDEN);
const LAYOUTS = ['cards', 'list', 'accordion'] as const;

/** The forbidden words of `lang` found in `content`. */
function forbiddenIn(content: string, lang: string): string[] {
  return FORBIDDEN[lang]!.flatMap(
    (source) => content.match(new RegExp(source, 'giu')) ?? [],
  );
}

/** The strict wording in English, as the tests expect to find it. */
const TITLE = 'About craniosacral therapy';
const ITEM_TITLES = ['What a session is like', 'Relaxing', 'A sense of well-being'];
const FALLBACK = 'Craniosacral therapy (CST) is a gentle, hands-on approach.';
/** Words that appear only in the balanced wording. */
const BALANCED =
  /what people hope for|What people say|What research shows|Evidence:|Sources:|Practitioners believe/;

function part(el: CstBenefits, name: string) {
  return shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

function itemTitles(el: CstBenefits): string[] {
  return [...shadow(el).querySelectorAll('[part~="topic"] .heading')].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

/** Resolves once `el` shows the strict wording (its file loads after the first render). */
async function strictShown(el: CstBenefits) {
  await waitUntil(() => part(el, 'topics') !== null, 'the strict wording never showed', {
    timeout: 5000,
  });
  await el.updateComplete;
}

async function strict(attributes = '', lang = 'en'): Promise<CstBenefits> {
  const el = await fixture<CstBenefits>(
    `<cst-benefits claims="strict" lang="${lang}" ${attributes}></cst-benefits>`,
  );
  await strictShown(el);
  return el;
}

describe('<cst-benefits claims="strict">', () => {
  // First, while nothing has loaded the strict file in this page yet.
  describe('while its file loads', () => {
    it('never shows the balanced topics, only the fallback sentence, then the strict wording', async () => {
      const load = strictFile.load;
      let release!: () => void;
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let loads = 0;
      strictFile.load = async () => {
        loads += 1;
        await released;
        return load();
      };
      const seen: string[] = [];
      const widgets: CstBenefits[] = [];
      const observers: MutationObserver[] = [];
      try {
        for (const layout of LAYOUTS) {
          const el = document.createElement('cst-benefits') as CstBenefits;
          el.setAttribute('claims', 'strict');
          el.setAttribute('layout', layout);
          document.body.append(el);
          // Every node the widget ever puts in its shadow root, from the first.
          const observer = new MutationObserver((records) => {
            for (const record of records) {
              for (const node of record.addedNodes) seen.push(node.textContent ?? '');
            }
            seen.push(shadow(el).textContent ?? '');
          });
          observer.observe(shadow(el), {
            childList: true,
            subtree: true,
            characterData: true,
          });
          observers.push(observer);
          widgets.push(el);
        }
        // updateComplete waits for the file: wait for the sentence instead.
        for (const el of widgets) {
          await waitUntil(() => text(el) === FALLBACK, 'the sentence never showed', {
            timeout: 5000,
          });
        }
        // Many tasks pass while the file is still loading.
        for (let index = 0; index < 20; index += 1) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        for (const el of widgets) {
          expect(text(el)).to.equal(FALLBACK);
          expect(part(el, 'base')!.localName).to.equal('p');
          expect(part(el, 'topics')).to.equal(null);
        }

        release();
        for (const el of widgets) await strictShown(el);
        expect(loads).to.equal(1);
        for (const el of widgets) {
          expect(part(el, 'heading')!.textContent).to.contain(TITLE);
          expect(itemTitles(el)).to.deep.equal(ITEM_TITLES);
        }
        expect(seen.length).to.be.greaterThan(widgets.length);
        for (const content of seen) {
          expect(content).not.to.match(BALANCED);
          expect(forbiddenIn(content, 'en')).to.deep.equal([]);
        }
      } finally {
        strictFile.load = load;
        release();
        for (const observer of observers) observer.disconnect();
        for (const el of widgets) el.remove();
      }
    });
  });

  describe('which wording', () => {
    const BALANCED_TITLE = /what people hope for, and what research shows/;

    for (const value of [
      null,
      '',
      'balanced',
      'BALANCED',
      'lenient',
      'strict-ish',
      'strictly',
      'uk',
      'true',
      '<b>strict</b>',
      'strict balanced',
    ]) {
      it(`claims=${JSON.stringify(value)} shows the balanced topics`, async () => {
        const el = await fixture<CstBenefits>(html`<cst-benefits></cst-benefits>`);
        if (value !== null) el.setAttribute('claims', value);
        await el.updateComplete;
        expect(part(el, 'heading')!.textContent).to.match(BALANCED_TITLE);
        expect(shadow(el).querySelectorAll('[part~="topic"]')).to.have.length(5);
        expect(text(el)).to.contain('What research shows:');
      });
    }

    for (const value of ['strict', 'STRICT', ' Strict ', '\tstrict\n']) {
      it(`claims=${JSON.stringify(value)} shows the strict wording`, async () => {
        const el = await fixture<CstBenefits>(html`<cst-benefits></cst-benefits>`);
        el.setAttribute('claims', value);
        await strictShown(el);
        expect(part(el, 'heading')!.textContent).to.contain(TITLE);
        expect(text(el)).not.to.match(BALANCED);
      });
    }

    it('takes the property as well as the attribute', async () => {
      const el = await fixture<CstBenefits>(html`<cst-benefits></cst-benefits>`);
      el.claims = 'strict';
      await strictShown(el);
      expect(itemTitles(el)).to.deep.equal(ITEM_TITLES);
      // Not a reflected attribute: the page's markup stays as written.
      expect(el.hasAttribute('claims')).to.be.false;
    });
  });

  describe('what it says', () => {
    it('says what CST is, what a session is like, and that it does not replace medical care', async () => {
      const el = await strict();
      expect(part(el, 'heading')!.textContent!.trim()).to.equal(TITLE);
      const intro = part(el, 'intro')!.textContent!;
      expect(intro).to.contain('gentle, hands-on approach');
      expect(intro).to.contain('very light, on the head, the spine and the pelvis');
      expect(intro).to.contain('A doctor, John E. Upledger');
      expect(intro).to.contain('1970s');
      expect(itemTitles(el)).to.deep.equal(ITEM_TITLES);
      expect(text(el)).to.contain('Many people find a session calm and relaxing.');
      expect(text(el)).to.contain('a sense of well-being');
      const closing = part(el, 'closing')!.textContent!;
      expect(closing).to.contain('CST does not replace medical care.');
      expect(closing).to.contain('talk to your doctor');
    });

    it('shows a site’s own heading, intro and closing in place of ours, with the strict items', async () => {
      const el = await fixture<CstBenefits>(
        `<cst-benefits claims="strict">
          <span slot="heading">Our gentle approach</span>
          <p slot="intro">We work with a light touch.</p>
          <p slot="closing">Ask us anything.</p>
        </cst-benefits>`,
      );
      await strictShown(el);
      await waitUntil(() => shadow(el).querySelector('slot[name="closing"]') !== null);
      const assigned = (name: string) =>
        shadow(el)
          .querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!
          .assignedElements()
          .map((node) => node.textContent);
      expect(assigned('heading')).to.deep.equal(['Our gentle approach']);
      expect(assigned('intro')).to.deep.equal(['We work with a light touch.']);
      expect(assigned('closing')).to.deep.equal(['Ask us anything.']);
      expect(itemTitles(el)).to.deep.equal(ITEM_TITLES);
      expect(text(el)).not.to.contain(TITLE);
      expect(text(el)).not.to.contain('CST does not replace medical care.');
    });

    it('has no evidence labels, citations or links, whatever benefits and evidence say', async () => {
      for (const attributes of [
        '',
        'evidence="show"',
        'benefits="pain immune"',
        'benefits="session" evidence="hide"',
      ]) {
        const el = await strict(attributes);
        expect(itemTitles(el), attributes).to.deep.equal(ITEM_TITLES);
        expect(part(el, 'evidence'), attributes).to.equal(null);
        expect(shadow(el).querySelector('.sources, a'), attributes).to.equal(null);
        expect(text(el), attributes).not.to.match(BALANCED);
      }
    });

    it('hides its introduction with hide-intro, and keeps the rest', async () => {
      const el = await strict('hide-intro');
      expect(part(el, 'intro')).to.equal(null);
      expect(itemTitles(el)).to.deep.equal(ITEM_TITLES);
      expect(part(el, 'closing')).to.exist;
    });

    for (const lang of LANGUAGES) {
      for (const layout of LAYOUTS) {
        it(`names no condition and claims no effect: lang="${lang}", ${layout}`, async () => {
          const el = await strict(`layout="${layout}"`, lang);
          // Open every section, so that every word is in view.
          for (const button of shadow(el).querySelectorAll('button')) {
            button.click();
            await el.updateComplete;
          }
          expect(part(el, 'base')!.getAttribute('lang')).to.equal(lang);
          const words = text(el);
          expect(words.length).to.be.greaterThan(300);
          expect(forbiddenIn(words, lang)).to.deep.equal([]);
          // Translated: nothing of the English wording is left (but the name).
          if (lang !== 'en') expect(words).not.to.contain('session');
        });
      }
    }

    it('checks itself: every language’s list catches the balanced wording', async () => {
      for (const lang of LANGUAGES) {
        const el = await fixture<CstBenefits>(
          `<cst-benefits lang="${lang}" layout="list"></cst-benefits>`,
        );
        await waitUntil(() => part(el, 'base')?.getAttribute('lang') === lang);
        const found = forbiddenIn(text(el), lang);
        expect(found.length, lang).to.be.greaterThan(10);
      }
      expect(forbiddenIn('CST treats migraine and back pain.', 'en')).to.have.members([
        'treats',
        'migraine',
        'back',
        'pain',
      ]);
      expect(forbiddenIn('It boosts your immune system and heals.', 'en')).to.have.length(
        3,
      );
      expect(
        forbiddenIn('Talk to your healthcare provider about your health.', 'en'),
      ).to.deep.equal([]);
    });
  });

  describe('layouts and accessibility', () => {
    it('is a section (no landmark) with its heading, items at the next heading level', async () => {
      const el = await strict('heading-level="4"');
      const base = part(el, 'base')!;
      const heading = part(el, 'heading')!;
      expect(base.localName).to.equal('section');
      expect(heading.localName).to.equal('h4');
      expect(base.hasAttribute('aria-labelledby')).to.equal(false);
      expect(base.classList.contains('layout-cards')).to.be.true;
      const items = [...shadow(el).querySelectorAll('[part~="topic"]')];
      expect(items).to.have.length(3);
      for (const item of items) {
        expect(item.localName).to.equal('li');
        expect(item.querySelector('.heading')!.localName).to.equal('h5');
      }
      expect(part(el, 'topics')!.getAttribute('role')).to.equal('list');
    });

    for (const layout of LAYOUTS) {
      it(`${layout}: laid out like the topics, and axe finds nothing`, async () => {
        const el = await strict(`layout="${layout}"`);
        expect(part(el, 'base')!.classList.contains(`layout-${layout}`)).to.be.true;
        const button = shadow(el).querySelector('button');
        if (button) {
          button.click();
          await el.updateComplete;
        }
        expect(await axeViolations(el)).to.deep.equal([]);
      });
    }

    it('accordion: each section opens and closes by click and keyboard', async () => {
      const el = await strict('layout="accordion"');
      const buttons = [...shadow(el).querySelectorAll('button')];
      expect(buttons).to.have.length(3);
      for (const button of buttons) {
        const panel = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(panel.hidden).to.be.true;
        // No region per panel: the button before it says what it is.
        expect(panel.hasAttribute('role')).to.equal(false);
        expect(button.parentElement!.localName).to.equal('h3');
      }
      buttons[1]!.click();
      await el.updateComplete;
      expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
      expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('false');
      buttons[2]!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(buttons[2]!.getAttribute('aria-expanded')).to.equal('true');
      // ' ' is the key's value; the name 'Space' is unknown to Firefox over BiDi.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(buttons[2]!.getAttribute('aria-expanded')).to.equal('false');
      // The same buttons: a click re-renders, it does not rebuild.
      expect([...shadow(el).querySelectorAll('button')]).to.deep.equal(buttons);
    });

    it('keeps each widget’s open sections its own', async () => {
      const one = await strict('layout="accordion"');
      const two = await strict('layout="accordion"');
      shadow(one).querySelector('button')!.click();
      await one.updateComplete;
      await two.updateComplete;
      expect(shadow(one).querySelector('button')!.getAttribute('aria-expanded')).to.equal(
        'true',
      );
      expect(shadow(two).querySelector('button')!.getAttribute('aria-expanded')).to.equal(
        'false',
      );
    });
  });

  describe('live changes', () => {
    it('switches balanced ↔ strict and back, by attribute and property', async () => {
      const el = await fixture<CstBenefits>(
        html`<cst-benefits layout="accordion"></cst-benefits>`,
      );
      expect(shadow(el).querySelectorAll('[part~="topic"]')).to.have.length(5);
      el.setAttribute('claims', 'strict');
      await el.updateComplete;
      expect(itemTitles(el)).to.deep.equal(ITEM_TITLES);
      expect(text(el)).not.to.match(BALANCED);
      el.claims = 'balanced';
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part~="topic"]')).to.have.length(5);
      expect(text(el)).to.match(BALANCED);
      el.removeAttribute('claims');
      el.setAttribute('claims', 'strict');
      await el.updateComplete;
      expect(itemTitles(el)).to.deep.equal(ITEM_TITLES);
      el.removeAttribute('claims');
      await el.updateComplete;
      expect(text(el)).to.match(BALANCED);
    });

    it('follows layout, heading level and language changes', async () => {
      const el = await strict();
      el.setAttribute('layout', 'accordion');
      el.setAttribute('heading-level', '3');
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('button[aria-expanded]')).to.have.length(3);
      expect(part(el, 'heading')!.localName).to.equal('h3');
      el.setAttribute('lang', 'de');
      await waitUntil(() => part(el, 'base')!.getAttribute('lang') === 'de');
      expect(part(el, 'heading')!.textContent).to.contain(
        'Über die Kraniosakraltherapie',
      );
      expect(forbiddenIn(text(el), 'de')).to.deep.equal([]);
    });
  });
});
