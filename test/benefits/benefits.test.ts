import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { CstBenefits } from '../../src/components/benefits/benefits.js';
import { collectErrors, inDarkMode, itEmulatingMedia, shadow, text } from '../helpers.js';

const ALL_TITLES = [
  'Pain',
  'Stress',
  'Nervous system',
  'Immune system',
  'Mental and emotional well-being',
];

async function render(template = html`<cst-benefits></cst-benefits>`) {
  return fixture<CstBenefits>(template);
}

function topicTitles(el: CstBenefits): string[] {
  return [...shadow(el).querySelectorAll('[part~="topic"] .heading')].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

function topHeading(el: CstBenefits): Element {
  return shadow(el).querySelector('[part~="heading"]')!;
}

function accordionButtons(el: CstBenefits): HTMLButtonElement[] {
  return [...shadow(el).querySelectorAll<HTMLButtonElement>('button[aria-expanded]')];
}

describe('<cst-benefits>', () => {
  describe('defaults', () => {
    it('explains what CST is, naming Upledger, the 1970s and the light touch', async () => {
      const el = await render();
      const intro = shadow(el).querySelector('[part~="intro"]')!;
      expect(intro.textContent).to.contain('John E. Upledger');
      expect(intro.textContent).to.contain('1970s');
      expect(intro.textContent).to.contain('head, the spine and the pelvis');
      expect(intro.textContent).to.contain('inside the mouth, wearing gloves');
      expect(intro.textContent).to.contain('Practitioners believe');
    });

    it('shows all five topics in the source order, then the closing', async () => {
      const el = await render();
      expect(topicTitles(el)).to.deep.equal(ALL_TITLES);
      expect(shadow(el).querySelector('[part~="closing"]')!.textContent).to.contain(
        'does not replace medical care',
      );
    });

    it('pairs what people say with what research shows in every topic', async () => {
      const el = await render();
      for (const topic of shadow(el).querySelectorAll('[part~="topic"]')) {
        expect(topic.textContent).to.contain('What people say:');
        expect(topic.textContent).to.contain('What research shows:');
        expect(topic.querySelector('[part~="evidence"]')!.textContent).to.contain(
          'Evidence:',
        );
      }
    });

    it('is a section (no landmark) under its h2 heading, laid out as cards', async () => {
      const el = await render();
      const base = shadow(el).querySelector('[part~="base"]')!;
      const heading = topHeading(el);
      expect(heading.localName).to.equal('h2');
      expect(base.localName).to.equal('section');
      expect(base.hasAttribute('aria-labelledby')).to.equal(false);
      expect(base.classList.contains('layout-cards')).to.be.true;
      expect(getComputedStyle(shadow(el).querySelector('.topics')!).display).to.equal(
        'grid',
      );
    });

    it('links every citation to its DOI at doi.org', async () => {
      const el = await render();
      const hrefs = [...shadow(el).querySelectorAll('a')].map((a) => a.href);
      expect(hrefs).to.deep.equal([
        'https://doi.org/10.1371/journal.pone.0167823',
        'https://doi.org/10.1186/s12891-019-3017-y',
        'https://doi.org/10.3390/healthcare12060679',
        'https://doi.org/10.1093/ecam/nep125',
        'https://doi.org/10.1016/j.joim.2024.06.003',
        'https://doi.org/10.1093/ecam/nep125',
      ]);
    });

    it('adds no attributes the author did not write', async () => {
      const el = await render();
      expect(el.getAttributeNames()).to.deep.equal([]);
    });

    it('inherits the page font and sizes text in em', async () => {
      // A fixture of a plain <div> waits for an animation frame, which a
      // background test page may never get; wrap the widget by hand instead.
      const el = await render();
      const wrapper = document.createElement('div');
      wrapper.style.cssText = 'font-family: serif; font-size: 20px';
      el.replaceWith(wrapper);
      wrapper.append(el);
      const heading = topHeading(el);
      expect(getComputedStyle(el).fontFamily).to.equal('serif');
      expect(getComputedStyle(heading).fontSize).to.equal('25px');
    });
  });

  describe('benefits attribute', () => {
    const cases: [string, string[]][] = [
      ['pain stress', ['Pain', 'Stress']],
      ['immune pain', ['Immune system', 'Pain']],
      ['PAIN, Stress', ['Pain', 'Stress']],
      [
        '  emotional\n\tnervous-system  ',
        ['Mental and emotional well-being', 'Nervous system'],
      ],
      ['pain pain stress pain', ['Pain', 'Stress']],
      ['foo pain bar', ['Pain']],
      ['foo', ALL_TITLES],
      ['', ALL_TITLES],
      ['<img src=x onerror=alert(1)>', ALL_TITLES],
      ['constructor __proto__ toString', ALL_TITLES],
    ];
    for (const [value, expected] of cases) {
      it(`benefits=${JSON.stringify(value)} shows ${expected.length} topic(s)`, async () => {
        const el = await render(html`<cst-benefits benefits=${value}></cst-benefits>`);
        expect(topicTitles(el)).to.deep.equal(expected);
        expect(shadow(el).querySelector('img')).to.equal(null);
      });
    }

    it('updates when changed after the first render', async () => {
      const el = await render();
      el.setAttribute('benefits', 'emotional');
      await el.updateComplete;
      expect(topicTitles(el)).to.deep.equal(['Mental and emotional well-being']);
      el.removeAttribute('benefits');
      await el.updateComplete;
      expect(topicTitles(el)).to.deep.equal(ALL_TITLES);
    });
  });

  describe('layout attribute', () => {
    const cases: [string, string][] = [
      ['cards', 'cards'],
      ['list', 'list'],
      ['accordion', 'accordion'],
      [' LIST ', 'list'],
      ['grid', 'cards'],
      ['', 'cards'],
      ['"><script>alert(1)</script>', 'cards'],
    ];
    for (const [value, expected] of cases) {
      it(`layout=${JSON.stringify(value)} lays out as ${expected}`, async () => {
        const el = await render(html`<cst-benefits layout=${value}></cst-benefits>`);
        const base = shadow(el).querySelector('[part~="base"]')!;
        expect(base.className).to.equal(`layout-${expected}`);
        expect(shadow(el).querySelector('script')).to.equal(null);
      });
    }

    it('switches layout after the first render', async () => {
      const el = await render();
      el.layout = 'accordion';
      await el.updateComplete;
      expect(accordionButtons(el)).to.have.length(5);
      el.layout = 'list';
      await el.updateComplete;
      expect(accordionButtons(el)).to.have.length(0);
    });

    for (const layout of ['cards', 'list']) {
      it(`${layout}: the topics are words only, copied as one block`, async () => {
        const el = await render(html`<cst-benefits layout=${layout}></cst-benefits>`);
        const list = shadow(el).querySelector('[part~="topics"]')!;
        const walker = document.createTreeWalker(list, NodeFilter.SHOW_COMMENT);
        let markers = 0;
        while (walker.nextNode()) markers += 1;
        // Otherwise Lit marks each topic's title and body (26 markers).
        expect(markers, 'Lit markers in the list').to.equal(1);
        expect(topicTitles(el)).to.deep.equal(ALL_TITLES);
        expect(list.querySelectorAll('.sources a[href^="https://"]').length).to.be.above(
          4,
        );
      });
    }
  });

  describe('accordion', () => {
    async function accordion() {
      return render(html`<cst-benefits layout="accordion"></cst-benefits>`);
    }

    it('starts closed, with each button inside a heading and controlling its panel', async () => {
      const el = await accordion();
      const buttons = accordionButtons(el);
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(ALL_TITLES);
      for (const button of buttons) {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(button.parentElement!.localName).to.equal('h3');
        const panel = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
        expect(panel.hidden).to.be.true;
        expect(getComputedStyle(panel).display).to.equal('none');
        expect(panel.hasAttribute('role')).to.equal(false);
      }
    });

    it('opens and closes a section on click', async () => {
      const el = await accordion();
      const [first] = accordionButtons(el);
      const panel = shadow(el).getElementById(first!.getAttribute('aria-controls')!)!;
      first!.click();
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.be.false;
      expect(panel.textContent).to.contain('What research shows:');
      first!.click();
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.hidden).to.be.true;
    });

    it('is operated from the keyboard: Tab to a button, Enter and Space toggle', async () => {
      const el = await accordion();
      const [first, second] = accordionButtons(el);
      first!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');

      await sendKeys({ press: 'Tab' });
      // The open panel has links; Tab goes through them before the next button.
      while (shadow(el).activeElement !== second) {
        expect(shadow(el).activeElement).to.be.instanceOf(HTMLAnchorElement);
        await sendKeys({ press: 'Tab' });
      }
      // ' ' is the key's value; the name 'Space' is unknown to Firefox over BiDi.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(second!.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(second!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('shows a visible focus outline on the focused button', async () => {
      const el = await accordion();
      const [first] = accordionButtons(el);
      // Reach the button with Tab alone (the WebDriver launcher can only press
      // keys, not hold Shift): from the start of the page, through the links
      // of the intro, if any.
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      while (shadow(el).activeElement !== first) {
        expect(shadow(el).activeElement).to.be.instanceOf(HTMLAnchorElement);
        await sendKeys({ press: 'Tab' });
      }
      const style = getComputedStyle(first!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.greaterThan(1);
    });
  });

  describe('heading-level attribute', () => {
    for (let level = 1; level <= 6; level++) {
      it(`heading-level="${level}" gives h${level} with topics at h${Math.min(level + 1, 6)}`, async () => {
        const el = await render(
          html`<cst-benefits heading-level=${String(level)}></cst-benefits>`,
        );
        expect(topHeading(el).localName).to.equal(`h${level}`);
        const topicHeading = shadow(el).querySelector('[part~="topic"] .heading')!;
        expect(topicHeading.localName).to.equal(`h${Math.min(level + 1, 6)}`);
      });
    }

    for (const value of ['0', '7', '-1', '2.5', '1e1', 'three', '', '<h1>']) {
      it(`heading-level=${JSON.stringify(value)} falls back to h2`, async () => {
        const el = await render(
          html`<cst-benefits heading-level=${value}></cst-benefits>`,
        );
        expect(topHeading(el).localName).to.equal('h2');
      });
    }

    it('puts accordion buttons in headings one level below the top', async () => {
      const el = await render(
        html`<cst-benefits layout="accordion" heading-level="4"></cst-benefits>`,
      );
      expect(accordionButtons(el)[0]!.parentElement!.localName).to.equal('h5');
    });
  });

  describe('hide-intro attribute', () => {
    it('hides the intro and its citation, and shows it again when removed', async () => {
      const el = await render(html`<cst-benefits hide-intro></cst-benefits>`);
      expect(shadow(el).querySelector('[part~="intro"]')).to.equal(null);
      expect(text(el)).not.to.contain('Upledger');
      el.removeAttribute('hide-intro');
      await el.updateComplete;
      expect(text(el)).to.contain('Upledger');
    });
  });

  describe('evidence attribute', () => {
    it('evidence="hide" hides labels and citations but never what research shows', async () => {
      const el = await render(html`<cst-benefits evidence="hide"></cst-benefits>`);
      expect(shadow(el).querySelector('[part~="evidence"]')).to.equal(null);
      expect(shadow(el).querySelector('a')).to.equal(null);
      const topics = shadow(el).querySelectorAll('[part~="topic"]');
      expect(topics).to.have.length(5);
      for (const topic of topics) {
        expect(topic.textContent).to.contain('What research shows:');
      }
      expect(text(el)).to.contain('Research has not shown this.');
    });

    for (const value of ['show', 'SHOW', 'maybe', '', 'none']) {
      it(`evidence=${JSON.stringify(value)} shows the labels`, async () => {
        const el = await render(html`<cst-benefits evidence=${value}></cst-benefits>`);
        expect(shadow(el).querySelectorAll('[part~="evidence"]')).to.have.length(5);
      });
    }

    it('updates when changed after the first render', async () => {
      const el = await render();
      el.setAttribute('evidence', 'hide');
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[part~="evidence"]')).to.have.length(0);
    });
  });

  describe('theme attribute', () => {
    const cases: [string | null, string][] = [
      // No theme: the page's colour scheme (the test page declares none).
      [null, 'normal'],
      ['auto', 'light dark'],
      ['light', 'light'],
      ['dark', 'dark'],
      ['DARK', 'dark'],
      ['blue', 'normal'],
    ];
    for (const [value, scheme] of cases) {
      it(`theme=${JSON.stringify(value)} uses color-scheme "${scheme}"`, async () => {
        const el = await render();
        if (value !== null) el.setAttribute('theme', value);
        await el.updateComplete;
        expect(getComputedStyle(el).colorScheme).to.equal(scheme);
      });
    }

    itEmulatingMedia('follows the system colour scheme in auto', async () => {
      const el = await render(html`<cst-benefits theme="auto"></cst-benefits>`);
      const base = shadow(el).querySelector('[part~="base"]')!;
      const light = getComputedStyle(base).backgroundColor;
      await inDarkMode(async () => {
        expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      });
      expect(getComputedStyle(base).backgroundColor).to.equal(light);
    });

    it('reflects the theme property and paints dark', async () => {
      const el = await render(html`<cst-benefits theme="light"></cst-benefits>`);
      const base = shadow(el).querySelector('[part~="base"]')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
    });

    it('takes brand colours from custom properties', async () => {
      const el = await render(
        html`<cst-benefits style="--cst-color-surface: rgb(1, 2, 3)"></cst-benefits>`,
      );
      const base = shadow(el).querySelector('[part~="base"]')!;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('bad input', () => {
    it('never throws or logs for any malformed attribute', async () => {
      const errors = await collectErrors(async () => {
        const el = await render();
        for (const value of [
          '',
          ' ',
          '\u202e',
          '<b>x</b>',
          'null',
          'undefined',
          'x'.repeat(100_000),
        ]) {
          for (const name of [
            'benefits',
            'layout',
            'heading-level',
            'evidence',
            'theme',
            'hide-intro',
          ]) {
            el.setAttribute(name, value);
          }
          await el.updateComplete;
          expect(shadow(el).querySelector('b')).to.equal(null);
        }
      });
      expect(errors).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    const variants = [
      html`<cst-benefits></cst-benefits>`,
      html`<cst-benefits layout="list"></cst-benefits>`,
      html`<cst-benefits layout="accordion"></cst-benefits>`,
      html`<cst-benefits evidence="hide" hide-intro heading-level="4"></cst-benefits>`,
    ];
    for (const theme of ['light', 'dark']) {
      variants.forEach((variant, index) => {
        it(`passes axe: variant ${index + 1}, ${theme} theme`, async () => {
          const el = await render(variant);
          el.setAttribute('theme', theme);
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      });
    }

    it('passes axe with accordion sections open', async () => {
      const el = await render(html`<cst-benefits layout="accordion"></cst-benefits>`);
      for (const button of accordionButtons(el)) button.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    itEmulatingMedia('passes axe in auto theme when the system is dark', async () => {
      await inDarkMode(async () => {
        const el = await render();
        await expect(el).to.be.accessible();
      });
    });
  });
});
