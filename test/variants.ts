/**
 * Every element in every variant that the accessibility, contrast, layout and
 * host-CSS tests go through, as HTML, with the themes and languages they are
 * checked in. One list, so that no variant is checked for one thing and
 * forgotten for another.
 */
import { waitUntil } from '@open-wc/testing';

export type Tag = 'cst-benefits' | 'cst-disclaimer' | 'cst-ask-provider';

export interface Variant {
  tag: Tag;
  name: string;
  /** Attributes (and content) of the element, as HTML. */
  attributes: string;
  content?: string;
}

export const VARIANTS: readonly Variant[] = [
  { tag: 'cst-benefits', name: 'cards', attributes: '' },
  { tag: 'cst-benefits', name: 'list', attributes: 'layout="list" heading-level="3"' },
  // The first section is opened by prepare(), so that a panel is checked too.
  { tag: 'cst-benefits', name: 'accordion', attributes: 'layout="accordion"' },
  {
    tag: 'cst-benefits',
    name: 'evidence hidden, no intro',
    attributes: 'evidence="hide" hide-intro benefits="pain stress"',
  },
  // The UK-safe wording: its own file, loaded after the first render.
  { tag: 'cst-benefits', name: 'strict wording', attributes: 'claims="strict"' },
  {
    tag: 'cst-benefits',
    name: 'strict wording, accordion',
    attributes: 'claims="strict" layout="accordion" heading-level="3"',
  },
  { tag: 'cst-disclaimer', name: 'inline', attributes: '' },
  {
    tag: 'cst-disclaimer',
    name: 'dismissible',
    attributes: 'dismissible remember="none"',
  },
  {
    tag: 'cst-disclaimer',
    name: 'own text',
    attributes: 'dismissible remember="none"',
    content: '<p>Our sessions are gentle. They are not medical treatment.</p>',
  },
  {
    tag: 'cst-disclaimer',
    name: 'top banner',
    attributes: 'position="top" dismissible remember="none"',
  },
  { tag: 'cst-disclaimer', name: 'bottom banner', attributes: 'position="bottom"' },
  { tag: 'cst-ask-provider', name: 'default', attributes: '' },
  {
    tag: 'cst-ask-provider',
    name: 'questions, urgent, provider and contact',
    attributes:
      'questions urgent provider="your GP" contact-href="tel:+441234567890" contact-label="Call the clinic" heading-level="3"',
  },
];

export const TAGS: readonly Tag[] = [
  'cst-benefits',
  'cst-disclaimer',
  'cst-ask-provider',
];

/** The shipped languages. */
export const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt'] as const;

/** The three brand looks of demo/brands.css (custom properties and parts only). */
export const BRANDS = ['clinic', 'forest', 'sunrise'] as const;

/**
 * A theme to check: the `theme` attribute, and the brand class of
 * demo/brands.css around the element for a custom look.
 */
export interface Theme {
  name: string;
  theme: 'light' | 'dark';
  brand?: (typeof BRANDS)[number];
}

export const PLAIN_THEMES: readonly Theme[] = [
  { name: 'light', theme: 'light' },
  { name: 'dark', theme: 'dark' },
];

/** Every brand look in both schemes. */
export const BRAND_THEMES: readonly Theme[] = BRANDS.flatMap((brand) =>
  (['light', 'dark'] as const).map((theme) => ({
    name: `custom "${brand}", ${theme}`,
    theme,
    brand,
  })),
);

/** Loads demo/brands.css into the test page once. */
export async function loadBrands(): Promise<void> {
  if (document.querySelector('link[data-brands]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/demo/brands.css';
  link.dataset['brands'] = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error('demo/brands.css did not load'));
  });
  document.head.append(link);
  await loaded;
}

/** The HTML of `variant` in `theme` and, if given, `lang`. */
export function markup(variant: Variant, theme?: Theme, lang?: string): string {
  const attributes = [
    variant.attributes,
    theme ? `theme="${theme.theme}"` : '',
    lang ? `lang="${lang}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const element = `<${variant.tag} ${attributes}>${variant.content ?? ''}</${variant.tag}>`;
  return theme?.brand ? `<div class="brand-${theme.brand}">${element}</div>` : element;
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The widgets under `root`, in document order. */
export function widgetsIn(root: ParentNode): Widget[] {
  return [...root.querySelectorAll<Widget>(TAGS.join(','))];
}

/**
 * Waits until every widget under `root` has rendered in the language it
 * should speak (its content's `lang`), then opens the first section of each
 * accordion, so that an open panel is checked as well.
 */
export async function prepare(root: ParentNode, lang = 'en'): Promise<void> {
  const widgets = widgetsIn(root);
  await waitUntil(
    () =>
      widgets.every(
        (el) =>
          el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === lang &&
          // A strict <cst-benefits> shows one sentence until its wording has loaded.
          (el.getAttribute('claims') !== 'strict' ||
            el.shadowRoot.querySelector('[part~="topics"]') !== null),
      ),
    `not every widget rendered in "${lang}"`,
    { timeout: 5000 },
  );
  for (const el of widgets) {
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>(
      'button[aria-expanded]',
    );
    if (toggle) {
      toggle.click();
      await el.updateComplete;
    }
  }
}
