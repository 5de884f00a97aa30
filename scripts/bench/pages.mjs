// The benchmark's pages: a small practitioner's page that uses the README's
// snippet, in the variants the benchmark compares.

export const SCRIPT_PATH = '/cst-widgets/cst-widgets.js';
export const TAGS = ['cst-disclaimer', 'cst-benefits', 'cst-ask-provider'];

/** The elements of the README's snippet, as a site author pastes them. */
export const SNIPPET_WIDGETS = {
  'cst-disclaimer': '<cst-disclaimer></cst-disclaimer>',
  'cst-benefits': '<cst-benefits layout="accordion"></cst-benefits>',
  'cst-ask-provider':
    '<cst-ask-provider questions urgent provider="your GP"\n' +
    '  contact-href="tel:+441234567890" contact-label="Call the clinic"></cst-ask-provider>',
};

/** The script tag as the README recommends it. */
export const SCRIPT_TAG = `<script type="module" src="${SCRIPT_PATH}" blocking="render"></script>`;
/**
 * The README's line for a page in another language: its language file, also
 * render-blocking, so the widgets have their words in the first paint.
 */
export const languageTag = (locale) =>
  `<script type="module" src="${SCRIPT_PATH.replace(/[^/]+$/, `locales/${locale}.js`)}" blocking="render"></script>`;
/** The same without `blocking="render"`: what a page without the advice does. */
export const BARE_SCRIPT_TAG = `<script type="module" src="${SCRIPT_PATH}"></script>`;

/** The host site's own stylesheet, served as `/site.css`. */
export const SITE_CSS = `body { margin: 0 auto; max-inline-size: 46em; padding: 1em; font: 1rem/1.5 sans-serif; }
header, footer { padding-block: 0.5em; }
main > * + * { margin-block-start: 1.5em; }
`;

/** Like almost every site, the host page links its own stylesheet (or inlines it). */
const styles = (inlineCss) =>
  inlineCss ? `<style>${SITE_CSS}</style>` : '<link rel="stylesheet" href="/site.css">';

/**
 * A host page. `widgets` maps each tag to the markup that stands in its
 * place; `head` is what the page adds to its `<head>` (the script tag).
 */
export function hostPage({
  title,
  head = '',
  widgets,
  inlineCss = false,
  lang = 'en',
  bodyStart = '',
}) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${styles(inlineCss)}
${head}
</head>
<body>
${bodyStart}
<header>
<h1>Riverside Craniosacral Therapy</h1>
<p>Gentle, hands-on sessions in a quiet room by the river. Read what the therapy is,
what people hope for, and what research shows, before you book.</p>
</header>
<main>
${widgets['cst-disclaimer']}
<section>
<h2>Your first session</h2>
<p>A first session lasts about an hour. You stay fully clothed and lie on a padded
table. We start with a talk about your health and what you hope for.</p>
</section>
${widgets['cst-benefits']}
${widgets['cst-ask-provider']}
<section>
<h2>Opening hours</h2>
<p>Monday to Friday, 9 am to 6 pm. Saturday, 9 am to 1 pm. The room is on the ground
floor, with step-free access from the car park.</p>
</section>
</main>
<footer><p>Riverside Craniosacral Therapy, 1 Mill Lane, Riverside.</p></footer>
</body>
</html>
`;
}

/** Page C: `count` of each widget, one after the other. */
export function manyWidgetsPage({ count, head = '', widgets, inlineCss = false }) {
  const items = [];
  for (let index = 0; index < count; index += 1) {
    for (const tag of TAGS) items.push(widgets[tag]);
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${count} of each widget</title>
<link rel="icon" href="data:,">
${styles(inlineCss)}
${head}
</head>
<body>
<h1>${count} of each widget</h1>
${items.join('\n')}
<p>The end.</p>
</body>
</html>
`;
}

/**
 * Page B's stand-in for one rendered widget: the same element, with its
 * rendered shadow tree and its styles as declarative shadow DOM. The HTML
 * parser builds it; no script runs.
 */
export function staticWidget({ tag, attributes, css, shadowHtml }) {
  const attrs = attributes
    .map(([name, value]) =>
      value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`,
    )
    .join('');
  return `<${tag}${attrs}><template shadowrootmode="open"><style>${css}</style>${shadowHtml}</template></${tag}>`;
}

function escapeAttr(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Page N: `total` widgets, a third of each kind, in the README snippet's order. */
export function widgetsPage({ total, head = '', widgets }) {
  return manyWidgetsPage({
    count: Math.round(total / TAGS.length),
    head,
    widgets,
  }).replace(/<title>[^<]*<\/title>/, `<title>${total} widgets</title>`);
}

/**
 * The Lit floor: the source of a module that defines each tag as a trivial
 * Lit element whose template is the widget's rendered markup, with its
 * styles as one shared sheet. What Lit itself costs to show the same
 * markup: no attributes read, no words looked up, no bindings.
 */
export function litFloorSource(snapshot) {
  const literal = (text) => text.replace(/[\\`]/g, '\\$&').replace(/\$\{/g, '\\${');
  const definitions = snapshot
    .map(
      ({ tag, css, shadowHtml }) =>
        `define(${JSON.stringify(tag)}, css\`${literal(css)}\`, () => html\`${literal(shadowHtml)}\`);`,
    )
    .join('\n');
  return `import { LitElement, css, html } from 'lit';
const define = (tag, styles, template) => {
  if (customElements.get(tag)) return;
  customElements.define(tag, class extends LitElement {
    static styles = styles;
    render() { return template(); }
  });
};
${definitions}
`;
}
