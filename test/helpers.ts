import { emulateMedia } from '@web/test-runner-commands';

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

/** Runs `body` with the system colour scheme emulated as dark, then restores light. */
export async function inDarkMode(body: () => Promise<void>): Promise<void> {
  await emulateMedia({ colorScheme: 'dark' });
  try {
    await body();
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
}
