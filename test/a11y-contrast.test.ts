import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import {
  allElements,
  backgroundOf,
  contrastRatio,
  controlBorderShortfalls,
  expectFocusRings,
  parseColor,
  composite,
  report,
  textShortfalls,
} from './contrast.js';
import { itEmulatingMediaFeatures, shadow, withMedia } from './helpers.js';
import {
  BRAND_THEMES,
  PLAIN_THEMES,
  VARIANTS,
  loadBrands,
  markup,
  prepare,
  widgetsIn,
  type Theme,
  type Variant,
} from './variants.js';

/** Renders one variant (in a theme), ready to be measured. */
async function render(variant: Variant, theme?: Theme): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(`<div>${markup(variant, theme)}</div>`);
  await prepare(root);
  return widgetsIn(root)[0]!;
}

/**
 * Graphical objects needed to understand a control (1.4.11): the accordion
 * chevron and the close button's cross, both drawn with borders in the text
 * colour, need 3:1 against their button's background.
 */
function iconShortfalls(el: Element): string[] {
  const out: string[] = [];
  const check = (host: Element, color: string, what: string) => {
    const background = backgroundOf(host);
    const ratio = contrastRatio(composite(parseColor(color), background), background);
    if (ratio < 3) out.push(`${what}: ${ratio.toFixed(2)}:1`);
  };
  for (const marker of shadow(el).querySelectorAll('.marker')) {
    check(marker, getComputedStyle(marker).borderRightColor, 'accordion marker');
  }
  for (const icon of shadow(el).querySelectorAll('.close-icon')) {
    check(icon, getComputedStyle(icon, '::before').borderTopColor, 'close icon');
  }
  return out;
}

describe('contrast (computed: WCAG relative luminance)', () => {
  before(loadBrands);

  for (const theme of [...PLAIN_THEMES, ...BRAND_THEMES]) {
    describe(theme.name, () => {
      for (const variant of VARIANTS) {
        describe(`<${variant.tag}> ${variant.name}`, () => {
          it('text reaches 4.5:1 (large text 3:1)', async () => {
            const el = await render(variant, theme);
            expect(report(textShortfalls(shadow(el)))).to.equal('');
          });

          it('control borders and icons reach 3:1', async () => {
            const el = await render(variant, theme);
            expect(report(controlBorderShortfalls(shadow(el)))).to.equal('');
            expect(iconShortfalls(el)).to.deep.equal([]);
          });

          it('every link and button shows a 2px focus outline at 3:1', async () => {
            const el = await render(variant, theme);
            expectFocusRings(el);
          });
        });
      }
    });
  }

  describe('forced colours (Windows High Contrast)', () => {
    const forced = [{ name: 'forced-colors', value: 'active' }];

    /** Every border side drawn in normal colours, as `element side`. */
    function borders(el: Element): Map<string, Element> {
      const out = new Map<string, Element>();
      allElements(shadow(el)).forEach((node, index) => {
        const style = getComputedStyle(node);
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          if (
            style[`border${side}Style`] !== 'none' &&
            Number.parseFloat(style[`border${side}Width`]) > 0
          ) {
            out.set(
              `${index} ${side} of <${node.localName} class="${node.className}">`,
              node,
            );
          }
        }
      });
      return out;
    }

    for (const variant of VARIANTS) {
      itEmulatingMediaFeatures(
        `<${variant.tag}> ${variant.name}: text, every boundary and focus stay visible`,
        async () => {
          const el = await render(variant);
          const normal = borders(el);
          expect(normal.size).to.be.greaterThan(0);
          await withMedia(forced, async () => {
            expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
            expect(report(textShortfalls(shadow(el)))).to.equal('');
            // Backgrounds are flattened to the system's Canvas colour: each
            // border drawn before must still be drawn, and stand out.
            for (const [what, node] of normal) {
              const side = what.split(' ')[1] as 'Top' | 'Right' | 'Bottom' | 'Left';
              const style = getComputedStyle(node);
              expect(style[`border${side}Style`], what).to.not.equal('none');
              expect(Number.parseFloat(style[`border${side}Width`]), what).to.be.above(0);
              const around = backgroundOf(node.parentElement ?? node);
              const color = composite(parseColor(style[`border${side}Color`]), around);
              expect(contrastRatio(color, around), what).to.be.at.least(3);
            }
            expectFocusRings(el);
            expect(iconShortfalls(el)).to.deep.equal([]);
          });
        },
      );
    }
  });

  describe('evidence labels', () => {
    it('say the strength of evidence in words, in the same colours for every strength', async () => {
      const el = await render(VARIANTS[0]!);
      const labels = [...shadow(el).querySelectorAll<HTMLElement>('[part~="evidence"]')];
      expect(labels.length).to.equal(5);
      const words = labels.map((label) => label.textContent!.replace(/\s+/g, ' ').trim());
      for (const text of words) expect(text).to.match(/^Evidence: \S+/);
      // Different strengths read differently…
      expect(new Set(words).size).to.be.greaterThan(2);
      // …and nothing but the words differs: no colour coding to miss.
      const looks = labels.map((label) => {
        const style = getComputedStyle(label);
        return [style.color, style.backgroundColor, style.borderTopColor].join();
      });
      expect(new Set(looks).size).to.equal(1);
    });
  });
});
