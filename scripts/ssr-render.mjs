// Renders the widgets on the server with @lit-labs/ssr, from the npm build
// (lib/, run `npm run build` first), as a Node app (Next.js, Astro, Eleventy)
// would: each widget becomes declarative shadow DOM.
//
// `node scripts/ssr-render.mjs --page` prints a page with every case, which
// the test server serves at /ssr/page.html (scripts/test-server.mjs) for
// test/ssr-hydration.test.ts; test/node/ssr.test.mjs imports renderCase().
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../lib/define.js';

/** Each widget in its main variants. Server rendering speaks English. */
export const CASES = {
  'benefits-cards': () => html`<cst-benefits></cst-benefits>`,
  'benefits-list': () =>
    html`<cst-benefits layout="list" evidence="hide" heading-level="3"></cst-benefits>`,
  'benefits-accordion': () =>
    html`<cst-benefits
      layout="accordion"
      benefits="pain stress"
      hide-intro
    ></cst-benefits>`,
  'disclaimer-inline': () => html`<cst-disclaimer dismissible></cst-disclaimer>`,
  'disclaimer-bottom': () =>
    html`<cst-disclaimer position="bottom" remember="none"></cst-disclaimer>`,
  'ask-provider': () =>
    html`<cst-ask-provider contact-href="/contact"></cst-ask-provider>`,
  'ask-provider-all': () =>
    html`<cst-ask-provider
      questions
      urgent
      emergency-number="112"
      provider="your GP"
      contact-href="https://example.com/contact"
      contact-label="Contact the clinic"
      theme="dark"
    ></cst-ask-provider>`,
  // A server cannot load the strict wording's file: it renders the sentence
  // that a strict widget shows first, and the browser then loads the rest.
  // Last, so that its growth then moves no other case on the page.
  'benefits-strict': () =>
    html`<cst-benefits claims="strict" layout="accordion"></cst-benefits>`,
};

/** The server-rendered HTML of one case. */
export async function renderCase(name) {
  return collectResult(render(CASES[name]()));
}

/** A page with every case, each in `<div data-case="…">`, and no script. */
export async function renderPage() {
  const cases = [];
  for (const name of Object.keys(CASES)) {
    cases.push(`<div data-case="${name}">${await renderCase(name)}</div>`);
  }
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Server-rendered widgets</title></head>
<body>
${cases.join('\n')}
</body>
</html>
`;
}

if (process.argv.includes('--page')) process.stdout.write(await renderPage());
