const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'tel:', 'mailto:']);

/**
 * Turns an author-supplied link into a safe absolute `href`, or `undefined`.
 *
 * The value goes through the WHATWG URL parser — the same one the browser uses
 * when the link is followed — so whitespace, control characters and case
 * tricks (`" JaVa\tScript:…"`) are normalised before the scheme is checked.
 * Only https:, http:, tel: and mailto: pass. Relative links such as
 * `/contact` resolve against the page, as a normal link on that page would.
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value, document.baseURI);
  } catch {
    return undefined;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
