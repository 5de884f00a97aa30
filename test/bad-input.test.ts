import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import { collectErrors, shadow, UNSAFE_URLS } from './helpers.js';

/**
 * Property-based tests: random and adversarial text in every attribute of
 * every element, taken from custom-elements.json so that a new attribute is
 * tested the day it is documented. Whatever the input: nothing throws or
 * logs, no element comes from attribute text, no link has a scheme other
 * than https, http, tel or mailto, text attributes show as the text they
 * are, and the work is bounded: the rendered tree stays within a fixed number
 * of elements and its text within the widget's own text plus the input's.
 * (Bounded work, not wall-clock time: no timing assertions here.)
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface Manifest {
  modules: {
    declarations?: { tagName?: string; attributes?: { name: string }[] }[];
  }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const ATTRIBUTES = new Map<string, string[]>(
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => [
      declaration.tagName!,
      (declaration.attributes ?? []).map((attribute) => attribute.name),
    ]),
);

const SAFE_PROTOCOLS = ['https:', 'http:', 'tel:', 'mailto:'];
/** Attributes whose text the widget shows as written (trimmed), when it shows them. */
const SHOWN_AS_TEXT = [
  'provider',
  'contact-label',
  'dismiss-label',
  'reported-label',
  'research-label',
  'evidence-label',
  'sources-label',
];
/** Labels shown once per topic (five), and the sources label under the intro too. */
const SHOWN_PER_TOPIC: Record<string, number> = {
  'reported-label': 5,
  'research-label': 5,
  'evidence-label': 5,
  'sources-label': 6,
};
/** Runs per property and element: enough variety, and the suite stays fast. */
const RUNS = 40;

/** Markup that must stay text: no element may ever come from it. */
const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)>",
  '<style>*{display:none}</style>',
  '</section><h1>x</h1>',
  '<!--',
  '${alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '<slot></slot>',
  '<cst-benefits></cst-benefits>',
];

/** Schemes a link must never get, written the ways people hide them. */
const SCHEMES = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)'];

/** Numbers for heading-level and remember-days, out of range or oddly written. */
const NUMBERS = [
  '0',
  '-1',
  '7',
  '3651',
  '99999999999999999999',
  '1e3',
  '0x10',
  '2.5',
  ' 3 ',
  'NaN',
  'Infinity',
  '-0',
  '+4',
  '٣',
  '３',
];

/** Direction overrides, isolates and other invisible characters. */
const INVISIBLE = ['\u202e', '\u202d', '\u2066', '\u2069', '\u200f', '\ufeff', '\u0000'];

/** Values of about 100 KB. */
const HUGE = [
  'x'.repeat(100_000),
  '<b>x</b>'.repeat(12_500),
  `${' '.repeat(100_000)}javascript:alert(1)`,
  '9'.repeat(100_000),
  '\u202e'.repeat(50_000),
];

/**
 * Writes a dangerous URL the ways that survive HTML parsing: character
 * references (`&#106;`, `&#x3A;`, `&Tab;`), mixed case, and whitespace or
 * control characters around and inside the scheme. Returns the value the
 * element gets, as the HTML parser decodes it.
 */
const disguisedUrl = fc
  .tuple(
    fc.constantFrom(...SCHEMES),
    fc.array(fc.constantFrom('none', 'upper', 'decimal', 'hex', 'tab', 'newline'), {
      minLength: 1,
      maxLength: 30,
    }),
    fc.constantFrom('', ' ', '\t', '\n', '\u0001', '\u00a0', '  \u000c'),
  )
  .map(([url, tricks, padding]) => {
    const colon = url.indexOf(':');
    const written = [...url]
      .map((char, index) => {
        const trick = index <= colon ? tricks[index % tricks.length] : 'none';
        const code = char.codePointAt(0)!;
        if (trick === 'upper') return char.toUpperCase();
        if (trick === 'decimal') return `&#${code};`;
        if (trick === 'hex') return `&#x${code.toString(16)};`;
        if (trick === 'tab' && index < colon) return `${char}&Tab;`;
        if (trick === 'newline' && index < colon) return `${char}&NewLine;`;
        return char.replace('&', '&amp;').replace('"', '&quot;');
      })
      .join('');
    return decodeAttribute(`${padding}${written}`);
  });

/** What an attribute written as `source` in HTML holds once parsed. */
function decodeAttribute(source: string): string {
  const template = document.createElement('template');
  template.innerHTML = `<i title="${source.replace(/"/g, '&quot;')}"></i>`;
  return (template.content.firstElementChild as HTMLElement).title;
}

/** Any attribute value: mostly adversarial, some plain random text. */
const value: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...MARKUP, ...SCHEMES, ...UNSAFE_URLS, ...NUMBERS, ...INVISIBLE),
  disguisedUrl,
  fc.constantFrom(...HUGE),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(
      fc.constantFrom(...INVISIBLE, ' ', ''),
      fc.constantFrom(
        ...MARKUP,
        ...SCHEMES,
        'es',
        'de-DE',
        'ar',
        'top',
        'accordion',
        '2',
      ),
    )
    .map(([prefix, text]) => prefix + text),
);

/** Values a widget is documented to accept, for its largest renders. */
const RICH: Record<string, Record<string, string>[]> = {
  'cst-benefits': [{}, { layout: 'list' }, { layout: 'accordion' }],
  'cst-disclaimer': [{ dismissible: '', position: 'top' }, {}],
  'cst-ask-provider': [
    { questions: '', urgent: '', 'contact-href': 'https://example.com/contact' },
  ],
};
const LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'pt'];

async function settle(el: Widget) {
  // A language file may load; then the widget renders once more.
  for (let round = 0; round < 3; round += 1) await el.updateComplete;
}

function elements(el: Element): Element[] {
  return [...shadow(el).querySelectorAll('*')];
}

function shownText(el: Element): string {
  return shadow(el).textContent ?? '';
}

/** Sets exactly `attributes` on `el`, removing any other. */
function setAttributes(el: Element, attributes: Record<string, string>) {
  for (const name of el.getAttributeNames()) {
    if (!(name in attributes)) el.removeAttribute(name);
  }
  for (const [name, text] of Object.entries(attributes)) el.setAttribute(name, text);
}

describe('bad input, property-based (fast-check)', () => {
  it('takes every element and attribute from custom-elements.json', () => {
    expect([...ATTRIBUTES.keys()].sort()).to.deep.equal([
      'cst-ask-provider',
      'cst-benefits',
      'cst-disclaimer',
    ]);
    for (const [tag, names] of ATTRIBUTES) {
      const observed = (
        customElements.get(tag) as unknown as { observedAttributes: string[] }
      ).observedAttributes;
      expect([...names].sort(), tag).to.deep.equal([...observed].sort());
    }
  });

  for (const [tag, names] of ATTRIBUTES) {
    describe(`<${tag}>`, () => {
      const allowedTags = new Set<string>();
      let maxElements = 0;
      let maxText = 0;
      let el: Widget;

      before(async () => {
        // Headings at every level are the widget's own (heading-level).
        for (const level of [1, 2, 3, 4, 5, 6]) allowedTags.add(`h${level}`);
        // The widget's own largest renders, in every language, set the bounds.
        for (const attributes of RICH[tag]!) {
          for (const lang of LANGUAGES) {
            const rich = document.createElement(tag) as Widget;
            setAttributes(rich, { ...attributes, lang });
            document.body.append(rich);
            await settle(rich);
            for (const child of elements(rich)) allowedTags.add(child.localName);
            maxElements = Math.max(maxElements, elements(rich).length);
            maxText = Math.max(maxText, shownText(rich).length);
            rich.remove();
          }
        }
        el = document.createElement(tag) as Widget;
        document.body.append(el);
      });

      after(() => el.remove());

      it(`holds for random values in any set of its attributes (${names.join(', ')})`, async () => {
        const attributes = fc.dictionary(fc.constantFrom(...names), value, {
          maxKeys: names.length,
        });
        await fc.assert(
          fc.asyncProperty(attributes, async (given) => {
            const errors = await collectErrors(async () => {
              setAttributes(el, given);
              await settle(el);
            });
            expect(errors, 'errors').to.deep.equal([]);
            const inside = elements(el);

            // No element from attribute text; no handler attributes at all.
            for (const child of inside) {
              expect(allowedTags, 'element').to.include(child.localName);
              for (const name of child.getAttributeNames()) {
                expect(name, `attribute of <${child.localName}>`).not.to.match(/^on/i);
              }
            }
            // No link with a disallowed scheme.
            for (const link of shadow(el).querySelectorAll('a')) {
              expect(SAFE_PROTOCOLS, link.href.slice(0, 80)).to.include(link.protocol);
            }
            // Bounded work: a fixed number of elements, and text within the
            // widget's own plus what it was given.
            const givenLength = Object.entries(given).reduce(
              (sum, [name, text]) => sum + text.length * (SHOWN_PER_TOPIC[name] ?? 1),
              0,
            );
            expect(inside.length, 'elements').to.be.at.most(maxElements);
            expect(shownText(el).length, 'text length').to.be.at.most(
              maxText + givenLength,
            );
            // Text attributes show as the text they are, where they show.
            const text = shownText(el);
            for (const name of SHOWN_AS_TEXT) {
              const written = given[name]?.trim();
              if (!written || !names.includes(name)) continue;
              const shown =
                name === 'provider' ||
                (name === 'contact-label' &&
                  shadow(el).querySelector('a[part~="contact"]')) ||
                (name === 'dismiss-label' && shadow(el).querySelector('button'));
              if (shown) expect(text, name).to.include(written);
            }
          }),
          { numRuns: RUNS, includeErrorInReport: true },
        );
      });
    });
  }
});
