import { expect, fixture } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import '../src/define.js';
import { CstAskProvider, CstBenefits, CstDisclaimer } from '../src/index.js';
import {
  backgroundOf,
  composite,
  contrastRatio,
  parseColor,
  report,
  textShortfalls,
} from './contrast.js';
import { shadow } from './helpers.js';
import {
  BRANDS,
  TAGS,
  VARIANTS,
  markup,
  prepare,
  widgetsIn,
  type Tag,
} from './variants.js';

/**
 * Theming and host fit: the documented custom properties (design tokens and
 * per-component ones) each do what their docs say, the docs list exactly
 * the properties the CSS reads, with its defaults; the documented parts
 * exist; the page's font is taken and its colours can be; the brand looks of
 * demo/brands.css use nothing but custom properties and parts.
 */

interface ManifestProperty {
  name: string;
  default?: string;
  description?: string;
  syntax?: string;
}
interface ManifestElement {
  tagName: string;
  cssProperties?: ManifestProperty[];
  cssParts?: { name: string; description?: string }[];
}

async function manifestElements(): Promise<Map<string, ManifestElement>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: ManifestElement[] }[];
  };
  return new Map(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName, declaration]),
  );
}

const CLASSES: Record<Tag, { styles?: unknown }> = {
  'cst-benefits': CstBenefits,
  'cst-disclaimer': CstDisclaimer,
  'cst-ask-provider': CstAskProvider,
};

/** The CSS of an element's shadow root, whitespace removed. */
function cssOf(tag: Tag): string {
  return (CLASSES[tag].styles as CSSResult[])
    .map((sheet) => sheet.cssText)
    .join('')
    .replace(/\s+/g, '');
}

/**
 * The custom properties an element's CSS reads: those read directly, and
 * those behind a private alias (`--_muted: var(--cst-color-muted, …)`) that
 * the element's CSS reads in turn.
 */
function propertiesRead(tag: Tag): Set<string> {
  const css = cssOf(tag);
  const aliases = new Map(
    [...css.matchAll(/(--_[\w-]+):var\((--cst-[\w-]+)/g)].map(([, alias, name]) => [
      alias!,
      name!,
    ]),
  );
  const read = new Set<string>();
  for (const [, name] of css.matchAll(/var\((--cst-[\w-]+)/g)) {
    const alias = [...aliases].find(([, target]) => target === name)?.[0];
    if (!alias || css.includes(`var(${alias})`)) read.add(name!);
  }
  return read;
}

async function render(html: string): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(`<div>${html}</div>`);
  await prepare(root);
  return root;
}

const styleOf = (el: Element, selector: string) =>
  getComputedStyle(shadow(el).querySelector(selector)!);

describe('theming', () => {
  describe('the docs list exactly what the CSS reads, with its defaults', () => {
    for (const tag of TAGS) {
      it(`<${tag}>`, async () => {
        const documented = (await manifestElements()).get(tag)!.cssProperties ?? [];
        const css = cssOf(tag);
        expect(documented.map((p) => p.name).sort()).to.deep.equal(
          [...propertiesRead(tag)].sort(),
        );
        for (const property of documented) {
          expect(property.description, property.name).to.be.a('string').and.not.empty;
          expect(property.default, property.name).to.be.a('string').and.not.empty;
          expect(css, `default of ${property.name}`).to.contain(
            property.default!.replace(/\s+/g, ''),
          );
        }
      });
    }
  });

  describe('each custom property does what its docs say', () => {
    const RED = 'rgb(150, 20, 30)';
    const cases: [string, string, string, string, (el: Element) => string, string][] = [
      [
        '--cst-color-text',
        RED,
        'cst-benefits',
        '',
        (el) => styleOf(el, '[part~="base"]').color,
        RED,
      ],
      [
        '--cst-color-surface',
        RED,
        'cst-benefits',
        '',
        (el) => styleOf(el, '[part~="base"]').backgroundColor,
        RED,
      ],
      [
        '--cst-color-accent',
        RED,
        'cst-benefits',
        '',
        (el) => styleOf(el, 'a').color,
        RED,
      ],
      [
        '--cst-color-muted',
        RED,
        'cst-benefits',
        '',
        (el) => styleOf(el, '.journal').color,
        RED,
      ],
      [
        '--cst-color-border',
        RED,
        'cst-ask-provider',
        '',
        (el) => styleOf(el, '[part~="base"]').borderTopColor,
        RED,
      ],
      [
        '--cst-font-family',
        'monospace',
        'cst-disclaimer',
        '',
        (el) => styleOf(el, '[part~="base"]').fontFamily,
        'monospace',
      ],
      [
        '--cst-font-size',
        '20px',
        'cst-disclaimer',
        '',
        (el) => styleOf(el, '[part~="base"]').fontSize,
        '20px',
      ],
      [
        '--cst-font-size',
        '10px',
        'cst-disclaimer',
        '',
        (el) => styleOf(el, '[part~="base"]').fontSize,
        '14px',
      ],
      [
        '--cst-radius',
        '3px',
        'cst-benefits',
        '',
        (el) => styleOf(el, '[part~="base"]').borderTopLeftRadius,
        '3px',
      ],
      [
        '--cst-space',
        '7px',
        'cst-benefits',
        '',
        (el) => styleOf(el, '[part~="base"]').paddingTop,
        '7px',
      ],
      [
        '--cst-benefits-card-surface',
        RED,
        'cst-benefits',
        '',
        (el) => styleOf(el, '[part~="topic"]').backgroundColor,
        RED,
      ],
      [
        '--cst-disclaimer-surface',
        RED,
        'cst-disclaimer',
        '',
        (el) => styleOf(el, '[part~="base"]').backgroundColor,
        RED,
      ],
      [
        '--cst-disclaimer-stripe',
        RED,
        'cst-disclaimer',
        '',
        (el) => styleOf(el, '[part~="base"]').borderLeftColor,
        RED,
      ],
      [
        '--cst-disclaimer-z-index',
        '42',
        'cst-disclaimer',
        'position="bottom"',
        (el) => styleOf(el, '[part~="base"]').zIndex,
        '42',
      ],
      [
        '--cst-ask-provider-surface',
        RED,
        'cst-ask-provider',
        '',
        (el) => styleOf(el, '[part~="base"]').backgroundColor,
        RED,
      ],
      [
        '--cst-ask-provider-stripe',
        RED,
        'cst-ask-provider',
        '',
        (el) => styleOf(el, '[part~="base"]').borderLeftColor,
        RED,
      ],
      [
        '--cst-ask-provider-urgent-surface',
        RED,
        'cst-ask-provider',
        'urgent',
        (el) => styleOf(el, '[part~="urgent"]').backgroundColor,
        RED,
      ],
      [
        '--cst-ask-provider-urgent-stripe',
        RED,
        'cst-ask-provider',
        'urgent',
        (el) => styleOf(el, '[part~="urgent"]').borderLeftColor,
        RED,
      ],
    ];

    for (const [name, value, tag, attributes, read, expected] of cases) {
      it(`${name}: ${value} on an ancestor → ${expected}`, async () => {
        const root = await render(
          `<div style="${name}: ${value}"><${tag} ${attributes} theme="light"></${tag}></div>`,
        );
        const el = widgetsIn(root)[0]!;
        expect(read(el)).to.equal(expected);
      });
    }

    it('--cst-color-focus colours the focus outline', async () => {
      const root = await render(
        `<div style="--cst-color-focus: ${RED}"><cst-disclaimer dismissible></cst-disclaimer></div>`,
      );
      const close = shadow(widgetsIn(root)[0]!).querySelector<HTMLElement>('button')!;
      close.focus({ focusVisible: true } as FocusOptions);
      expect(getComputedStyle(close).outlineColor).to.equal(RED);
    });
  });

  describe('parts', () => {
    for (const tag of TAGS) {
      it(`<${tag}>: every documented part is rendered, and ::part() styles it`, async () => {
        const parts = (await manifestElements()).get(tag)!.cssParts ?? [];
        expect(parts.length).to.be.greaterThan(2);
        const root = await render(
          VARIANTS.filter((variant) => variant.tag === tag)
            .map((variant) => markup(variant))
            .join(''),
        );
        const style = document.createElement('style');
        style.textContent = parts
          .map((part) => `${tag}::part(${part.name}) { outline-offset: 7px; }`)
          .join('\n');
        document.head.append(style);
        try {
          for (const part of parts) {
            const found = widgetsIn(root).flatMap((el) => [
              ...shadow(el).querySelectorAll(`[part~="${part.name}"]`),
            ]);
            expect(found.length, `part "${part.name}"`).to.be.greaterThan(0);
            expect(getComputedStyle(found[0]!).outlineOffset, part.name).to.equal('7px');
          }
        } finally {
          style.remove();
        }
      });
    }
  });

  describe('host fit', () => {
    it("takes the page's font, keeps its own text colour on its own surface", async () => {
      const root = await render(
        `<div style="font-family: serif; font-size: 18px; color: rgb(250, 250, 250); background: rgb(17, 20, 24)">
          <cst-benefits theme="light"></cst-benefits></div>`,
      );
      const el = widgetsIn(root)[0]!;
      const base = styleOf(el, '[part~="base"]');
      expect(base.fontFamily).to.equal('serif');
      expect(base.fontSize).to.equal('18px');
      // The page's light text would vanish on the widget's light surface.
      expect(base.color).to.equal('rgb(31, 41, 51)');
      expect(report(textShortfalls(shadow(el)))).to.equal('');
    });

    it("wears the page's colours with the README's recipe, and keeps its contrast", async () => {
      const root = await render(
        `<div style="color: rgb(238, 241, 244); background: rgb(17, 20, 24);
            --cst-color-text: currentColor; --cst-color-muted: currentColor;
            --cst-color-accent: currentColor; --cst-color-surface: transparent;
            --cst-benefits-card-surface: transparent; --cst-ask-provider-urgent-surface: transparent">
          ${VARIANTS.map((variant) => markup(variant)).join('')}</div>`,
      );
      for (const el of widgetsIn(root)) {
        const base = shadow(el).querySelector('[part~="base"]')!;
        expect(getComputedStyle(base).color).to.equal('rgb(238, 241, 244)');
        expect(backgroundOf(base)).to.deep.equal(parseColor('rgb(17, 20, 24)'));
        expect(report(textShortfalls(shadow(el))), el.localName).to.equal('');
        // Links still stand out: underlined.
        for (const link of shadow(el).querySelectorAll('a')) {
          expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
        }
      }
    });

    it('theme="dark" in a light page is dark, and stays legible', async () => {
      const root = await render(
        '<cst-ask-provider theme="dark" urgent></cst-ask-provider>',
      );
      const el = widgetsIn(root)[0]!;
      const base = shadow(el).querySelector('[part~="base"]')!;
      const background = backgroundOf(base);
      const text = composite(parseColor(getComputedStyle(base).color), background);
      expect(contrastRatio(background, parseColor('rgb(0, 0, 0)'))).to.be.below(2);
      expect(contrastRatio(text, background)).to.be.above(7);
    });
  });

  describe('the brand looks of demo/brands.css', () => {
    it('set nothing but custom properties, and style nothing but parts', async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch('/demo/brands.css')).text());
      const rules = [...sheet.cssRules] as CSSStyleRule[];
      const brands = new Set<string>();
      for (const rule of rules) {
        expect(rule instanceof CSSStyleRule, rule.cssText).to.equal(true);
        brands.add(/\.brand-([\w-]+)/.exec(rule.selectorText)![1]!);
        if (rule.selectorText.includes('::part(')) continue;
        for (const property of [...rule.style]) {
          expect(property, rule.selectorText).to.match(/^--cst-/);
        }
      }
      expect([...brands].sort()).to.deep.equal([...BRANDS].sort());
    });
  });
});
