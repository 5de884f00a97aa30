/**
 * A block of a widget that holds only words and markup (a list of cautions,
 * a topic's text, the review line): rendered once per page for each
 * different content, then copied into each widget that shows the same.
 *
 * Lit marks every value of a template with a comment and keeps an object
 * for it, so a widget made of many short translated strings had nearly two
 * nodes per word-node and 15 KiB of heap. A copied block is plain DOM, bound
 * to the widget's template through one value: one comment, one object.
 *
 * `staticBlock(html`…`)` takes any template whose values are text, numbers,
 * booleans, `nothing`, other such templates and lists of them; the same
 * template with the same values always renders the same, so that is the
 * key of the copy. A template with anything else (an event listener, a
 * directive, a node of the site's own) is rendered by Lit as usual, and so is
 * every block on the server and while a widget hydrates the server's markup
 * (hydration needs the server's templates). A render with the same content
 * leaves the block's nodes as they are.
 */
import { isServer, noChange, nothing, render, type ReactiveElement } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type ChildPart,
  type PartInfo,
} from 'lit/directive.js';
import { isTemplateResult } from 'lit/directive-helpers.js';

/** An id for each template literal (its strings are one object per literal). */
const literalIds = new WeakMap<TemplateStringsArray, number>();
let literals = 0;
/** Rendered blocks, by content: the fragments that each widget copies. */
const blocks = new Map<string, DocumentFragment>();
/** A page has a few kinds of block per language; a site's own text may add some. */
const MAX_BLOCKS = 500;

/**
 * A key that is equal exactly when two values render the same, or
 * undefined when `value` holds anything a copy cannot carry.
 */
export function contentKey(value: unknown): string | undefined {
  if (value === nothing) return 'N';
  if (value === null || value === undefined) return 'U';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
  }
  if (Array.isArray(value)) {
    const keys = value.map(contentKey);
    return keys.includes(undefined) ? undefined : `[${keys.join(',')}]`;
  }
  if (isTemplateResult(value) && 'strings' in value) {
    let id = literalIds.get(value.strings);
    if (id === undefined) {
      id = literals++;
      literalIds.set(value.strings, id);
    }
    const keys = value.values.map(contentKey);
    return keys.includes(undefined)
      ? undefined
      : `${value['_$litType$']}:${id}(${keys.join(',')})`;
  }
  return undefined;
}

/** The rendered block for `key`, rendering `content` the first time. */
function blockFor(key: string, content: unknown): DocumentFragment {
  let block = blocks.get(key);
  if (!block) {
    block = document.createDocumentFragment();
    render(content, block);
    // Lit's markers: a copy has no values to mark.
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_COMMENT);
    const markers: Node[] = [];
    while (walker.nextNode()) markers.push(walker.currentNode);
    for (const marker of markers) marker.parentNode!.removeChild(marker);
    block.normalize();
    if (blocks.size >= MAX_BLOCKS) blocks.clear();
    blocks.set(key, block);
  }
  return block;
}

class StaticBlock extends Directive {
  /**
   * The block this part shows a copy of, if it shows one (the shared block,
   * not its key: a key is as long as the block's text).
   */
  private shown?: DocumentFragment;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD)
      throw new Error('staticBlock() goes where text goes');
  }

  render(content: unknown): unknown {
    return content;
  }

  override update(part: ChildPart, [content]: [unknown]): unknown {
    const host = part.options?.host as ReactiveElement | undefined;
    // A first render builds its parts in a fragment apart from the page;
    // hydration finds them in the server's markup, which is in the page.
    const hydrating = !!host && !host.hasUpdated && part.parentNode.isConnected;
    const key = isServer || hydrating ? undefined : contentKey(content);
    if (key === undefined) {
      this.shown = undefined;
      return content;
    }
    const block = blockFor(key, content);
    if (block === this.shown) return noChange;
    this.shown = block;
    return block.cloneNode(true);
  }
}

/** Renders `content` as a copied block where it can (see above). */
export const staticBlock = directive(StaticBlock);
