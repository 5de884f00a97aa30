import { expect, waitUntil } from '@open-wc/testing';

/**
 * The drop-in script (dist/cst-widgets.js, built) where it has no URL of its
 * own to find its files beside: run from a `blob:` or `data:` URL, or pasted
 * inline by a site builder, on a French page, also under a `<base href>` to
 * another site. The widgets must render, in English, with one warning, and
 * request nothing. Each case gets a frame of its own: a fresh page with its
 * own registry of elements.
 */

const SCRIPT = new URL('/dist/cst-widgets.js', location.href).href;
const code = await (await fetch(SCRIPT)).text();
const TAGS = ['cst-disclaimer', 'cst-benefits', 'cst-ask-provider'];

interface Frame {
  window: Window & typeof globalThis & { warnings: string[]; errors: string[] };
  document: Document;
  remove(): void;
}

/** A French page, with the console and errors recorded before any script runs. */
async function frame(head = ''): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.srcdoc = `<!doctype html><html lang="fr"><head>${head}
<script>
  window.warnings = [];
  window.errors = [];
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  addEventListener('error', (event) => errors.push(event.message));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
</script></head><body>
<cst-disclaimer></cst-disclaimer>
<cst-benefits></cst-benefits>
<cst-ask-provider questions></cst-ask-provider>
</body></html>`;
  iframe.style.inlineSize = '800px';
  iframe.style.blockSize = '600px';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve));
  document.body.append(iframe);
  await loaded;
  return {
    window: iframe.contentWindow as Frame['window'],
    document: iframe.contentDocument!,
    remove: () => iframe.remove(),
  };
}

/** Runs the script in `page` as a module script, from `src` or inline. */
function run(page: Frame, source: { src: string } | { inline: string }) {
  const script = page.document.createElement('script');
  script.type = 'module';
  if ('src' in source) script.src = source.src;
  else script.textContent = source.inline;
  page.document.head.append(script);
}

/** Every widget shows, in English, with one warning, and nothing is requested. */
async function expectEnglishWithOneWarning(page: Frame) {
  const widgets = TAGS.map((tag) => page.document.querySelector(tag)!);
  await waitUntil(
    () => widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"]')),
    'the widgets never rendered',
    { timeout: 10000 },
  );
  for (const el of widgets) {
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(base.getAttribute('lang'), el.localName).to.equal('en');
    expect(base.offsetHeight, el.localName).to.be.greaterThan(0);
  }
  expect(widgets[0]!.shadowRoot!.textContent).to.contain('complementary therapy');
  expect(page.window.errors).to.deep.equal([]);
  expect(page.window.warnings).to.have.length(1);
  expect(page.window.warnings[0]).to.match(
    /^cst-widgets: locales\/fr\.js: the script is not a file of its own \(inline, blob: or data:\), so widgets in "fr" show English\.$/,
  );
  await new Promise((resolve) => setTimeout(resolve, 100));
  const requested = page.window.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !name.startsWith('blob:') && !name.startsWith('data:'));
  expect(requested).to.deep.equal([]);
}

describe('the script without a URL of its own, on a French page', () => {
  let page: Frame | undefined;
  afterEach(() => page?.remove());

  it('from a blob: URL: renders in English, with one warning', async () => {
    page = await frame();
    const blob = new page.window.Blob([code], { type: 'text/javascript' });
    run(page, { src: page.window.URL.createObjectURL(blob) });
    await expectEnglishWithOneWarning(page);
  });

  it('from a data: URL: renders in English, with one warning', async () => {
    page = await frame();
    run(page, { src: `data:text/javascript;charset=utf-8,${encodeURIComponent(code)}` });
    await expectEnglishWithOneWarning(page);
  });

  it('pasted inline: renders in English, with one warning', async () => {
    page = await frame();
    run(page, { inline: code });
    await expectEnglishWithOneWarning(page);
  });

  it('pasted inline under a <base href> to another site: asks that site for nothing', async () => {
    page = await frame('<base href="https://cdn.example.invalid/widgets/">');
    run(page, { inline: code });
    await expectEnglishWithOneWarning(page);
  });
});
