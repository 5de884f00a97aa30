/**
 * test/csp-strict.test.html: the drop-in script, as a site ships it, on a page
 * served with exactly the Content-Security-Policy that the README asks for
 * (scripts/test-server.mjs, WIDGETS_CSP). Only one copy of Lit may be on this
 * page, so this file imports no Lit (not @open-wc/testing): the policy names
 * `lit-html` once, without 'allow-duplicates'.
 */
import { runTests } from '@web/test-runner-mocha';
import { expect } from '@esm-bundle/chai';
import { eventually, servedPolicy, violations } from './violations.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const SCRIPT = new URL('/dist/cst-widgets.js', location.href).href;

const DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
];

/** Every variant of every widget, as [tag, attributes, light-DOM text]. */
const VARIANTS: [string, Record<string, string>, string?][] = [
  ['cst-benefits', {}],
  ['cst-benefits', { layout: 'list', evidence: 'hide', 'heading-level': '3' }],
  ['cst-benefits', { layout: 'accordion', 'hide-intro': '', benefits: 'pain stress' }],
  ['cst-benefits', { theme: 'dark' }],
  ['cst-disclaimer', {}],
  ['cst-disclaimer', { dismissible: '', remember: 'none' }],
  ['cst-disclaimer', { position: 'top', dismissible: '', remember: 'session' }],
  ['cst-disclaimer', { position: 'bottom', theme: 'light' }],
  ['cst-disclaimer', {}, 'Our own words: see a doctor first.'],
  ['cst-ask-provider', {}],
  [
    'cst-ask-provider',
    {
      questions: '',
      urgent: '',
      provider: 'your GP',
      'contact-href': 'tel:+441234567890',
      'contact-label': 'Call us',
    },
  ],
  ['cst-ask-provider', { urgent: '', 'emergency-number': '112', theme: 'dark' }],
  // Its wording is a feature file, dist/features/benefits-strict.js.
  ['cst-benefits', { claims: 'strict', layout: 'accordion' }],
];

function create(
  parent: HTMLElement,
  [tag, attributes, light]: (typeof VARIANTS)[number],
): Widget {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (light) el.append(light);
  parent.append(el);
  return el;
}

async function settle(widgets: Widget[]) {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(widgets.map((el) => el.updateComplete));
  }
  // A fixed banner's spacer is sized by a ResizeObserver, after layout.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

function part(el: Widget, name: string) {
  return el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

const hasTrustedTypes = 'trustedTypes' in window;

/** The feature files the page has fetched, sorted. */
const featureFiles = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.startsWith('/dist/features/'))
    .sort();

runTests(() => {
  describe('under a strict Content-Security-Policy header', () => {
    it('is served with the documented policy, plus hashes of the runner’s own inline scripts only', async () => {
      const policy = await servedPolicy();
      const directives = policy.split(/\s*;\s*/);
      for (const directive of DIRECTIVES) expect(directives).to.include(directive);
      const scriptSrc = directives.find((d) => d.startsWith('script-src '))!;
      const [, ...sources] = scriptSrc.split(/\s+/);
      expect(sources[0]).to.equal("'self'");
      for (const source of sources.slice(1)) expect(source).to.match(/^'sha256-[^']+'$/);
    });

    it('enforces it: an inline <style> the page adds is blocked and reported', async () => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
      expect(await eventually(() => violations.length > 0)).to.equal(true);
      expect(violations[0]!.directive).to.match(/^style-src/);
      expect(getComputedStyle(document.body).outlineStyle).to.equal('none');
      style.remove();
      violations.length = 0;
    });

    if (hasTrustedTypes) {
      it('enforces Trusted Types: the page cannot assign a string to innerHTML', async () => {
        const div = document.createElement('div');
        expect(() => {
          div.innerHTML = '<b>x</b>';
        }).to.throw(TypeError);
        expect(await eventually(() => violations.length > 0)).to.equal(true);
        expect(violations[0]!.directive).to.equal('require-trusted-types-for');
        violations.length = 0;
      });
    }

    it('renders every widget, every variant, in English, French and German, with no violation', async () => {
      await import(/* @vite-ignore */ SCRIPT);
      const widgets: Widget[] = [];
      for (const lang of ['en', 'fr', 'de-DE']) {
        const section = document.createElement('section');
        section.lang = lang;
        document.body.append(section);
        for (const variant of VARIANTS) widgets.push(create(section, variant));
      }
      await settle(widgets);
      // The strict wording loads after a strict widget's first render.
      const strict = widgets.filter((el) => el.getAttribute('claims') === 'strict');
      expect(strict).to.have.length(3);
      expect(
        await eventually(() => strict.every((el) => part(el, 'topics') !== null)),
        'the strict wording loads under the policy',
      ).to.equal(true);
      await settle(widgets);

      for (const el of widgets) {
        expect(part(el, 'base'), el.localName).to.exist;
        // A disclaimer with its own text shows it through its slot.
        const shown = el.shadowRoot!.textContent! + el.textContent!;
        expect(shown.trim(), el.localName).not.to.equal('');
      }
      const french = widgets[VARIANTS.length]!;
      expect(part(french, 'base')!.getAttribute('lang')).to.equal('fr');
      expect(part(french, 'heading')!.textContent).to.contain('thérapie');
      const german = widgets[2 * VARIANTS.length]!;
      expect(part(german, 'base')!.getAttribute('lang')).to.equal('de');
      expect(part(strict[0]!, 'heading')!.textContent).to.contain(
        'About craniosacral therapy',
      );
      expect(part(strict[1]!, 'heading')!.textContent).to.contain(
        'thérapie crânio-sacrée',
      );
      expect(strict[2]!.shadowRoot!.querySelectorAll('[part~="topic"]')).to.have.length(
        3,
      );

      // Styles apply (adopted style sheets, not inline <style>).
      const card = part(widgets[0]!, 'topic')!;
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      // The banners are placed through the CSSOM, which the policy allows: with
      // this many on one page they do not fit a third of the window, and sit
      // in the page instead.
      const top = widgets.find((el) => el.getAttribute('position') === 'top')!;
      const box = part(top, 'base')!;
      expect(box.dataset.fit).to.be.oneOf(['full', 'compact', 'static']);
      expect(getComputedStyle(box).position).to.equal(
        box.dataset.fit === 'static' ? 'static' : 'fixed',
      );
      expect(getComputedStyle(box).zIndex).to.equal('1000');

      // Interaction re-renders under the policy too.
      const accordion = widgets[2]!;
      accordion.shadowRoot!.querySelector('button')!.click();
      const dismissible = widgets[5]!;
      part(dismissible, 'close-button')!.click();
      widgets[9]!.setAttribute('provider', '<img src=x onerror=alert(1)>');
      await settle(widgets);
      expect(accordion.shadowRoot!.querySelector('[aria-expanded="true"]')).to.exist;
      expect(part(dismissible, 'base')).to.equal(null);
      expect(widgets[9]!.shadowRoot!.querySelector('img')).to.equal(null);

      expect(violations).to.deep.equal([]);
    });

    it('prints and copies the question list (in the script) with no violation', async () => {
      const el = document.querySelector<Widget>('cst-ask-provider[questions]')!;

      const root = el.shadowRoot!;
      const [print, copy] = root.querySelectorAll<HTMLButtonElement>('.actions > button');
      const status = root.querySelector('[role="status"]')!;
      try {
        // The clipboard API refuses: the copy goes through a temporary text box.
        Object.defineProperty(navigator, 'clipboard', {
          configurable: true,
          value: {
            writeText: () => Promise.reject(new DOMException('', 'NotAllowedError')),
          },
        });
        const selected: string[] = [];
        Object.defineProperty(document, 'execCommand', {
          configurable: true,
          value: () => {
            const box = root.activeElement as HTMLTextAreaElement;
            selected.push(box.value.slice(box.selectionStart, box.selectionEnd));
            return true;
          },
        });
        copy!.click();
        expect(await eventually(() => status.textContent !== '')).to.equal(true);
        expect(status.textContent).to.match(/^The questions are copied\./);
        expect(selected.length).to.equal(1);
        expect(selected[0]).to.match(/^Questions worth asking\n/);

        // Printing adds a constructed sheet and a copy of the list, then
        // takes both away.
        const sheets = [...document.adoptedStyleSheets];
        const during: number[] = [];
        Object.defineProperty(window, 'print', {
          configurable: true,
          value: () => {
            dispatchEvent(new Event('beforeprint'));
            const holder = document.querySelector('[data-cst-print]');
            during.push(
              document.adoptedStyleSheets.length - sheets.length,
              holder?.shadowRoot?.querySelectorAll('li').length ?? 0,
            );
            dispatchEvent(new Event('afterprint'));
          },
        });
        print!.click();
        expect(during).to.deep.equal([1, 8]);
        expect(document.adoptedStyleSheets).to.deep.equal(sheets);
        expect(document.querySelector('[data-cst-print]')).to.equal(null);
      } finally {
        for (const [object, name] of [
          [navigator, 'clipboard'],
          [document, 'execCommand'],
          [window, 'print'],
        ] as const) {
          Reflect.deleteProperty(object, name);
        }
      }
      expect(violations).to.deep.equal([]);
    });

    it('reads a site’s own words (slots, a JSON child, content-src) with its feature files, with no violation', async () => {
      // Written in the page (a JSON child must come from the HTML: under
      // Trusted Types, a script's text set from code needs a policy, even JSON).
      const benefits = document.querySelector<Widget>('#own-words')!;
      const heading = benefits.querySelector('[slot="heading"]');
      const ask = document.createElement('cst-ask-provider') as Widget;
      const advice = document.createElement('p');
      advice.slot = 'advice';
      advice.textContent = 'See your GP first.';
      ask.append(advice);
      document.body.append(ask);
      await settle([benefits, ask]);

      const slot =
        benefits.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(slot.assignedElements()).to.deep.equal([heading]);
      expect(part(benefits, 'closing')!.textContent!.trim()).to.equal(
        'From the child <b>x</b>',
      );
      expect(benefits.shadowRoot!.querySelector('b')).to.equal(null);
      expect(benefits.shadowRoot!.textContent).to.contain('What clients tell us:');
      expect(ask.shadowRoot!.querySelector('slot[name="advice"]')).to.exist;
      expect(featureFiles()).to.include.members([
        '/dist/features/benefits-content.js',
        '/dist/features/own-words-reader.js',
      ]);
      expect(violations).to.deep.equal([]);
      ask.remove();
    });

    // The README says to add 'allow-duplicates' on a page with another copy
    // of Lit (test/csp-shared-lit.test.html); this is why.
    if (hasTrustedTypes) {
      it('refuses a second copy of Lit without ’allow-duplicates’, and the first copy goes on working', async () => {
        let error: unknown;
        await import(/* @vite-ignore */ `${SCRIPT}?second`).catch((e: unknown) => {
          error = e;
        });
        expect(error).to.be.instanceOf(TypeError);
        expect(await eventually(() => violations.length > 0)).to.equal(true);
        expect(violations.map((v) => v.directive)).to.deep.equal(['trusted-types']);
        violations.length = 0;
        const el = document.querySelector<Widget>('cst-ask-provider')!;
        el.setAttribute('provider', 'your family doctor');
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).to.contain('your family doctor');
      });
    }
  });
});
