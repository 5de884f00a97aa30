import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { CstBenefits } from '../../src/components/benefits/benefits.js';
import { collectErrors, shadow } from '../helpers.js';

/**
 * Property-based (fast-check): random and adversarial JSON documents in the
 * `<script type="application/json">` of <cst-benefits>, and random elements
 * in its slots. Whatever they hold: nothing throws or logs an error, no
 * element comes from author text, every link is https or http, every topic
 * still says what research shows, and the work is bounded (a fixed set of
 * element kinds, at most our topics plus 20, text within ours plus the
 * input's, once per topic for labels). A document that is not valid or has a
 * field we do not know gets a warning, never silence.
 */

const SAFE_PROTOCOLS = ['https:', 'http:'];
const FIELDS = ['title', 'intro', 'closing', 'labels', 'topics'];
const TOPIC_FIELDS = ['id', 'title', 'reported', 'research', 'evidence', 'citations'];
const RUNS = 60;

/** Text that must stay text, and links that must never be links. */
const NASTY = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=1</script>',
  '"><svg onload="window.pwned=1">',
  '</section><h1>x</h1>',
  '<slot name="intro"></slot>',
  '${window.pwned=1}',
  'tel:+441234567890',
  'mailto:a@example.com',
  '\u202eevil',
  'javascript:alert(1)',
  ' JaVa\tScRiPt:alert(1)',
  'data:text/html,<b>x</b>',
  'vbscript:msgbox(1)',
  '//example.com/x',
  'https://clinic.example/ok',
  '/relative',
  '',
  '   ',
  'pain',
  'sleep',
  'x'.repeat(2_001),
];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
);
const anyValue = fc.oneof(
  text,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(text, text, { maxKeys: 2 }),
);
const id = fc.oneof(
  fc.constantFrom('pain', 'stress', 'nervous-system', 'immune', 'emotional'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  text,
);
const citation = fc.oneof(fc.record({ text, url: text }, { requiredKeys: [] }), anyValue);
/** A topic with every field there (each may still be wrong). */
const fullTopic = fc.record({
  id: fc.oneof(fc.constantFrom('pain', 'sleep', 'walks'), id),
  title: text,
  reported: text,
  research: text,
  evidence: text,
  citations: fc.array(fc.record({ text, url: text }), { maxLength: 3 }),
});
const topic = fc.oneof(
  { weight: 3, arbitrary: fullTopic },
  fc.record(
    {
      id,
      title: text,
      reported: text,
      research: text,
      evidence: text,
      citations: fc.array(citation, { maxLength: 3 }),
      reserch: text,
    },
    { requiredKeys: [] },
  ),
  anyValue,
);
/** Documents near the schema (most fields right, some wrong), and anything. */
const document_ = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      title: text,
      intro: fc.array(text, { maxLength: 3 }),
      closing: text,
      labels: fc.record({
        reported: text,
        research: text,
        evidence: text,
        sources: text,
      }),
      topics: fc.array(fullTopic, { maxLength: 6 }),
    }),
  },
  fc.record(
    {
      title: fc.oneof(text, anyValue),
      intro: fc.oneof(
        text,
        fc.array(fc.oneof(text, anyValue), { maxLength: 7 }),
        anyValue,
      ),
      closing: fc.oneof(text, anyValue),
      labels: fc.oneof(
        fc.record(
          { reported: text, research: text, evidence: text, sources: text, sauces: text },
          { requiredKeys: [] },
        ),
        anyValue,
      ),
      topics: fc.oneof(fc.array(topic, { maxLength: 24 }), anyValue),
      colour: anyValue,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);
/** The JSON child's text: the document, or broken JSON now and then. */
const childText = fc.oneof(
  { weight: 5, arbitrary: document_.map((doc) => JSON.stringify(doc)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: document_.map((doc) => `${JSON.stringify(doc)},`) },
);
/** Author elements for the slots, some blank, some not ours. */
const slotted = fc.array(
  fc.tuple(
    fc.constantFrom('heading', 'intro', 'closing', 'research', 'fallback', 'intor', ''),
    fc.constantFrom('', '  ', 'Our words', '<b>bold</b>', '<!-- x -->'),
  ),
  { maxLength: 4 },
);

describe('your own words, property-based (fast-check)', () => {
  let allowedTags: Set<string>;
  let ownText: number;
  const warn = console.warn;

  before(async () => {
    // Our largest render with a full document sets the element kinds allowed.
    console.warn = () => {};
    allowedTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    ownText = 0;
    for (const layout of ['cards', 'list', 'accordion']) {
      const el = await fixture<CstBenefits>(
        html`<cst-benefits
          layout=${layout}
          content-src="/test/fixtures/benefits-content.json"
        ></cst-benefits>`,
      );
      await el.updateComplete;
      for (const node of shadow(el).querySelectorAll('*'))
        allowedTags.add(node.localName);
      allowedTags.add('slot');
      ownText = Math.max(ownText, (shadow(el).textContent ?? '').length);
      el.remove();
    }
  });

  after(() => {
    console.warn = warn;
  });

  it('holds for random documents and slotted elements', async () => {
    await fc.assert(
      fc.asyncProperty(
        childText,
        slotted,
        fc.constantFrom('cards', 'list', 'accordion'),
        async (json, elements, layout) => {
          const warnings: string[] = [];
          console.warn = (...args: unknown[]) =>
            warnings.push(args.map(String).join(' '));
          let el!: CstBenefits;
          const errors = await collectErrors(async () => {
            el = document.createElement('cst-benefits') as CstBenefits;
            el.setAttribute('layout', layout);
            for (const [name, inner] of elements) {
              const p = document.createElement('p');
              if (name) p.slot = name;
              p.innerHTML = inner;
              el.append(p);
            }
            const script = document.createElement('script');
            script.type = 'application/json';
            script.textContent = json;
            el.append(script);
            document.body.append(el);
            for (let round = 0; round < 3; round += 1) {
              await new Promise((resolve) => setTimeout(resolve, 0));
              await el.updateComplete;
            }
          });
          try {
            expect(errors, 'errors').to.deep.equal([]);
            expect((window as { pwned?: number }).pwned, 'script ran').to.equal(
              undefined,
            );
            const root = shadow(el);
            for (const node of root.querySelectorAll('*')) {
              expect(allowedTags, 'element').to.include(node.localName);
              for (const name of node.getAttributeNames()) {
                expect(name, `attribute of <${node.localName}>`).not.to.match(/^on/i);
              }
            }
            for (const link of root.querySelectorAll('a')) {
              expect(SAFE_PROTOCOLS, link.href.slice(0, 60)).to.include(link.protocol);
            }
            const topics = root.querySelectorAll('[part~="topic"]');
            expect(topics.length, 'topics').to.be.within(1, 5 + 20);
            for (const node of topics) {
              // What people say, then what research shows: both always there.
              const [, research] = node.querySelectorAll('.body > p:not([class])');
              const label = research!.querySelector('strong')!;
              expect(label.textContent!.trim(), 'research label').not.to.equal('');
              const said = research!.textContent!.replace(label.textContent!, '').trim();
              expect(said, 'what research shows').not.to.equal('');
            }
            // Labels repeat in every topic: the input counts once per topic.
            expect((root.textContent ?? '').length, 'text').to.be.at.most(
              ownText * 2 + json.length * (topics.length + 1),
            );
            // Anything beyond the schema says so.
            const doc = (() => {
              try {
                return JSON.parse(json) as unknown;
              } catch {
                return Symbol('invalid');
              }
            })();
            const odd =
              typeof doc !== 'object' ||
              doc === null ||
              Array.isArray(doc) ||
              Object.keys(doc).some((key) => !FIELDS.includes(key));
            if (odd) expect(warnings.length, 'warnings').to.be.above(0);
          } finally {
            el.remove();
            console.warn = () => {};
          }
        },
      ),
      { numRuns: RUNS, includeErrorInReport: true },
    );
  });

  it('names the known topic fields in its warnings', async () => {
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const el = document.createElement('cst-benefits');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ topics: [{ id: 'x', colour: 'blue' }] });
    el.append(script);
    document.body.append(el);
    await (el as CstBenefits).updateComplete;
    el.remove();
    console.warn = () => {};
    expect(warnings[0]).to.contain(`the known ones are ${TOPIC_FIELDS.join(', ')}`);
  });
});
