/**
 * True when any of `nodes` is content worth showing in the default slot.
 * Browsers assign whitespace-only text nodes to the default slot, so a
 * `<cst-disclaimer>\n</cst-disclaimer>` written over two lines must still
 * count as empty. An element with a `slot` name (`slot="fallback"`: shown
 * only until the script runs) is not the default slot's, nor is a
 * `<template>`, which never shows: a pre-rendered shadow root that the parser
 * did not attach (HTML set through `innerHTML`, or an element already
 * defined when it was parsed) stays one.
 */
export function hasContent(nodes: Iterable<Node>): boolean {
  for (const node of nodes) {
    if (
      node.nodeType === Node.ELEMENT_NODE &&
      !(node as Element).slot &&
      (node as Element).localName !== 'template'
    ) {
      return true;
    }
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return true;
  }
  return false;
}
