import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { expectFocusRings, report, textShortfalls } from './contrast.js';
import { shadow } from './helpers.js';
import { VARIANTS, markup, prepare, widgetsIn } from './variants.js';

/**
 * The widgets are guests on pages styled by someone else. Each real CSS
 * framework (from node_modules, as demo/host-css.html loads it) and each
 * kind of theme rule that breaks embedded content must leave every variant
 * legible, laid out and operable: text size, heading case, button box,
 * focus outline, nothing sticking out, contrast. Slotted content is the
 * page's own and takes the page's styles, by design: it is not checked.
 */

interface Host {
  name: string;
  href?: string;
  css?: string;
}

export const HOSTS: readonly Host[] = [
  { name: 'Bootstrap 5', href: '/node_modules/bootstrap/dist/css/bootstrap.min.css' },
  // Tailwind 4's base layer as shipped; its --theme() font stack needs the
  // Tailwind compiler, so a browser drops those declarations: the rest applies.
  { name: 'Tailwind preflight', href: '/node_modules/tailwindcss/preflight.css' },
  { name: 'Pico', href: '/node_modules/@picocss/pico/css/pico.min.css' },
  { name: 'Bulma', href: '/node_modules/bulma/css/bulma.min.css' },
  {
    name: 'typical theme rules',
    css: `button { all: unset; } h2 { text-transform: uppercase; } p { font-size: 11px; }
      html { font-size: 62.5%; } body { font-size: 1.6rem; }`,
  },
  { name: 'html { font-size: 62.5% } alone', css: 'html { font-size: 62.5%; }' },
  {
    name: 'inherited text styles on body',
    css: `body { text-transform: uppercase; letter-spacing: 0.2em; word-spacing: 0.5em;
      font-weight: 200; font-style: italic; line-height: 1; text-align: center;
      text-indent: 3em; white-space: nowrap; text-shadow: 0 0 2px red; }`,
  },
  {
    name: 'rules aimed at custom elements and everything',
    css: `* { box-sizing: content-box !important; margin: 0 !important; }
      :not(:defined), cst-benefits, cst-disclaimer, cst-ask-provider { font-size: 10px; }
      [role="region"], section, button, a { display: none !important; outline: none !important; }`,
  },
];

/** Adds the host's stylesheet to the page; resolves once it applies. */
async function addHostCss(host: Host): Promise<HTMLElement> {
  if (host.css) {
    const style = document.createElement('style');
    style.textContent = host.css;
    document.head.append(style);
    return style;
  }
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = host.href!;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${host.href} did not load`));
  });
  document.head.append(link);
  await loaded;
  return link;
}

const px = (value: string) => Number.parseFloat(value);

describe('host CSS cannot break the widgets', () => {
  for (const host of HOSTS) {
    describe(host.name, () => {
      let sheet: HTMLElement | undefined;
      before(async () => {
        sheet = await addHostCss(host);
      });
      after(() => sheet?.remove());

      for (const variant of VARIANTS) {
        it(`<${variant.tag}> ${variant.name}`, async () => {
          const root = await fixture<HTMLElement>(`<div>${markup(variant)}</div>`);
          await prepare(root);
          const el = widgetsIn(root)[0]!;
          const tree = shadow(el);
          const base = tree.querySelector<HTMLElement>('[part~="base"]')!;
          expect(getComputedStyle(el).display).to.equal('block');

          // Legible text: at least 14px, upright, regular, in normal case.
          for (const text of tree.querySelectorAll<HTMLElement>('p, li, .heading')) {
            const style = getComputedStyle(text);
            expect(px(style.fontSize), `font size of ${text.localName}`).to.be.at.least(
              14,
            );
            expect(style.textTransform).to.equal('none');
            // A reader's text-spacing tool (WCAG 1.4.12) reaches the text.
            expect(style.letterSpacing).to.equal(getComputedStyle(el).letterSpacing);
            expect(style.wordSpacing).to.equal(getComputedStyle(el).wordSpacing);
            expect(style.fontStyle).to.equal('normal');
            expect(style.whiteSpace).to.equal('normal');
            expect(style.textIndent).to.equal('0px');
            expect(px(style.lineHeight) / px(style.fontSize)).to.be.at.least(1.25);
          }
          for (const heading of tree.querySelectorAll('.heading')) {
            expect(Number(getComputedStyle(heading).fontWeight)).to.equal(700);
          }
          expect(Number(getComputedStyle(base).fontWeight)).to.equal(400);
          expect(report(textShortfalls(tree))).to.equal('');

          // Buttons keep their box: a border or a full-width row, padding, size.
          for (const control of tree.querySelectorAll<HTMLElement>('button')) {
            const style = getComputedStyle(control);
            const { width, height } = control.getBoundingClientRect();
            expect(height).to.be.at.least(24);
            expect(width).to.be.at.least(24);
            expect(px(style.paddingLeft) + px(style.paddingTop)).to.be.above(0);
            expect(style.cursor).to.equal('pointer');
            if (control.matches('[part~="close-button"]')) {
              expect(style.borderTopStyle).to.equal('solid');
            }
          }

          // Nothing sticks out of the widget or the window.
          const limit = document.documentElement.clientWidth + 0.5;
          for (const node of tree.querySelectorAll('*')) {
            if (node.closest('.visually-hidden')) continue;
            for (const rect of node.getClientRects()) {
              expect(rect.right, `${node.localName}.${node.className}`).to.be.at.most(
                limit,
              );
            }
          }
          expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);

          expectFocusRings(el);
        });
      }
    });
  }
});
