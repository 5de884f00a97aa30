// A rendered widget as a pre-rendered snippet: the element as written, with
// its shadow tree and its styles inside as declarative shadow DOM
// (`<template shadowrootmode="open">`). The browser shows that before any
// script runs, at the widget's final size; the script then upgrades it in
// place (src/internal/cst-element.ts). Used by the configurator and by
// scripts/bench/layout-shift.mjs. Pure DOM, no imports.

/** The widget's styles as one `<style>` text: the same for every attribute value. */
export function widgetCss(el) {
  const styles = el.constructor.elementStyles ?? [];
  return styles
    .map((style) =>
      typeof style.cssText === 'string'
        ? style.cssText
        : [...(style.cssRules ?? [])].map((rule) => rule.cssText).join('\n'),
    )
    .join('\n');
}

/**
 * The markup of `el`'s shadow tree once it has rendered: Lit's comment
 * markers left out (they only serve its own updates), and no `style`
 * attribute (a fixed banner's spacer is sized in the browser; an inline
 * style would also need `'unsafe-inline'` under a strict policy).
 */
export function shadowMarkup(el) {
  const box = el.ownerDocument.createElement('div');
  for (const node of el.shadowRoot.childNodes) box.append(node.cloneNode(true));
  const walker = el.ownerDocument.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
  const comments = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.remove();
  for (const styled of box.querySelectorAll('[style]')) styled.removeAttribute('style');
  return box.innerHTML;
}

/** The declarative shadow root to write inside `el`'s start tag. */
export function shadowTemplate(el) {
  return `<template shadowrootmode="open"><style>${widgetCss(el)}</style>${shadowMarkup(el)}</template>`;
}

/** The SHA-256 of a `<style>` text, as a CSP source: `'sha256-…'`. */
export async function styleHash(css, crypto = globalThis.crypto) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  const bytes = String.fromCharCode(...new Uint8Array(digest));
  return `'sha256-${btoa(bytes)}'`;
}
