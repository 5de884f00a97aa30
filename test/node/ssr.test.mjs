// Server rendering with @lit-labs/ssr from the npm build: every widget
// becomes declarative shadow DOM with its English text, and attribute text
// stays text on the server too. test/ssr-hydration.test.ts hydrates the same
// output in the browsers. Run by `npm run test:node`, after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { CASES, renderCase } from '../../scripts/ssr-render.mjs';

const SHADOW_ROOT = '<template shadowroot="open" shadowrootmode="open">';
const SAFE_PROTOCOLS = ['https:', 'http:', 'tel:', 'mailto:'];

/** Decodes the character references that the SSR attribute escaping writes. */
function decode(text) {
  return text.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi,
    (_, dec, hex, name) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name.toLowerCase()];
    },
  );
}

/** What the widgets render themselves; attribute text must never add to it. */
const OWN_TAGS = new Set(
  'template style section div h1 h2 h3 h4 h5 h6 p ul li strong a span button slot'.split(
    ' ',
  ),
);

/**
 * Checks server output, read tag by tag (the server writes every attribute
 * value in double quotes, with `"`, `&`, `<` and `>` escaped): one shadow root
 * and one style sheet per widget, no element but the widget's own, no event
 * handler attribute, and only links with a safe scheme.
 */
function assertSafe(output, widgets = 1) {
  assert.equal(output.split(SHADOW_ROOT).length - 1, widgets, 'shadow roots');
  const markup = output.replace(/<style>[^<]*<\/style>/g, '<style></style>');
  assert.equal(markup.match(/<style>/g)?.length ?? 0, widgets, '<style> elements');
  const tags = [
    ...markup.matchAll(/<([a-z][\w-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/gi),
  ];
  assert.ok(tags.length > widgets * 3, 'tags found');
  // Anything else that opens a tag (but an end tag, a comment or the `<?>`
  // the HTML parser reads as one) is not one the widget wrote.
  assert.equal(
    markup.split('<').length - 1,
    tags.length + (markup.match(/<\/|<!--|<\?/g) ?? []).length,
  );
  for (const [, name, attributes] of tags) {
    if (name.startsWith('cst-')) continue;
    assert.ok(OWN_TAGS.has(name.toLowerCase()), `<${name}>`);
    for (const [, attribute, value = ''] of attributes.matchAll(
      /\s([^\s=>]+)(?:="([^"]*)")?/g,
    )) {
      assert.doesNotMatch(attribute, /^on/i, `${name} ${attribute}`);
      if (name === 'a' && attribute === 'href') {
        const { protocol } = new URL(decode(value), 'https://clinic.example/page');
        assert.ok(SAFE_PROTOCOLS.includes(protocol), `href ${value.slice(0, 60)}`);
      }
    }
  }
}

for (const name of Object.keys(CASES)) {
  test(`@lit-labs/ssr renders ${name} to declarative shadow DOM`, async () => {
    const output = await renderCase(name);
    assertSafe(output);
    assert.match(output, /part="base"/);
    assert.doesNotMatch(output, /undefined|\[object /);
  });
}

test('the server output speaks English, with the honest content', async () => {
  assert.match(await renderCase('benefits-cards'), /what research shows/);
  assert.match(await renderCase('disclaimer-inline'), /does not replace medical care/);
  assert.match(await renderCase('ask-provider-all'), /your GP/);
});

test('claims="strict" renders one sentence on the server, never the balanced topics', async () => {
  const output = await renderCase('benefits-strict');
  assert.match(output, /Craniosacral therapy \(CST\) is a gentle, hands-on approach\./);
  assert.doesNotMatch(
    output,
    /research|What people say|pain|stress|immune|sleep|anxiety|cerebrospinal|treat|cure|heal\b|relieve|boost|balance/i,
  );
  assert.doesNotMatch(output, /part="topic/);
});

test('a relative contact link is kept as written, for the page to resolve', async () => {
  assert.match(await renderCase('ask-provider'), /href="\/contact"/);
});

const ATTACKS = [
  'javascript:alert(1)',
  ' JaVa\tScRiPt:alert(1)',
  '\u00a0javascript:alert(1)',
  '\ufeffjavascript:alert(1)',
  'data:text/html,<b>x</b>',
  'vbscript:msgbox(1)',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "' onmouseover='alert(1)",
];

test('attribute text stays text and no unsafe link is rendered on the server (fast-check)', async () => {
  const value = fc.oneof(
    fc.constantFrom(...ATTACKS),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        'contact-href': value,
        'contact-label': value,
        provider: value,
        'emergency-number': value,
        'heading-level': value,
      }),
      async (attributes) => {
        const written = Object.entries(attributes)
          .map(
            ([name, text]) =>
              `${name}="${text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
          )
          .join(' ');
        // The attributes as a page template writes them (static markup).
        const output = await collectResult(
          render(
            staticHtml`<cst-ask-provider questions urgent ${unsafeStatic(written)}></cst-ask-provider>`,
          ),
        );
        assertSafe(output);
      },
    ),
    { numRuns: 60 },
  );
  // The same with a Lit binding, as an app passes a value. Some of these are
  // relative links to odd paths ("\u00a0javascript:…" has no scheme to the
  // URL parser), which are safe: only the scheme matters.
  for (const href of ATTACKS) {
    assertSafe(
      await collectResult(
        render(html`<cst-ask-provider contact-href=${href}></cst-ask-provider>`),
      ),
    );
  }
});
