/**
 * A site's own words in a widget: its elements in the widget's named slots
 * and, for `<cst-benefits>`, a JSON document (benefits-content.ts, loaded
 * only for a JSON child or `content-src`). CstElement loads this module only
 * for widgets that have such children or `content-src`; the drop-in script
 * ships it as dist/features/own-words.js, so pages without them never fetch
 * it.
 *
 * A named slot shows the author's elements only when one of them holds
 * content (`hasContent`: `<p slot="intro"> </p>` is empty), else our words.
 * A slot outranks the JSON document, which outranks our words. Changes to
 * the children (an element added, its text edited, the JSON rewritten) are
 * followed.
 */
import type { hasContent } from './slot.js';
import type { safeHref } from './url.js';
import type { Labels, Topic } from '../content/benefits.js';
import type { Words } from '../components/benefits/benefits-content.js';

/**
 * What a site replaces; a widget uses the parts it has. Text, or nodes made
 * here (a `<slot>`, paragraphs whose text is set as text): Lit inserts a node
 * as it is, and leaves it in place while the same words are shown.
 */
export interface OwnWords {
  /** The top heading's text. */
  title?: unknown;
  /** The whole introduction (`<cst-benefits>`). */
  intro?: unknown;
  /** The closing paragraph (`<cst-benefits>`). */
  closing?: unknown;
  /** The main advice paragraph (`<cst-ask-provider>`). */
  advice?: unknown;
  labels?: Partial<Labels>;
  /** Our topics, with the site's changes and its own topics after them. */
  topics?: (ours: Record<string, Topic>) => Record<string, Topic>;
}

/**
 * Helpers of the drop-in script (slot.ts, url.ts), handed in by `read`
 * rather than imported: an import would make the script export them, and it
 * has few bytes to spare. Until then, nothing counts as content and no link
 * is safe.
 */
export const shared: { hasContent: typeof hasContent; safeHref: typeof safeHref } = {
  hasContent: () => false,
  safeHref: () => undefined,
};

/** The part of `OwnWords` that each slot replaces. */
const SLOTS = {
  heading: 'title',
  intro: 'intro',
  closing: 'closing',
  advice: 'advice',
} as const;

type SlotName = keyof typeof SLOTS;

/** The slots of each widget (`slot="fallback"` aside). */
export const WIDGET_SLOTS: Record<string, readonly SlotName[]> = {
  'cst-benefits': ['heading', 'intro', 'closing'],
  'cst-ask-provider': ['heading', 'advice'],
  'cst-disclaimer': [],
};

/**
 * Edit distance with swaps of two neighbours ("intor" → "intro" is 1), for
 * "did you mean"; small inputs only (names).
 */
function distance(a: string, b: string): number {
  const d = [...Array(a.length + 1)].map((_, i) =>
    [...Array(b.length + 1)].map((_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name that `name` nearly is ("reserch" → "research"), else ''. */
export function suggest(name: string, known: readonly string[]): string {
  if (name.length > 40 || known.length === 0) return '';
  const lower = name.toLowerCase();
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(lower, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : '';
}

type Json = typeof import('../components/benefits/benefits-content.js');
type Widget = HTMLElement & {
  words?: OwnWords;
  contentSrc?: string;
  requestUpdate(): void;
};

/** What is known of each widget that has own words. */
interface State {
  /** The `content-src` read (undefined: none). */
  src?: string;
  /** Its words, once loaded (undefined: none, or unusable). */
  fetched?: Words;
  /** The JSON reader, loaded for a widget with a JSON child or `content-src`. */
  json?: Json;
  /** The slots and JSON text last applied, to skip what did not change. */
  last?: string;
  /** Slot names already warned about. */
  warned: Set<string>;
  /** The read of `src` under way, which a render waits for (briefly). */
  pending?: Promise<void>;
}

const states = new WeakMap<Widget, State>();

/** The JSON reader is for `<cst-benefits>` only: the widget with `contentSrc`. */
const takesJson = (el: Widget, src?: string) =>
  'contentSrc' in el && !!(src || el.querySelector(':scope > script'));

const loadJson = () => import('../components/benefits/benefits-content.js');

/**
 * Reads the site's words for `el` and sets them as `el.words` (undefined:
 * none), asking for an update when they change. CstElement calls it before
 * the first render of a widget with own words, then before every update
 * while it has any: it does nothing unless `content-src` changed, since
 * changes to the children are followed as they happen.
 */
export async function read(
  el: Widget,
  contentOf: typeof hasContent,
  href: typeof safeHref,
): Promise<void> {
  shared.hasContent = contentOf;
  shared.safeHref = href;
  const src = el.contentSrc || undefined;
  let state = states.get(el);
  if (state && state.src === src) return state.pending;
  if (!state) {
    const created: State = { warned: new Set() };
    state = created;
    states.set(el, state);
    new MutationObserver(() => apply(el, created)).observe(el, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['slot'],
    });
  }
  state.src = src;
  state.pending = load(el, state, src);
  return state.pending;
}

/** Loads what `src` (and a JSON child) need, then applies the words. */
async function load(el: Widget, state: State, src: string | undefined) {
  if (takesJson(el, src)) state.json ??= await loadJson();
  const fetched = src ? await state.json!.fetchWords(src) : undefined;
  // A later read (content-src changed again) has taken over.
  if (state.src !== src) return;
  state.fetched = fetched;
  state.last = undefined;
  apply(el, state);
}

/** Works out the words from the children (and `fetched`) and sets them. */
function apply(el: Widget, state: State) {
  const tag = el.localName;
  const slots = WIDGET_SLOTS[tag] ?? (Object.keys(SLOTS) as SlotName[]);
  if (!state.json && takesJson(el)) {
    // A JSON child arrived in a widget read without one.
    void loadJson().then((json) => {
      state.json = json;
      apply(el, state);
    });
    return;
  }
  const filled: SlotName[] = [];
  for (const child of el.children) {
    const name = child.slot as SlotName;
    if (!name || name === ('fallback' as string)) continue;
    if (slots.includes(name)) {
      if (shared.hasContent(child.childNodes) && !filled.includes(name)) {
        filled.push(name);
      }
    } else if (!state.warned.has(name)) {
      state.warned.add(name);
      const near = suggest(name, slots);
      console.warn(
        `${tag}: slot="${name.slice(0, 40)}" is not one of its slots (${slots.join(', ') || 'it has none but the default'}), so that element is not shown.${near ? ` Did you mean "${near}"?` : ''}`,
      );
    }
  }
  const text = state.json?.childText(el);
  const key = `${filled.join(' ')}\n${text}`;
  if (key === state.last) return;
  state.last = key;
  const words: OwnWords = { ...state.json?.words(el, state.fetched) };
  for (const name of filled) {
    const slot = document.createElement('slot');
    slot.name = name;
    words[SLOTS[name]] = slot;
  }
  el.words = Object.keys(words).length > 0 ? words : undefined;
  el.requestUpdate();
}
