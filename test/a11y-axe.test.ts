import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { axeViolations } from './axe.js';
import {
  BRAND_THEMES,
  LANGUAGES,
  PLAIN_THEMES,
  TAGS,
  VARIANTS,
  loadBrands,
  markup,
  prepare,
  widgetsIn,
} from './variants.js';

/**
 * axe-core (with WCAG 2.2 target-size on) finds nothing, for every element in
 * every variant (test/variants.ts), in the light and dark themes and a custom
 * brand look, in every shipped language. Each test renders all variants of
 * one element together and runs axe on each widget on its own (side by side,
 * copies of one widget would be landmarks with the same name, which a real
 * page does not have). The six brand looks of demo/brands.css (three brands,
 * light and dark) take turns across the six languages, so each is checked
 * once here; test/a11y-contrast.test.ts checks every look in every variant.
 */
describe('axe: element × variant × theme × language', () => {
  before(loadBrands);

  LANGUAGES.forEach((lang, index) => {
    describe(`lang="${lang}"`, () => {
      for (const theme of [...PLAIN_THEMES, BRAND_THEMES[index]!]) {
        for (const tag of TAGS) {
          const variants = VARIANTS.filter((variant) => variant.tag === tag);
          it(`<${tag}> ${theme.name}: ${variants.map((v) => v.name).join('; ')}`, async () => {
            const root = await fixture<HTMLElement>(
              `<div>${variants.map((variant) => markup(variant, theme, lang)).join('')}</div>`,
            );
            await prepare(root, lang);
            const found: string[] = [];
            for (const el of widgetsIn(root)) found.push(...(await axeViolations(el)));
            expect(found).to.deep.equal([]);
          });
        }
      }
    });
  });
});
