const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * Turns an author-supplied link into a safe absolute `href`, or `undefined`.
 *
 * The value goes through the WHATWG URL parser — the same one the browser uses
 * when the link is followed — so whitespace, control characters and case
 * tricks (`" JaVa\tScript:…"`) are normalised before the scheme is checked.
 * Only https:, http:, tel: and mailto: pass. Relative links such as
 * `/contact` resolve against the page, as a normal link on that page would.
 *
 * On a server (@lit-labs/ssr) there is no page to resolve against: a link
 * that passes is kept exactly as written (not trimmed: trimming a no-break
 * space off "\u00a0javascript:…" would make a scheme of it), for the browser
 * to resolve with the same parser, so server and client show the same link.
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const base = globalThis.document?.baseURI;
  let url: URL;
  try {
    url = new URL(value, base ?? 'https://x');
  } catch {
    return undefined;
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return undefined;
  return base ? url.href : value;
}
