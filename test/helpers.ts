import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

/** The element's shadow root; every widget renders into one. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.localName} has no shadow root`);
  return el.shadowRoot;
}

/** Visible text of the element's shadow tree with runs of whitespace collapsed. */
export function text(el: Element): string {
  return (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Counts console errors and uncaught errors while `body` runs. Attribute
 * handling must never produce either.
 */
export async function collectErrors(body: () => Promise<void> | void): Promise<string[]> {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
  };
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    // Let Lit's update microtasks and any rejected promise surface.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    console.error = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

/**
 * Whether the test runner can emulate the system colour scheme in this
 * browser, found by trying (the `can-emulate-media` command of
 * web-test-runner.config.mjs). Chromium's launcher can, over CDP. Firefox
 * cannot: puppeteer drives it over WebDriver BiDi, where emulating media
 * features needs CDP (Firefox ESR 153 has no BiDi media override). The
 * WebDriver launcher that drives WebKit has no such command at all.
 * test/engines.test.ts checks that this is so.
 */
export const canEmulateMedia: boolean =
  (await executeServerCommand<boolean, undefined>('can-emulate-media')) === true;

/**
 * Declares a test that emulates the system colour scheme (with `inDarkMode`).
 * It is declared only where the runner can do that, and its title says so.
 */
export function itEmulatingMedia(title: string, body: () => Promise<void>): void {
  if (canEmulateMedia)
    it(`${title} (needs emulateMedia: not in Firefox over BiDi, nor WebDriver)`, body);
}

/** Runs `body` with the system colour scheme emulated as dark, then restores light. */
export async function inDarkMode(body: () => Promise<void>): Promise<void> {
  await emulateMedia({ colorScheme: 'dark' });
  try {
    await body();
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
}

/**
 * Link targets that must never become a link: script and other non-web schemes
 * (in any case, and with the whitespace or control characters a browser strips
 * while parsing), blank values and URLs that do not parse. Shared by the
 * `safeHref()` unit tests and the widgets that render a contact link.
 */
export const UNSAFE_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://x',
  'blob:https://example.com/uuid',
  '',
  '   ',
  'http://[',
];

/** A media feature to emulate, e.g. `{ name: 'forced-colors', value: 'active' }`. */
export interface MediaFeature {
  name: string;
  value: string;
}

/**
 * Emulates media features and a media type through the Chrome DevTools
 * Protocol (the `emulate-media-features` command of
 * scripts/a11y-commands.mjs): unlike `emulateMedia()`, it can emulate
 * `forced-colors`. Resolves false where the runner cannot (Firefox over
 * WebDriver BiDi, WebKit over WebDriver).
 */
export async function emulateMediaFeatures(
  features: MediaFeature[],
  media?: 'print' | 'screen',
): Promise<boolean> {
  const done = await executeServerCommand<boolean, unknown>('emulate-media-features', {
    features,
    media,
  });
  return done === true;
}

/** Whether `emulateMediaFeatures()` works in this browser (found by trying). */
export const canEmulateMediaFeatures: boolean = await emulateMediaFeatures([]);

/**
 * Declares a test that needs `emulateMediaFeatures()` (forced colours,
 * reduced motion, print): declared only where the runner can emulate them,
 * and its title says so.
 */
export function itEmulatingMediaFeatures(title: string, body: () => Promise<void>): void {
  if (canEmulateMediaFeatures)
    it(`${title} (needs CDP media emulation: Chromium only)`, body);
}

/** Runs `body` with media features (and a media type) emulated, then ends it. */
export async function withMedia(
  features: MediaFeature[],
  body: () => Promise<void>,
  media?: 'print' | 'screen',
): Promise<void> {
  if (!(await emulateMediaFeatures(features, media))) {
    throw new Error('withMedia: this browser cannot emulate media features');
  }
  try {
    await body();
  } finally {
    await emulateMediaFeatures([]);
  }
}

/** A node of Chromium's accessibility tree, as puppeteer's snapshot gives it. */
export interface AXNode {
  role: string;
  name?: string;
  level?: number;
  expanded?: boolean;
  focused?: boolean;
  children?: AXNode[];
}

/** Whether this browser can give its accessibility tree (CDP: Chromium only). */
export const canSnapshotA11y: boolean =
  (await executeServerCommand<boolean, undefined>('can-a11y-tree')) === true;

/**
 * Declares a test that reads the accessibility tree: declared only where the
 * runner can read it, and its title says so.
 */
export function itWithA11yTree(title: string, body: () => Promise<void>): void {
  if (canSnapshotA11y)
    it(`${title} (reads Chromium's accessibility tree over CDP)`, body);
}

/** The page's whole accessibility tree, as Chromium gives it to screen readers. */
export async function a11yTree(): Promise<AXNode> {
  return executeServerCommand<AXNode, undefined>('a11y-tree');
}

/** Every node of `tree`, depth first. */
export function axNodes(tree: AXNode): AXNode[] {
  return [tree, ...(tree.children ?? []).flatMap(axNodes)];
}

/**
 * A shadow tree as text: elements, sorted attributes and text, without Lit's
 * marker comments, <style> elements, inline `style` or `data-fit` (layout
 * measurements such as the disclaimer spacer's height, and how a fixed
 * banner fits the window, are not markup).
 */
export function markup(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE)
    return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (
    node.nodeType !== Node.ELEMENT_NODE &&
    node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE
  ) {
    return '';
  }
  const children = [...node.childNodes].map(markup).join('');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE)
    return children.replace(/ +/g, ' ').trim();
  const el = node as Element;
  if (el.localName === 'style') return '';
  const attributes = el
    .getAttributeNames()
    .filter((name) => name !== 'style' && name !== 'data-fit')
    .sort()
    .map((name) => ` ${name}="${el.getAttribute(name)}"`)
    .join('');
  return `<${el.localName}${attributes}>${children}</${el.localName}>`;
}

/**
 * The console warnings of each test in the calling `describe`: emptied before
 * each test, and the console given back after it.
 */
export function recordWarnings(): string[] {
  const warnings: string[] = [];
  const warn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
  });
  return warnings;
}

/** The console warnings logged while `body` runs (and settles). */
export async function warningsOf(body: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return warnings;
}
