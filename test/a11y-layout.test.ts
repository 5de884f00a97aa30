import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { contrastRatio, parseColor } from './contrast.js';
import { itEmulatingMediaFeatures, shadow, withMedia } from './helpers.js';
import { VARIANTS, markup, prepare, widgetsIn, type Variant } from './variants.js';

/**
 * Layout for everyone: reduced motion (2.3.3), reflow at 320 px (1.4.10),
 * text at 200 % (1.4.4) and print. Widths are real viewports: each page is
 * an iframe of that size, loading the widgets from src/.
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/**
 * A page of `width` × `height` CSS px holding `body`, with `css`; resolves
 * when every widget in it has rendered in `lang`.
 */
async function page(
  body: string,
  {
    width,
    height,
    css = '',
    lang = 'en',
  }: { width: number; height: number; css?: string; lang?: string },
): Promise<Document> {
  const holder = await fixture<HTMLElement>('<div></div>');
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <style>${css}</style></head><body>${body}
    <script type="module" src="/src/define.ts"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  holder.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.defaultView!.customElements.get('cst-benefits'),
    'no widgets',
    {
      timeout: 5000,
    },
  );
  await prepare(doc, lang);
  return doc;
}

/** Elements of a widget's shadow tree that have a box. */
function boxes(el: Element): Element[] {
  return [...shadow(el).querySelectorAll('*')].filter(
    (node) => node.getClientRects().length > 0 && !node.closest('.visually-hidden'),
  );
}

/** Whatever sticks out of the page sideways, as a list to read. */
function overflows(doc: Document): string[] {
  const width = doc.documentElement.clientWidth;
  const out: string[] = [];
  if (doc.documentElement.scrollWidth > width) {
    out.push(`page scrolls sideways: ${doc.documentElement.scrollWidth} > ${width}`);
  }
  for (const el of widgetsIn(doc)) {
    for (const node of boxes(el)) {
      const rect = node.getBoundingClientRect();
      if (rect.right > width + 0.5 || rect.left < -0.5) {
        out.push(
          `<${el.localName}> ${node.localName}.${node.className}: ${rect.left}–${rect.right}`,
        );
      }
    }
  }
  return out;
}

const markupOf = (variant: Variant, lang?: string) => markup(variant, undefined, lang);

describe('layout', () => {
  describe('reflow at 320 CSS px (1.4.10): nothing scrolls sideways', () => {
    for (const lang of ['en', 'de']) {
      for (const variant of VARIANTS) {
        it(`<${variant.tag}> ${variant.name}, lang="${lang}"`, async () => {
          const doc = await page(markupOf(variant, lang), {
            width: 320,
            height: 640,
            lang,
          });
          expect(overflows(doc)).to.deep.equal([]);
        });
      }
    }
  });

  describe('text at 200 % (1.4.4): nothing cut off, nothing lost', () => {
    for (const variant of VARIANTS) {
      it(`<${variant.tag}> ${variant.name}`, async () => {
        const normal = await page(markupOf(variant), { width: 800, height: 600 });
        const zoomed = await page(markupOf(variant), {
          width: 800,
          height: 600,
          css: 'html { font-size: 200%; }',
        });
        const [before] = widgetsIn(normal);
        const [after] = widgetsIn(zoomed);
        // The text really is twice the size.
        const size = (el: Element) =>
          Number.parseFloat(
            getComputedStyle(shadow(el).querySelector('[part~="base"]')!).fontSize,
          );
        expect(size(after!)).to.equal(2 * size(before!));
        expect(overflows(zoomed)).to.deep.equal([]);
        // Buttons hold their labels; a banner taller than the window scrolls.
        for (const control of shadow(after!).querySelectorAll('button')) {
          expect(control.scrollWidth).to.be.at.most(control.clientWidth + 1);
          expect(control.scrollHeight).to.be.at.most(control.clientHeight + 1);
        }
        const base = shadow(after!).querySelector<HTMLElement>('[part~="base"]')!;
        if (base.scrollHeight > base.clientHeight + 1) {
          expect(getComputedStyle(base).overflowY).to.equal('auto');
        }
        // Every word is still there.
        expect(shadow(after!).textContent).to.equal(shadow(before!).textContent);
      });
    }
  });

  describe('prefers-reduced-motion (2.3.3)', () => {
    const marker = async () => {
      const root = await fixture<HTMLElement>(
        '<div><cst-benefits layout="accordion"></cst-benefits></div>',
      );
      await prepare(root);
      return shadow(widgetsIn(root)[0]!).querySelector('.marker')!;
    };

    it('the accordion marker turns only when the system allows motion', async () => {
      // Whatever this system prefers: the page follows it.
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      expect(getComputedStyle(await marker()).transitionDuration).to.equal(
        reduce ? '0s' : '0.15s',
      );
    });

    itEmulatingMediaFeatures(
      'reduce removes the motion, no-preference keeps it',
      async () => {
        for (const [value, duration] of [
          ['reduce', '0s'],
          ['no-preference', '0.15s'],
        ]) {
          await withMedia(
            [{ name: 'prefers-reduced-motion', value: value! }],
            async () => {
              const el = await marker();
              expect(getComputedStyle(el).transitionDuration, value).to.equal(duration);
            },
          );
        }
      },
    );
  });

  describe('print', () => {
    itEmulatingMediaFeatures(
      'shows every word, on paper colours, and hides only the close button',
      async () => {
        const root = await fixture<HTMLElement>(
          `<div>${VARIANTS.map((variant) => markup(variant, { name: 'dark', theme: 'dark' })).join('')}</div>`,
        );
        await prepare(root);
        const widgets = widgetsIn(root) as Widget[];
        // prepare() opened the first accordion section; close it again.
        const accordion = shadow(widgets[2]!).querySelector<HTMLElement>(
          'button[aria-expanded]',
        )!;
        accordion.click();
        await widgets[2]!.updateComplete;

        await withMedia(
          [],
          async () => {
            expect(matchMedia('print').matches).to.equal(true);
            for (const el of widgets) {
              const tree = shadow(el);
              const base = tree.querySelector<HTMLElement>('[part~="base"]')!;
              // In the flow of the page, not fixed to a window edge.
              expect(getComputedStyle(base).position).to.equal('static');
              // Dark text, whatever the theme: paper is light.
              const text = parseColor(getComputedStyle(base).color);
              expect(
                contrastRatio(text, parseColor('rgb(255, 255, 255)')),
              ).to.be.at.least(7);
              // Every paragraph and list item is drawn, closed sections too.
              for (const node of tree.querySelectorAll('p, li, h2, h3, h4')) {
                expect(
                  node.getClientRects().length,
                  `${el.localName} ${node.textContent}`,
                ).to.be.above(0);
              }
              for (const hidden of tree.querySelectorAll('.close, .spacer, .marker')) {
                expect(getComputedStyle(hidden).display).to.equal('none');
              }
            }
          },
          'print',
        );
      },
    );
  });
});
