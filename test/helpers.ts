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
