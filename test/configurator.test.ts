import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { backgroundOf, luminance } from './contrast.js';
import {
  inDarkMode,
  itEmulatingMedia,
  itEmulatingMediaFeatures,
  markup,
  shadow,
  text,
  withMedia,
} from './helpers.js';

/**
 * The configurator (demo/index.html) as a practitioner uses it: loaded in a
 * frame as a page of its own, with the built dist/cst-widgets.js in its
 * preview (run `npm run build` first). Expectations are read from
 * custom-elements.json here, independently of the page's own reading of it.
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
}
interface ManifestSlot {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
  slots?: ManifestSlot[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const manifest = (await (await fetch('/custom-elements.json')).json()) as Manifest;
const ELEMENTS = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter(
    (declaration) => declaration.customElement && declaration.tagName,
  ) as (Declaration & {
  tagName: string;
})[];
const squash = (value: string) => value.replace(/\s+/g, ' ').trim();
const { version } = (await (await fetch('/package.json')).json()) as { version: string };
/** The folder of this exact version on the public npm CDN: the snippet's default. */
const CDN = `https://cdn.jsdelivr.net/npm/cst-widgets@${version}/dist/`;

/** The string literals of a union type, or none: `'a' | 'b' | undefined` → a, b. */
function literals(type: string | undefined): string[] | undefined {
  const parts = (type ?? '').split('|').map((part) => part.trim());
  const quoted = parts.filter((part) => /^'.*'$/.test(part));
  if (quoted.length === 0) return undefined;
  if (!parts.every((part) => quoted.includes(part) || part === 'undefined'))
    return undefined;
  return quoted.map((part) => part.slice(1, -1));
}

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
}

/**
 * The configurator in a frame of `width` × `height` CSS px, ready to use. The
 * tests of the element's code choose "The element only" (`kind`): the
 * pre-rendered code is the same element with its shadow root inside, and has
 * tests of its own ('the pre-rendered code', below).
 */
async function openConfigurator(
  width = 1280,
  height = 900,
  kind: 'element' | 'prerendered' = 'element',
): Promise<Page> {
  const holder = await fixture<HTMLElement>('<div></div>');
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
  frame.src = '/demo/';
  holder.append(frame);
  await waitUntil(
    () => frame.contentDocument?.documentElement?.dataset.ready !== undefined,
    'the configurator did not start',
    { timeout: 10000 },
  );
  const page = {
    frame,
    win: frame.contentWindow as Window & typeof globalThis,
    doc: frame.contentDocument!,
  };
  await waitUntil(() => previewElement(page), 'the preview did not start', {
    timeout: 10000,
  });
  if (kind === 'element') page.doc.querySelector<HTMLElement>('#kind-element')!.click();
  await settled(page);
  return page;
}

function previewFrame({ doc }: Page): HTMLIFrameElement {
  return doc.getElementById('preview-frame') as HTMLIFrameElement;
}

function previewDocument(page: Page): Document {
  return previewFrame(page).contentDocument!;
}

function previewElement(page: Page): Widget | null {
  return (previewFrame(page).contentDocument?.querySelector('#stage > *') ??
    null) as Widget | null;
}

/** Waits until the preview's widget is defined and has rendered. */
async function settled(page: Page) {
  const el = previewElement(page)!;
  const registry = previewFrame(page).contentWindow!.customElements;
  await registry.whenDefined(el.localName);
  await el.updateComplete;
  // A language file may still be on its way: the widget renders again then.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

function snippetText({ doc }: Page): string {
  return doc.getElementById('snippet')!.textContent!;
}

function choose({ doc }: Page, tag: string) {
  (doc.getElementById(`widget-${tag}`) as HTMLInputElement).click();
}

function field({ doc }: Page, kind: 'attribute' | 'slot', name: string): HTMLElement {
  const found = [...doc.querySelectorAll<HTMLElement>(`#settings [data-${kind}]`)].find(
    (el) => el.dataset[kind] === name,
  );
  if (!found) throw new Error(`no control for ${kind} "${name}"`);
  return found;
}

function type(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

function pick(control: HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

function setLanguage(page: Page, language: string, region = '') {
  const [languageSelect, regionSelect] = field(
    page,
    'attribute',
    'lang',
  ).querySelectorAll('select');
  pick(languageSelect, language);
  pick(regionSelect, region);
}

/** The control of a text attribute, or the text area of a slot. */
function textControl(el: HTMLElement): HTMLInputElement | HTMLTextAreaElement {
  return el.querySelector('input[type="text"], textarea')!;
}

/** An element without whitespace-only text nodes, for comparing markup. */
function withoutBlankText<T extends Node>(node: T): T {
  const copy = node.cloneNode(true) as T;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  const blank: Node[] = [];
  while (walker.nextNode())
    if (!walker.currentNode.textContent!.trim()) blank.push(walker.currentNode);
  for (const node of blank) node.parentNode!.removeChild(node);
  return copy;
}

function attributesOf(el: Element): string[][] {
  return el.getAttributeNames().map((name) => [name, el.getAttribute(name)!]);
}

/**
 * The shadow tree as markup, without the live region of a fixed banner: that
 * one is filled for a moment when the banner appears, a transient message
 * rather than what the widget shows.
 */
function rendered(el: Element): string {
  const copy = document.createElement('div');
  copy.append(...[...shadow(el).childNodes].map((node) => node.cloneNode(true)));
  for (const region of copy.querySelectorAll('[role="status"]')) region.textContent = '';
  return markup(copy);
}

/**
 * Parses the snippet into a fresh document and checks it is exactly the
 * preview: the same element, attributes and children; then renders the
 * parsed element beside it and checks the same shadow tree.
 */
async function expectRoundTrip(page: Page) {
  const preview = previewElement(page)!;
  const parsed = new DOMParser().parseFromString(snippetText(page), 'text/html');
  const elements = parsed.body.querySelectorAll(preview.localName);
  expect(elements.length, 'one element in the snippet').to.equal(1);
  const element = elements[0];
  expect(attributesOf(element)).to.deep.equal(attributesOf(preview));
  expect(withoutBlankText(element).outerHTML).to.equal(preview.outerHTML);

  const doc = previewDocument(page);
  const box = doc.createElement('div');
  doc.body.append(box);
  try {
    const copy = doc.importNode(element, true) as Widget;
    box.append(copy);
    await copy.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await copy.updateComplete;
    await preview.updateComplete;
    expect(rendered(copy)).to.equal(rendered(preview));
  } finally {
    box.remove();
  }
}

describe('the configurator (demo/index.html)', () => {
  it('has a labelled control, with the manifest description as its hint, for every attribute and slot of every element', async () => {
    const page = await openConfigurator();
    expect(ELEMENTS.length).to.be.greaterThan(2);
    for (const element of ELEMENTS) {
      choose(page, element.tagName);
      expect(
        page.doc.querySelector('#settings [data-widget]')!.getAttribute('data-widget'),
      ).to.equal(element.tagName);
      for (const attribute of element.attributes ?? []) {
        const where = `${element.tagName} ${attribute.name}`;
        const root = field(page, 'attribute', attribute.name);
        const controls = [
          ...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'),
        ];
        expect(controls.length, where).to.be.greaterThan(0);
        for (const control of controls) {
          const named =
            (control.labels?.length ?? 0) > 0 &&
            squash(control.labels![0].textContent!) !== '';
          expect(named, `${where}: a label`).to.equal(true);
        }
        // The hint: the manifest's description, read out with the control.
        const describedBy = (
          root.getAttribute('aria-describedby') ??
          controls[0].getAttribute('aria-describedby') ??
          ''
        ).split(' ');
        const hints = describedBy.map(
          (id) => page.doc.getElementById(id)?.textContent ?? '',
        );
        const description = squash((attribute.description ?? '').replace(/`/g, ''));
        expect(squash(hints.join(' ')), where).to.contain(description);

        const choices = literals(attribute.type?.text);
        if (attribute.name === 'lang') {
          expect(controls.map((control) => control.localName)).to.deep.equal([
            'select',
            'select',
          ]);
        } else if (attribute.type?.text === 'boolean') {
          expect(
            controls.map((control) => (control as HTMLInputElement).type),
            where,
          ).to.deep.equal(['checkbox']);
        } else if (choices) {
          const values =
            controls[0].localName === 'select'
              ? [...(controls[0] as HTMLSelectElement).options].map(
                  (option) => option.value,
                )
              : controls.map((control) => control.value);
          // A union without a default also offers "not set" ('').
          expect(values.filter(Boolean), where).to.deep.equal(choices);
          if (controls[0].localName !== 'select') {
            expect(root.localName, `${where}: a radio group is a fieldset`).to.equal(
              'fieldset',
            );
            expect(squash(root.querySelector('legend')!.textContent!)).not.to.equal('');
          }
        } else {
          expect(
            controls.map((control) => (control as HTMLInputElement).type),
            where,
          ).to.deep.equal(['text']);
        }
      }
      for (const slot of element.slots ?? []) {
        const root = field(page, 'slot', slot.name);
        const area = root.querySelector('textarea')!;
        expect(area.labels!.length, `slot "${slot.name}"`).to.equal(1);
        // Its hint, and the reading-age meter once text is typed.
        const hint = area
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => page.doc.getElementById(id)?.textContent ?? '')
          .join(' ');
        // Code in the description (`…`) is shown as code, without the backticks.
        expect(squash(hint)).to.contain(
          squash((slot.description ?? '').replace(/`/g, '')),
        );
      }
    }
  });

  it('makes controls for attributes and slots the components do not have yet', async () => {
    const form = await import(
      /* @vite-ignore */ new URL('/demo/configurator/form.js', location.href).href
    );
    const model = await import(
      /* @vite-ignore */ new URL('/demo/configurator/model.js', location.href).href
    );
    const future = {
      modules: [
        {
          declarations: [
            {
              kind: 'class',
              customElement: true,
              tagName: 'cst-future',
              summary: 'A widget of tomorrow.',
              attributes: [
                {
                  name: 'mood',
                  type: { text: "'calm' | 'bright'" },
                  default: "'calm'",
                  description: 'The `mood`.',
                },
                {
                  name: 'size',
                  type: { text: "'s' | 'm' | 'l' | 'xl' | 'xxl'" },
                  default: "'m'",
                  description: 'Size.',
                },
                {
                  name: 'tone',
                  type: { text: "'warm' | 'cool' | undefined" },
                  description: 'Tone.',
                },
                {
                  name: 'loud',
                  type: { text: 'boolean' },
                  default: 'false',
                  description: 'Loud.',
                },
                {
                  name: 'caption',
                  type: { text: 'string | undefined' },
                  description: 'Caption.',
                },
                { name: 'count', type: { text: 'number' }, description: 'Count.' },
              ],
              slots: [
                { name: '', description: 'The body.' },
                { name: 'footer', description: 'The footer.' },
              ],
            },
          ],
        },
      ],
    };
    const [widget] = model.widgetsFrom(future);
    const box = await fixture<HTMLElement>('<form></form>');
    box.append(...form.buildControls(document, widget, ['en', 'de']));
    form.resetControls(box, widget);
    const control = (kind: string, name: string) =>
      form.controlOf(box, kind, name) as HTMLElement;

    expect(
      [
        ...control('attribute', 'mood').querySelectorAll<HTMLInputElement>(
          'input[type="radio"]',
        ),
      ].map((i) => i.value),
    ).to.deep.equal(['calm', 'bright']);
    expect(
      [...control('attribute', 'size').querySelectorAll('option')].map((o) => o.value),
    ).to.deep.equal(['s', 'm', 'l', 'xl', 'xxl']);
    expect(
      [...control('attribute', 'tone').querySelectorAll<HTMLInputElement>('input')].map(
        (i) => i.value,
      ),
    ).to.deep.equal(['', 'warm', 'cool']);
    expect(control('attribute', 'loud').querySelector('input')!.type).to.equal(
      'checkbox',
    );
    expect(control('attribute', 'caption').querySelector('input')!.type).to.equal('text');
    expect(control('attribute', 'count').querySelector('input')!.type).to.equal('text');
    expect(control('attribute', 'mood').querySelector('code')!.textContent).to.equal(
      'mood',
    );
    expect(control('slot', '').querySelector('textarea')).to.exist;
    expect(control('slot', 'footer').querySelector('textarea')).to.exist;

    // Defaults are left out; everything else is written.
    let { values, slots } = form.readControls(box, widget);
    expect(model.elementSpec(widget, values, slots).attributes).to.deep.equal([]);
    control('attribute', 'mood').querySelector<HTMLInputElement>(
      'input[value="bright"]',
    )!.checked = true;
    control('attribute', 'size').querySelector('select')!.value = 'xl';
    control('attribute', 'tone').querySelector<HTMLInputElement>(
      'input[value="cool"]',
    )!.checked = true;
    control('attribute', 'loud').querySelector('input')!.checked = true;
    control('attribute', 'caption').querySelector('input')!.value = 'Hi "you"';
    control('attribute', 'count').querySelector('input')!.value = '3';
    control('slot', '').querySelector('textarea')!.value = 'One\n\nTwo';
    control('slot', 'footer').querySelector('textarea')!.value = 'Bye';
    ({ values, slots } = form.readControls(box, widget));
    const spec = model.elementSpec(widget, values, slots);
    expect(model.snippet(spec)).to.equal(
      [
        '<script type="module" src="/cst-widgets/cst-widgets.js" blocking="render"></script>',
        '',
        '<cst-future',
        '  mood="bright"',
        '  size="xl"',
        '  tone="cool"',
        '  loud',
        '  caption="Hi &quot;you&quot;"',
        '  count="3">',
        '  <p>One</p>',
        '  <p>Two</p>',
        '  <p slot="footer">Bye</p>',
        '</cst-future>',
      ].join('\n'),
    );
  });

  it('writes only the script tag and the bare element while everything is at its default', async () => {
    const page = await openConfigurator();
    for (const element of ELEMENTS) {
      choose(page, element.tagName);
      await settled(page);
      expect(snippetText(page)).to.equal(
        `<script type="module" src="${CDN}cst-widgets.js"></script>\n\n` +
          `<${element.tagName}></${element.tagName}>`,
      );
      expect(attributesOf(previewElement(page)!)).to.deep.equal([]);
    }
  });

  it('gives a snippet that, parsed afresh, is exactly the preview, with every setting changed', async () => {
    const page = await openConfigurator();
    for (const element of ELEMENTS) {
      choose(page, element.tagName);
      for (const attribute of element.attributes ?? []) {
        const root = field(page, 'attribute', attribute.name);
        if (attribute.name === 'lang') {
          setLanguage(page, 'de', 'AT');
        } else if (attribute.type?.text === 'boolean') {
          root.querySelector('input')!.click();
        } else if (literals(attribute.type?.text)) {
          const select = root.querySelector('select');
          const fallback = (attribute.default ?? '').replace(/'/g, '');
          const other = literals(attribute.type?.text)!.find(
            (value) => value !== fallback,
          )!;
          if (select) pick(select, other);
          else root.querySelector<HTMLInputElement>(`input[value="${other}"]`)!.click();
        } else {
          type(textControl(root), `Ärztin "Dr. Ö" & <Team> ${attribute.name}`);
        }
      }
      for (const slot of element.slots ?? []) {
        type(
          textControl(field(page, 'slot', slot.name)),
          'Our sessions are gentle.\n\nThey are not   medical\ntreatment.',
        );
      }
      await settled(page);
      expect(attributesOf(previewElement(page)!).length, element.tagName).to.equal(
        element.attributes!.length,
      );
      await expectRoundTrip(page);
      expect(snippetText(page)).to.contain(`${CDN}locales/de.js`);
    }
  });

  it('escapes hostile text: the snippet keeps it as text, and the preview never runs it', async () => {
    const HOSTILE = [
      '"><script>parent.parent.pwned = 1</script>',
      "' onmouseover='parent.parent.pwned = 1",
      '&amp; &lt;b&gt; & <b>bold</b> &#x3C;',
      'javascript:parent.parent.pwned = 1',
      'JaVaScRiPt:parent.parent.pwned=1',
      '</cst-disclaimer><img src=x onerror="parent.parent.pwned = 1">',
      '<!-- unclosed',
      '\u202Eright-to-left override',
    ];
    const page = await openConfigurator();
    (window as unknown as { pwned?: number }).pwned = undefined;
    for (const element of ELEMENTS) {
      choose(page, element.tagName);
      const typed = new Map<string, string>();
      let i = 0;
      for (const attribute of element.attributes ?? []) {
        const root = field(page, 'attribute', attribute.name);
        if (root.querySelector('input[type="text"]')) {
          const value = HOSTILE[i++ % HOSTILE.length];
          type(textControl(root), value);
          typed.set(attribute.name, value);
        }
      }
      for (const slot of element.slots ?? []) {
        type(textControl(field(page, 'slot', slot.name)), HOSTILE.join('\n\n'));
      }
      await settled(page);
      const snippet = snippetText(page);
      const parsed = new DOMParser().parseFromString(snippet, 'text/html');
      // Only the script tag, and the one element.
      expect(parsed.querySelectorAll('script').length, snippet).to.equal(1);
      expect(
        parsed.querySelectorAll('img, b, [onmouseover], [onerror]').length,
        snippet,
      ).to.equal(0);
      expect([...parsed.body.children].map((el) => el.localName)).to.deep.equal([
        element.tagName,
      ]);
      const el = parsed.body.children[0];
      for (const [name, value] of typed)
        expect(el.getAttribute(name), name).to.equal(value);
      // One paragraph per paragraph typed; a heading's slot takes one line.
      const paragraphs = HOSTILE.map((value) => value.replace(/\s+/g, ' ').trim());
      expect([...el.children].map((child) => child.textContent)).to.deep.equal(
        (element.slots ?? []).flatMap((slot) =>
          /<span slot=/.test(slot.description ?? '')
            ? [paragraphs.join(' ')]
            : paragraphs,
        ),
      );
      await expectRoundTrip(page);

      const preview = previewElement(page)!;
      const links = [...shadow(preview).querySelectorAll('a')].map((a) =>
        a.getAttribute('href'),
      );
      expect(
        links.filter((href) => /^\s*javascript:/i.test(href ?? '')),
        element.tagName,
      ).to.deep.equal([]);
      // (The test server adds a script with a src to every page it serves.)
      expect(
        previewDocument(page).querySelectorAll('img, b, script:not([src])').length,
      ).to.equal(0);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
    expect((page.win as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('adds the language file when the widget speaks another language, and follows the region', async () => {
    const page = await openConfigurator();
    choose(page, 'cst-ask-provider');
    field(page, 'attribute', 'urgent').querySelector('input')!.click();

    setLanguage(page, 'de', 'DE');
    await settled(page);
    expect(previewElement(page)!.getAttribute('lang')).to.equal('de-DE');
    expect(text(previewElement(page)!)).to.contain('112');
    expect(snippetText(page).split('\n').slice(0, 2)).to.deep.equal([
      `<script type="module" src="${CDN}locales/de.js"></script>`,
      `<script type="module" src="${CDN}cst-widgets.js"></script>`,
    ]);

    setLanguage(page, 'en', 'GB');
    await settled(page);
    expect(text(previewElement(page)!)).to.contain('999');
    expect(snippetText(page)).not.to.contain('locales/');
    expect(snippetText(page)).to.contain('lang="en-GB"');

    // A region needs a language: without one, none is written.
    setLanguage(page, '', 'GB');
    await settled(page);
    expect(previewElement(page)!.hasAttribute('lang')).to.equal(false);
    expect(
      field(page, 'attribute', 'lang').querySelectorAll('select')[1].disabled,
    ).to.equal(true);
  });

  it('previews in dark and light, right to left, and at phone width', async () => {
    const page = await openConfigurator(1280, 900);
    choose(page, 'cst-disclaimer');
    await settled(page);
    const base = () => shadow(previewElement(page)!).querySelector('[part~="base"]')!;
    const click = (name: string, value: string) =>
      page.doc
        .querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!
        .click();

    click('preview-scheme', 'dark');
    expect(luminance(backgroundOf(base()))).to.be.lessThan(0.1);
    click('preview-scheme', 'light');
    expect(luminance(backgroundOf(base()))).to.be.greaterThan(0.5);
    // A widget with its own theme keeps it.
    const theme = field(page, 'attribute', 'theme');
    theme.querySelector<HTMLInputElement>('input[value="dark"]')!.click();
    await settled(page);
    expect(luminance(backgroundOf(base()))).to.be.lessThan(0.1);

    click('preview-direction', 'rtl');
    const previewWin = previewFrame(page).contentWindow!;
    expect(previewWin.getComputedStyle(previewElement(page)!).direction).to.equal('rtl');
    expect(snippetText(page)).not.to.contain('dir=');

    click('preview-width', 'phone');
    await waitUntil(
      () => previewWin.innerWidth === 375,
      `preview is ${previewWin.innerWidth} px wide`,
    );
    expect(previewFrame(page).getBoundingClientRect().width).to.equal(375);
    click('preview-width', 'desktop');
    await waitUntil(() => previewWin.innerWidth > 600, 'preview did not widen');

    // A banner fixed to the window gets a window tall enough to show it.
    const height = () => previewFrame(page).getBoundingClientRect().height;
    const inlineHeight = height();
    field(page, 'attribute', 'position')
      .querySelector<HTMLInputElement>('input[value="bottom"]')!
      .click();
    await settled(page);
    await waitUntil(() => height() >= 320, `the frame stays ${height()} px high`);
    expect(inlineHeight).to.be.lessThan(320);
  });

  it('moves between the platform tabs with the arrow keys, Home and End', async () => {
    const page = await openConfigurator();
    const tabs = [...page.doc.querySelectorAll<HTMLElement>('[role="tab"]')];
    expect(tabs.map((tab) => squash(tab.textContent!))).to.deep.equal([
      'WordPress',
      'Squarespace',
      'Wix',
      'Webflow',
      'Plain HTML',
    ]);
    const state = () => {
      const active = page.doc.activeElement as HTMLElement;
      const selected = tabs.filter((tab) => tab.getAttribute('aria-selected') === 'true');
      const shown = tabs.filter(
        (tab) => !page.doc.getElementById(tab.getAttribute('aria-controls')!)!.hidden,
      );
      const inTabOrder = tabs.filter((tab) => tab.tabIndex === 0);
      expect(selected, 'one selected tab').to.have.length(1);
      expect(shown, 'its panel alone shows').to.deep.equal(selected);
      expect(inTabOrder, 'only it is in the Tab order').to.deep.equal(selected);
      expect(active, 'focus is on it').to.equal(selected[0]);
      return tabs.indexOf(active);
    };
    page.frame.focus();
    tabs[0].focus();
    expect(state()).to.equal(0);
    await sendKeys({ press: 'ArrowRight' });
    expect(state()).to.equal(1);
    await sendKeys({ press: 'ArrowRight' });
    expect(state()).to.equal(2);
    await sendKeys({ press: 'End' });
    expect(state()).to.equal(4);
    await sendKeys({ press: 'ArrowRight' });
    expect(state(), 'wraps to the first').to.equal(0);
    await sendKeys({ press: 'ArrowLeft' });
    expect(state(), 'wraps to the last').to.equal(4);
    await sendKeys({ press: 'Home' });
    expect(state()).to.equal(0);
    // Tab leaves the tab list for the open panel.
    await sendKeys({ press: 'Tab' });
    expect(page.doc.activeElement!.id).to.equal('panel-wordpress');
    // Each tab names its panel and each panel its tab.
    for (const tab of tabs) {
      const panel = page.doc.getElementById(tab.getAttribute('aria-controls')!)!;
      expect(panel.getAttribute('role')).to.equal('tabpanel');
      expect(panel.getAttribute('aria-labelledby')).to.equal(tab.id);
    }
  });

  describe('copying', () => {
    function status({ doc }: Page) {
      return doc.getElementById('copy-status')!;
    }

    it('copies the snippet and says so, politely and visibly', async () => {
      const page = await openConfigurator();
      const copied: string[] = [];
      Object.defineProperty(page.win.navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (value: string) => void copied.push(value) },
      });
      choose(page, 'cst-benefits');
      field(page, 'attribute', 'hide-intro').querySelector('input')!.click();
      page.doc.getElementById('copy')!.click();
      await waitUntil(() => status(page).textContent, 'nothing announced');
      expect(copied).to.deep.equal([snippetText(page)]);
      expect(copied[0]).to.contain('<cst-benefits hide-intro></cst-benefits>');
      expect(status(page).textContent).to.match(/^Copied/);
      expect(status(page).getAttribute('role')).to.equal('status');
      expect(status(page).getAttribute('aria-live')).to.equal('polite');
      expect(status(page).getBoundingClientRect().height).to.be.greaterThan(0);
      // A changed setting makes the message stale: it goes.
      field(page, 'attribute', 'hide-intro').querySelector('input')!.click();
      expect(status(page).textContent).to.equal('');
    });

    for (const [title, clipboard] of [
      [
        'when the browser refuses',
        { writeText: () => Promise.reject(new DOMException('No', 'NotAllowedError')) },
      ],
      ['when the browser has no clipboard API', undefined],
    ] as const) {
      it(`says how to copy by hand, and selects the code, ${title}`, async () => {
        const page = await openConfigurator();
        Object.defineProperty(page.win.navigator, 'clipboard', {
          configurable: true,
          value: clipboard,
        });
        page.doc.getElementById('copy')!.click();
        await waitUntil(() => status(page).textContent, 'nothing announced');
        expect(status(page).textContent).to.contain('Ctrl+C');
        expect(status(page).className).to.equal('error');
        expect(page.win.getSelection()!.toString()).to.equal(snippetText(page));
      });
    }
  });

  it('names the CDN by default, never holding the first paint for it, and its origin in the policy', async () => {
    const page = await openConfigurator();
    const policy = () => page.doc.getElementById('policy')!.textContent!;
    expect(page.doc.querySelector<HTMLInputElement>('#source-cdn')!.checked).to.equal(
      true,
    );
    expect(page.doc.getElementById('folder-field')!.hidden).to.equal(true);
    expect(snippetText(page)).to.contain(`src="${CDN}cst-widgets.js"`);
    expect(CDN).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/cst-widgets@\d+\.\d+\.\d+/);
    expect(snippetText(page)).not.to.contain('blocking');
    expect(policy()).to.contain("script-src 'self' https://cdn.jsdelivr.net;");
    expect(page.doc.getElementById('release-name')!.textContent).to.equal(
      `cst-widgets-${version}.zip`,
    );
  });

  it('uses the folder typed for a site’s own files, refuses other schemes and paths without a leading slash', async () => {
    const page = await openConfigurator();
    page.doc.querySelector<HTMLInputElement>('#source-own')!.click();
    const folder = page.doc.getElementById('folder') as HTMLInputElement;
    const error = page.doc.getElementById('folder-error')!;
    const policy = () => page.doc.getElementById('policy')!.textContent!;
    expect(page.doc.getElementById('folder-field')!.hidden).to.equal(false);
    expect(snippetText(page)).to.contain(
      '<script type="module" src="/cst-widgets/cst-widgets.js" blocking="render"></script>',
    );
    expect(policy()).to.contain("script-src 'self';");
    expect(policy()).to.contain('trusted-types lit-html');
    // No error text, and none in the field's description, while it is right.
    expect(error.textContent).to.equal('');
    expect(folder.getAttribute('aria-describedby')).to.equal('folder-hint');
    expect(error.getAttribute('aria-live')).to.equal('polite');

    type(folder, 'https://files.example.com/cst');
    expect(snippetText(page)).to.contain(
      '<script type="module" src="https://files.example.com/cst/cst-widgets.js"></script>',
    );
    expect(policy()).to.contain("script-src 'self' https://files.example.com;");

    type(folder, 'javascript:alert(1)//');
    expect(folder.getAttribute('aria-invalid')).to.equal('true');
    expect(folder.getAttribute('aria-describedby')).to.equal('folder-hint folder-error');
    expect(error.textContent).to.contain('https://');
    expect(snippetText(page)).to.contain('src="/cst-widgets/cst-widgets.js"');

    // On WordPress's default permalinks a relative folder 404s on every post.
    for (const relative of [
      'cst-widgets/',
      'wp-content/uploads/cst-widgets',
      '//cdn.example/x/',
    ]) {
      type(folder, relative);
      expect(folder.getAttribute('aria-invalid'), relative).to.equal('true');
      expect(error.textContent, relative).to.contain('Start the path with /');
      expect(snippetText(page), relative).to.contain('src="/cst-widgets/cst-widgets.js"');
    }

    type(folder, '/x/"><b>');
    expect(folder.getAttribute('aria-invalid')).to.equal('false');
    expect(error.textContent).to.equal('');
    const parsed = new DOMParser().parseFromString(snippetText(page), 'text/html');
    expect(parsed.querySelector('script')!.getAttribute('src')).to.equal(
      '/x/"><b>/cst-widgets.js',
    );
    expect(parsed.querySelector('b')).to.equal(null);

    page.doc.querySelector<HTMLInputElement>('#source-cdn')!.click();
    expect(snippetText(page)).to.contain(`src="${CDN}cst-widgets.js"`);
  });

  it('stores nothing and asks nothing of another site, even when a banner is dismissed', async () => {
    localStorage.removeItem('cst-disclaimer-dismissed');
    const cookies = document.cookie;
    const page = await openConfigurator();
    choose(page, 'cst-disclaimer');
    field(page, 'attribute', 'dismissible').querySelector('input')!.click();
    type(textControl(field(page, 'attribute', 'dismiss-label')), 'Close');
    await settled(page);
    const preview = previewElement(page)!;
    shadow(preview).querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
    await preview.updateComplete;
    expect(text(preview)).to.equal('');
    expect(localStorage.getItem('cst-disclaimer-dismissed')).to.equal(null);
    expect(sessionStorage.getItem('cst-disclaimer-dismissed')).to.equal(null);
    expect(document.cookie).to.equal(cookies);

    // "Start the preview again" brings it back.
    page.doc.getElementById('preview-reset')!.click();
    await settled(page);
    expect(text(previewElement(page)!)).to.contain('Close');

    for (const win of [page.win, previewFrame(page).contentWindow!]) {
      const foreign = win.performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => new URL(url).origin !== location.origin);
      expect(foreign).to.deep.equal([]);
    }
  });

  it('shows wording findings in one place, and hides it when there are none', async () => {
    const findings = await import(
      /* @vite-ignore */ new URL('/demo/configurator/findings.js', location.href).href
    );
    const page = await openConfigurator();
    const section = page.doc.getElementById('wording-check')!;
    expect(section.hidden).to.equal(true);
    choose(page, 'cst-ask-provider');
    type(textControl(field(page, 'attribute', 'provider')), 'your GP, who <heals>');
    const seen: string[][] = [];
    const check = (value: string, lang: string) => {
      seen.push([value, lang]);
      const start = value.indexOf('<heals>');
      return start < 0
        ? []
        : [
            {
              start,
              end: start + 7,
              text: '<heals>',
              rule: 'cure',
              explanation: 'Claims healing.',
              suggestion: 'Say what people report.',
            },
          ];
    };
    findings.showWordingFindings(
      section,
      page.doc.getElementById('settings'),
      'en',
      check,
    );
    expect(seen).to.deep.equal([['your GP, who <heals>', 'en']]);
    expect(section.hidden).to.equal(false);
    const item = section.querySelector('li')!;
    expect(squash(item.textContent!)).to.equal(
      'Provider: <heals> Claims healing. Try: Say what people report.',
    );
    expect(item.querySelector('b, heals')).to.equal(null);
    const provider = textControl(field(page, 'attribute', 'provider'));
    expect(item.querySelector('a')!.getAttribute('href')).to.equal(`#${provider.id}`);
    // Tied to its field, after the field's own hint, and said in the status line.
    const own = provider.dataset.ownDescription!;
    expect(provider.getAttribute('aria-describedby')).to.equal(
      [own, item.id].join(' ').trim(),
    );
    expect(page.doc.getElementById(item.id)).to.equal(item);
    const status = page.doc.getElementById('wording-check-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(section.contains(status)).to.equal(false);
    expect(status.textContent).to.equal(
      'Wording check: 1 thing to look at, listed under the form.',
    );
    findings.showWordingFindings(
      section,
      page.doc.getElementById('settings'),
      'en',
      undefined,
    );
    expect(section.hidden).to.equal(true);
    expect(provider.getAttribute('aria-describedby') ?? '').to.equal(own);
    expect(status.textContent).to.equal('Wording check: nothing to change now.');
  });

  it('runs the claims check on what is typed, in the chosen language', async () => {
    const page = await openConfigurator();
    const section = page.doc.getElementById('wording-check')!;
    choose(page, 'cst-ask-provider');
    const provider = textControl(field(page, 'attribute', 'provider'));
    type(provider, 'your GP');
    await settled(page);
    expect(section.hidden).to.equal(true);

    type(provider, 'our therapist, who cures migraines');
    await settled(page);
    expect(section.hidden).to.equal(false);
    const english = squash(section.querySelector('li')!.textContent!);
    expect(english).to.match(/^Provider: “?cures”?/);
    expect(english).to.contain('Try:');

    setLanguage(page, 'de');
    type(provider, 'unsere Therapeutin, die Migräne heilt');
    await settled(page);
    expect(section.querySelectorAll('li').length).to.be.greaterThan(0);
    // The explanation is German, from the German rules.
    expect(squash(section.textContent!)).to.match(/[äöüß]|\b(nicht|die|der|und)\b/);
  });

  it('links each finding to the advice it rests on', async () => {
    const page = await openConfigurator();
    const section = page.doc.getElementById('wording-check')!;
    choose(page, 'cst-ask-provider');
    type(
      textControl(field(page, 'attribute', 'provider')),
      'our therapist, who cures migraines',
    );
    await settled(page);
    const source = [...section.querySelectorAll('li a')].find((link) =>
      link.getAttribute('href')!.startsWith('https://'),
    );
    expect(source!.getAttribute('href')).to.match(/^https:\/\/www\.asa\.org\.uk\//);
  });

  it('shows a reading age under each text field, announced politely and tied to the field', async () => {
    const page = await openConfigurator();
    choose(page, 'cst-ask-provider');
    const provider = textControl(field(page, 'attribute', 'provider'));
    type(provider, 'your GP');
    await settled(page);
    const meter = page.doc.getElementById(`${provider.id}-reading-age`)!;
    expect(meter).to.exist;
    expect(meter.getAttribute('aria-live')).to.equal('polite');
    expect(provider.getAttribute('aria-describedby')!.split(' ')).to.include(meter.id);
    // The field's own hint stays described too.
    expect(
      provider.getAttribute('aria-describedby')!.split(' ').length,
    ).to.be.greaterThan(1);
    expect(squash(meter.textContent!)).to.match(
      /^Reading age \(Flesch–Kincaid\): US grade [\d.]+, easy/,
    );

    type(
      provider,
      'an extraordinarily knowledgeable multidisciplinary practitioner specialising in comprehensive physiological rehabilitation',
    );
    await settled(page);
    expect(squash(meter.textContent!)).to.match(/hard to read/);
    expect(meter.classList.contains('hard')).to.equal(true);

    setLanguage(page, 'de');
    type(provider, 'Ihre Hausärztin');
    await settled(page);
    expect(squash(meter.textContent!)).to.contain('Wiener Sachtextformel');
    setLanguage(page, 'it');
    type(provider, 'il suo medico');
    await settled(page);
    expect(squash(meter.textContent!)).to.contain('Gulpease');

    type(provider, '');
    await settled(page);
    expect(meter.hidden).to.equal(true);
  });

  describe('accessibility', () => {
    async function axeIn(page: Page): Promise<string[]> {
      if (!('axe' in page.win)) {
        const script = page.doc.createElement('script');
        script.src = '/node_modules/axe-core/axe.min.js';
        const loaded = new Promise((resolve, reject) => {
          script.onload = resolve;
          script.onerror = reject;
        });
        page.doc.head.append(script);
        await loaded;
      }
      const axe = (page.win as unknown as { axe: typeof window.axe }).axe;
      const results = await axe.run(page.doc.documentElement, {
        resultTypes: ['violations'],
        rules: { 'target-size': { enabled: true } },
        // The preview's strict CSP (Trusted Types) lets no test script in;
        // its widgets have axe tests of their own, and its landmarks are
        // checked against the page's below.
        iframes: false,
      } as Parameters<typeof window.axe.run>[1]);
      return results.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) =>
            `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}`,
        ),
      );
    }

    async function everyWidget(page: Page) {
      const found: string[] = [];
      for (const element of ELEMENTS) {
        choose(page, element.tagName);
        await settled(page);
        found.push(...(await axeIn(page)));
      }
      // The copy messages and the folder's error, shown.
      page.doc.querySelector<HTMLInputElement>('#source-own')!.click();
      type(page.doc.getElementById('folder') as HTMLInputElement, 'cst-widgets/');
      page.doc.getElementById('copy-status')!.textContent = 'Copied.';
      page.doc.getElementById('copy-status')!.className = 'ok';
      found.push(...(await axeIn(page)));
      page.doc.getElementById('copy-status')!.className = 'error';
      found.push(...(await axeIn(page)));
      return found;
    }

    it('axe finds nothing, for every widget, on a computer screen', async () => {
      expect(await everyWidget(await openConfigurator(1280, 900))).to.deep.equal([]);
    });

    it('axe finds nothing at phone width', async () => {
      expect(await everyWidget(await openConfigurator(375, 800))).to.deep.equal([]);
    });

    itEmulatingMedia('axe finds nothing in dark mode', async () => {
      await inDarkMode(async () => {
        const page = await openConfigurator(1280, 900);
        expect(page.win.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(
          true,
        );
        expect(await everyWidget(page)).to.deep.equal([]);
      });
    });

    it('reflows at 320 CSS px (400 % zoom): nothing scrolls sideways', async () => {
      const page = await openConfigurator(320, 256);
      for (const element of ELEMENTS) {
        choose(page, element.tagName);
        await settled(page);
        const root = page.doc.scrollingElement!;
        expect(root.scrollWidth, element.tagName).to.be.at.most(root.clientWidth);
      }
      const tabs = page.doc.getElementById('platform-tabs')!;
      expect(tabs.scrollWidth).to.be.at.most(tabs.clientWidth);
    });

    it('keeps every landmark unique with the preview frame’s (landmark-unique across frames)', async () => {
      const page = await openConfigurator();
      const preview = previewFrame(page).contentDocument!;
      const LANDMARKS =
        'main, nav, aside, header, footer, form[aria-label], form[aria-labelledby], section[aria-label], section[aria-labelledby], [role]';
      const LANDMARK_ROLES = [
        'main',
        'navigation',
        'complementary',
        'banner',
        'contentinfo',
        'form',
        'region',
        'search',
      ];
      const implicit: Record<string, string> = {
        main: 'main',
        nav: 'navigation',
        aside: 'complementary',
        header: 'banner',
        footer: 'contentinfo',
        form: 'form',
        section: 'region',
      };
      const nameOf = (el: Element) =>
        squash(
          el.getAttribute('aria-label') ??
            (el.getAttribute('aria-labelledby') ?? '')
              .split(' ')
              .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
              .join(' '),
        );
      const seen = [page.doc, preview].flatMap((doc) =>
        [...doc.querySelectorAll(LANDMARKS)]
          .map((el) => [
            el.getAttribute('role') ?? implicit[el.localName] ?? '',
            nameOf(el),
          ])
          // A header inside a section or main is no banner.
          .filter(
            ([role], i, all) => LANDMARK_ROLES.includes(role!) && all[i] !== undefined,
          )
          .map(([role, name]) => `${role} "${name}"`),
      );
      expect(seen.filter((landmark) => landmark.startsWith('main '))).to.have.length(2);
      expect(seen.length).to.equal(new Set(seen).size, seen.join(', '));
    });

    it('names each language in its own language', async () => {
      const page = await openConfigurator();
      const options = [
        ...field(page, 'attribute', 'lang').querySelectorAll('select')[0]!.options,
      ].filter((option) => option.value);
      expect(options.length).to.be.greaterThan(1);
      for (const option of options)
        expect(option.lang, option.text).to.equal(option.value);
    });

    // In Firefox over BiDi and in WebKit's WebDriver, a frame inside the
    // test page never gets :focus-within, so this is Chromium's test.
    const itInChromium = navigator.userAgent.includes('Chrome/') ? it : () => undefined;
    itInChromium(
      'shows where the focus is when the preview frame has it (Chromium only: the other drivers give a nested frame no :focus-within)',
      async () => {
        const page = await openConfigurator();
        const box = previewFrame(page).parentElement!;
        expect(page.win.getComputedStyle(box).outlineStyle).to.equal('none');
        previewFrame(page).focus();
        expect(page.doc.activeElement).to.equal(previewFrame(page));
        expect(page.win.getComputedStyle(box).outlineStyle).to.equal('solid');
        expect(parseFloat(page.win.getComputedStyle(box).outlineWidth)).to.be.at.least(2);
      },
    );

    itEmulatingMediaFeatures(
      'marks the chosen platform tab in forced colours',
      async () => {
        await withMedia([{ name: 'forced-colors', value: 'active' }], async () => {
          const page = await openConfigurator();
          expect(page.win.matchMedia('(forced-colors: active)').matches).to.equal(true);
          const [chosen, other] = page.doc.querySelectorAll('[role="tab"]');
          const width = (tab: Element) =>
            parseFloat(page.win.getComputedStyle(tab).borderTopWidth);
          expect(chosen!.getAttribute('aria-selected')).to.equal('true');
          expect(width(chosen!)).to.be.at.least(width(other!) + 2);
        });
      },
    );

    it('labels every form control and groups every radio group in a fieldset with a legend', async () => {
      const page = await openConfigurator();
      for (const element of ELEMENTS) {
        choose(page, element.tagName);
        for (const control of page.doc.querySelectorAll<HTMLInputElement>(
          'input, select, textarea',
        )) {
          expect(control.labels?.length, control.id || control.name).to.be.greaterThan(0);
          if (control.type === 'radio') {
            const group = control.closest('fieldset')!;
            expect(squash(group.querySelector('legend')!.textContent!)).not.to.equal('');
          }
        }
      }
    });
  });
});

/**
 * The configurator's WordPress tab: the plugin's shortcode for the widget set
 * up, with the same attributes as the HTML snippet, written so that the
 * shortcode survives any text (test/wordpress/e2e.test.mjs renders such a
 * shortcode on a real WordPress).
 */

interface ShortcodeSpec {
  tag: string;
  attributes: [string, string][];
  children: { tag: string; slot?: string; text: string }[];
}
type ShortcodeModel = {
  shortcode(spec: ShortcodeSpec): { text: string; dropsSlots: boolean };
};

const shortcodeModel = (await import(
  /* @vite-ignore */ new URL('/demo/configurator/model.js', location.href).href
)) as ShortcodeModel;

/** The code once the pre-rendered widget is in it. */
async function prerenderedText(page: Page): Promise<string> {
  await waitUntil(
    () => page.doc.getElementById('snippet')!.dataset.prerendered !== undefined,
    'the code was never pre-rendered',
    { timeout: 10000 },
  );
  return snippetText(page);
}

/** The SHA-256 of `text` as a CSP source. */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

describe('the configurator: the pre-rendered code', () => {
  it('is the default, and holds the widget exactly as the preview shows it, with its style hash in the policy', async () => {
    const page = await openConfigurator(1280, 900, 'prerendered');
    expect(page.doc.querySelector<HTMLInputElement>('#kind-prerendered')!.checked).to.be
      .true;
    for (const element of ELEMENTS) {
      choose(page, element.tagName);
      await settled(page);
      const code = await prerenderedText(page);
      expect(
        code.match(/<template shadowrootmode="open">/g),
        element.tagName,
      ).to.have.length(1);
      // Parsed as a browser parses a page: the template becomes a shadow root.
      const parsed = Document.parseHTMLUnsafe(code);
      const el = parsed.querySelector(element.tagName)!;
      expect(el.shadowRoot, element.tagName).to.not.equal(null);
      expect(el.querySelector('template'), 'no template left in the light DOM').to.equal(
        null,
      );
      const preview = previewElement(page)!;
      const copy = document.createElement('div');
      copy.append(...[...el.shadowRoot!.childNodes].map((node) => node.cloneNode(true)));
      // The same, but for the runs of spaces between Lit's markers (one text node each).
      const squashed = (html: string) => html.replace(/\s+/g, ' ');
      expect(squashed(markup(copy))).to.equal(squashed(rendered(preview)));
      const css = el.shadowRoot!.querySelector('style')!.textContent!;
      expect(page.doc.getElementById('policy')!.textContent).to.contain(
        `style-src 'self' ${await sha256(css)};`,
      );
    }
  });

  it('is written from a fresh widget in the chosen language, not the preview as the visitor left it', async () => {
    const page = await openConfigurator(1280, 900, 'prerendered');
    choose(page, 'cst-benefits');
    const layout = field(page, 'attribute', 'layout');
    const select = layout.querySelector('select');
    if (select) pick(select, 'accordion');
    else layout.querySelector<HTMLInputElement>('input[value="accordion"]')!.click();
    setLanguage(page, 'fr');
    await settled(page);
    // Opened in the preview: the code still shows it closed, as a visitor first sees it.
    shadow(previewElement(page)!).querySelector<HTMLButtonElement>('button')!.click();
    await previewElement(page)!.updateComplete;
    page.doc
      .getElementById('settings')!
      .dispatchEvent(new Event('input', { bubbles: true }));
    const code = await prerenderedText(page);
    const el = Document.parseHTMLUnsafe(code).querySelector('cst-benefits')!;
    const buttons = [...el.shadowRoot!.querySelectorAll('button[aria-expanded]')];
    expect(buttons.length).to.be.above(0);
    expect(buttons.every((button) => button.getAttribute('aria-expanded') === 'false')).to
      .be.true;
    expect(el.shadowRoot!.textContent).to.contain('thérapie crânio-sacrée');
    expect(code).to.contain(`${CDN}locales/fr.js`);
  });

  it('keeps hostile text as text in the pre-rendered widget too', async () => {
    const page = await openConfigurator(1280, 900, 'prerendered');
    choose(page, 'cst-ask-provider');
    type(
      textControl(field(page, 'attribute', 'provider')),
      '</template><img src=x onerror="parent.pwned=1"><script>parent.pwned=1</script>',
    );
    await settled(page);
    const code = await prerenderedText(page);
    const parsed = Document.parseHTMLUnsafe(code);
    const el = parsed.querySelector('cst-ask-provider')!;
    expect(parsed.querySelectorAll('img, script:not([src])')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(el.shadowRoot!.textContent).to.contain('<img src=x');
  });

  it('writes the element only when asked, with no style hash', async () => {
    const page = await openConfigurator(1280, 900, 'prerendered');
    page.doc.querySelector<HTMLElement>('#kind-element')!.click();
    await settled(page);
    expect(snippetText(page)).not.to.contain('<template');
    expect(page.doc.getElementById('policy')!.textContent).to.contain(
      "style-src 'self';",
    );
    expect(page.doc.getElementById('prerender-note')!.hidden).to.be.true;
  });
});

describe('the configurator: the WordPress shortcode', () => {
  it('names the shortcode after the element and writes booleans bare', () => {
    expect(
      shortcodeModel.shortcode({ tag: 'cst-benefits', attributes: [], children: [] }),
    ).to.deep.equal({
      text: '[cst_benefits]',
      dropsSlots: false,
    });
    expect(
      shortcodeModel.shortcode({
        tag: 'cst-ask-provider',
        attributes: [
          ['questions', ''],
          ['urgent', ''],
          ['provider', 'your GP'],
          ['contact-href', 'tel:+441234567890'],
        ],
        children: [],
      }).text,
    ).to.equal(
      '[cst_ask_provider questions urgent provider="your GP" contact-href="tel:+441234567890"]',
    );
  });

  it('keeps quotes, brackets and ampersands from ending the shortcode', () => {
    const { text } = shortcodeModel.shortcode({
      tag: 'cst-ask-provider',
      attributes: [['provider', 'Dr "Who" [GP] & partners <b>']],
      children: [],
    });
    expect(text).to.equal(
      '[cst_ask_provider provider="Dr &quot;Who&quot; &#91;GP&#93; &amp; partners <b>"]',
    );
    // One shortcode: no quote or bracket inside ends it early.
    expect(text.slice(1, -1)).not.to.match(/[[\]]/);
    expect(text.match(/"/g)).to.have.length(2);
  });

  it('says when the own words of slots cannot go into a shortcode', () => {
    const spec = {
      tag: 'cst-disclaimer',
      attributes: [],
      children: [{ tag: 'p', text: 'Our own words.' }],
    };
    expect(shortcodeModel.shortcode(spec)).to.deep.equal({
      text: '[cst_disclaimer]',
      dropsSlots: true,
    });
  });

  it('shows the shortcode of the widget set up in the WordPress tab, and follows it', async () => {
    const { doc } = await openConfigurator();
    const panel = doc.getElementById('panel-wordpress')!;
    const shortcode = () => doc.getElementById('shortcode')!.textContent;
    expect(panel.contains(doc.getElementById('shortcode'))).to.be.true;
    (doc.getElementById('widget-cst-ask-provider') as HTMLInputElement).click();
    await waitUntil(
      () => shortcode() === '[cst_ask_provider]',
      `shortcode: ${shortcode()}`,
    );
    const urgent = [...doc.querySelectorAll<HTMLElement>('#settings [data-attribute]')]
      .find((el) => el.dataset.attribute === 'urgent')!
      .querySelector('input')!;
    urgent.click();
    await waitUntil(
      () => shortcode() === '[cst_ask_provider urgent]',
      `shortcode after ticking urgent: ${shortcode()}`,
    );
    expect(doc.getElementById('shortcode-slots')!.hidden).to.be.true;
  });
});
