import { expect, fixture } from '@open-wc/testing';
import '../src/define.js';
import { inDarkMode, itEmulatingMedia, shadow } from './helpers.js';
import { TAGS } from './variants.js';

/**
 * Colour scheme from the page, as native form controls take it: without a
 * `theme`, a widget uses the page's `color-scheme` (CSS on any ancestor, or
 * `<meta name="color-scheme">`), light when the page declares none, whatever
 * the visitor's system; `theme="auto"` follows the system.
 */

/** The background of the widget's box. */
async function surfaceOf(html: string): Promise<string> {
  const root = await fixture<HTMLElement>(`<div>${html}</div>`);
  const el = root.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
    TAGS.join(','),
  )!;
  await el.updateComplete;
  return getComputedStyle(shadow(el).querySelector('[part~="base"]')!).backgroundColor;
}

/** Each widget's surface in each scheme, as `theme` gives it. */
async function surfaces(tag: string) {
  return {
    light: await surfaceOf(`<${tag} theme="light"></${tag}>`),
    dark: await surfaceOf(`<${tag} theme="dark"></${tag}>`),
  };
}

describe('colour scheme from the page', () => {
  let meta: HTMLMetaElement | undefined;
  afterEach(() => {
    meta?.remove();
    meta = undefined;
    document.documentElement.style.removeProperty('color-scheme');
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('is light on a page that declares no colour scheme', async () => {
        const { light, dark } = await surfaces(tag);
        expect(light).to.not.equal(dark);
        expect(await surfaceOf(`<${tag}></${tag}>`)).to.equal(light);
      });

      it('is dark inside an element with color-scheme: dark', async () => {
        const { dark } = await surfaces(tag);
        expect(
          await surfaceOf(`<div style="color-scheme: dark"><${tag}></${tag}></div>`),
        ).to.equal(dark);
      });

      it('is dark on a page with <meta name="color-scheme" content="dark">', async () => {
        const { dark } = await surfaces(tag);
        meta = document.createElement('meta');
        meta.name = 'color-scheme';
        meta.content = 'dark';
        document.head.append(meta);
        expect(await surfaceOf(`<${tag}></${tag}>`)).to.equal(dark);
      });

      it('keeps its own theme whatever the page declares', async () => {
        const { light, dark } = await surfaces(tag);
        document.documentElement.style.setProperty('color-scheme', 'dark');
        expect(await surfaceOf(`<${tag} theme="light"></${tag}>`)).to.equal(light);
        document.documentElement.style.setProperty('color-scheme', 'light');
        expect(await surfaceOf(`<${tag} theme="dark"></${tag}>`)).to.equal(dark);
      });

      it('takes the page scheme for a theme it does not know', async () => {
        const { dark } = await surfaces(tag);
        document.documentElement.style.setProperty('color-scheme', 'dark');
        for (const theme of ['blue', '', 'light dark', '<b>']) {
          expect(await surfaceOf(`<${tag} theme="${theme}"></${tag}>`), theme).to.equal(
            dark,
          );
        }
      });

      itEmulatingMedia('stays light on a light-only page when the system is dark', () =>
        inDarkMode(async () => {
          const { light, dark } = await surfaces(tag);
          expect(await surfaceOf(`<${tag}></${tag}>`)).to.equal(light);
          expect(await surfaceOf(`<${tag} theme="auto"></${tag}>`)).to.equal(dark);
          // A page that supports both follows the system too.
          document.documentElement.style.setProperty('color-scheme', 'light dark');
          expect(await surfaceOf(`<${tag}></${tag}>`)).to.equal(dark);
        }),
      );
    });
  }
});
