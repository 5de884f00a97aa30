/**
 * A site's own words in a widget, read and followed: the optional file
 * `features/own-words-reader.js`, which own-words.ts loads for a widget that
 * has some. It imports only types, `suggest` (which only feature files use)
 * and the kit it is handed (kit.ts says why); it hands the JSON reader the
 * kit and `suggest`.
 *
 * A named slot shows the author's elements only when one of them holds
 * content (`hasContent`: `<p slot="intro"> </p>` is empty), else our words.
 * A widget that also reads a JSON document (a `<script
 * type="application/json">` child, or a file at `content-src`) hands in its
 * reader, another optional file, loaded only when there is such a document;
 * a slot outranks the document, which outranks our words. If the reader
 * cannot load, the slots still show. Changes to the children (an element
 * added, its text edited, the JSON rewritten) are followed.
 *
 * The words are kept in an object without a prototype and read with
 * `Object.hasOwn`, so that nothing another script adds to
 * `Object.prototype` can stand in for a site's words.
 */
import type { Kit } from './kit.js';
import type { LoadingHost } from './loader.js';
import type { OptionalFile } from './optional-file.js';
import { suggest } from './suggest.js';

/** What own-words-reader.ts hands a JSON reader: the kit, and its "did you mean". */
export interface ReaderKit extends Kit {
  suggest(name: string, known: readonly string[]): string;
}

/** How a widget reads its JSON document (its feature file exports these). */
export interface WordsReader<Words> {
  /** The text of the element's JSON child, or undefined when it has none. */
  childText(el: Element): string | undefined;
  /** Fetches and checks the document at `src`; undefined (warned) if unusable. */
  fetchWords(src: string, kit: ReaderKit): Promise<unknown>;
  /** The words of the JSON child laid over `fetched`, or undefined. */
  words(el: Element, fetched: unknown, kit: ReaderKit): Partial<Words> | undefined;
}

export interface OwnWordsOptions<Words> {
  /** Each named slot of the widget, and which of its words the slot replaces. */
  slots: Record<string, keyof Words>;
  /** For a widget that reads a JSON document: its reader, and `content-src`. */
  json?: { reader: OptionalFile<WordsReader<Words>>; src: () => string | undefined };
}

/** A widget's own words as this file reads and follows them. */
export interface OwnWordsReading<Words> {
  get<K extends keyof Words>(name: K): Partial<Words>[K] | undefined;
  /** What is loading (a JSON reader, a `content-src` file), until it settles. */
  loading(): Promise<unknown> | undefined;
  connect(): void;
  disconnect(): void;
}

export interface OwnWordsFeature {
  follow<Words extends object>(
    host: LoadingHost,
    options: OwnWordsOptions<Words>,
    kit: Kit,
  ): OwnWordsReading<Words>;
}

/** Elements marked for no slot of ours: shown until the script runs (README). */
const FALLBACK = 'fallback';

/** Starts reading and following the own words of `host`. */
export function follow<Words extends object>(
  host: LoadingHost,
  options: OwnWordsOptions<Words>,
  kit: Kit,
): OwnWordsReading<Words> {
  return new Reading(host, options, kit);
}

class Reading<Words extends object> implements OwnWordsReading<Words> {
  private readonly host: LoadingHost;
  private readonly kit: ReaderKit;
  private readonly slots: Record<string, keyof Words>;
  private readonly json?: OwnWordsOptions<Words>['json'];
  private readonly observer: MutationObserver;
  private words?: Partial<Words>;
  /** The slots and JSON text last applied, to skip what did not change. */
  private last?: string;
  /** Slot names already warned about. */
  private readonly warned = new Set<string>();
  /** The `content-src` read, and its words once fetched. */
  private src?: string;
  private fetched?: unknown;
  /** What is loading (the reader, a `content-src` file), until it settles. */
  private pending?: Promise<void>;

  constructor(host: LoadingHost, options: OwnWordsOptions<Words>, kit: Kit) {
    this.host = host;
    this.kit = { ...kit, suggest };
    this.slots = options.slots;
    this.json = options.json;
    this.observer = new MutationObserver(() => this.apply());
    if (host.isConnected) this.connect();
  }

  /** The site's words for `name`, or undefined: then the widget shows ours. */
  get<K extends keyof Words>(name: K): Partial<Words>[K] | undefined {
    return this.words && Object.hasOwn(this.words, name) ? this.words[name] : undefined;
  }

  connect() {
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['slot'],
    });
    this.apply();
  }

  disconnect() {
    this.observer.disconnect();
  }

  /** Starts reading a new `content-src`; returns what the render waits for. */
  loading(): Promise<unknown> | undefined {
    const src = this.json?.src() || undefined;
    if (src !== this.src) {
      this.src = src;
      this.track(this.read(src));
    }
    return this.pending;
  }

  private track(promise: Promise<void>) {
    const pending: Promise<void> = Promise.all([this.pending, promise]).then(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
  }

  /** The reader, when the widget has a JSON document to read (or a `content-src`). */
  private needsReader(): boolean {
    return !!this.json && (!!this.src || !!this.host.querySelector(':scope > script'));
  }

  private async read(src: string | undefined) {
    const reader = src ? await this.json!.reader.get() : undefined;
    let fetched: unknown;
    try {
      fetched = src && reader ? await reader.fetchWords(src, this.kit) : undefined;
    } catch (error) {
      console.warn(
        `cst-widgets: content-src could not be read (${String(error)}); our words are shown.`,
      );
    }
    // A later read (content-src changed again) has taken over.
    if (this.src !== src) return;
    this.fetched = fetched;
    this.last = undefined;
    this.apply();
  }

  /** Works out the words from the children (and the fetched document) and sets them. */
  private apply() {
    const reader = this.json?.reader;
    if (reader && !reader.settled && this.needsReader()) {
      // A JSON child: load its reader first (the render waits, briefly).
      this.track(reader.get().then(() => this.apply()));
      return;
    }
    const names = Object.keys(this.slots);
    const filled: string[] = [];
    for (const child of this.host.children) {
      const name = child.slot;
      if (!name || name === FALLBACK) continue;
      if (Object.hasOwn(this.slots, name)) {
        if (this.kit.hasContent(child.childNodes) && !filled.includes(name))
          filled.push(name);
      } else if (!this.warned.has(name)) {
        this.warned.add(name);
        const near = suggest(name, names);
        console.warn(
          `${this.host.localName}: slot="${name.slice(0, 40)}" is not one of its slots (${names.join(', ')}), so that element is not shown.${near ? ` Did you mean "${near}"?` : ''}`,
        );
      }
    }
    const module = reader?.module;
    const text = module?.childText(this.host);
    const key = `${filled.join(' ')}\n${text}`;
    if (key === this.last) return;
    this.last = key;
    const words: Partial<Words> = Object.assign(
      Object.create(null) as Partial<Words>,
      module?.words(this.host, this.fetched, this.kit),
    );
    for (const name of filled) {
      const slot = document.createElement('slot');
      slot.name = name;
      (words as Record<keyof Words, unknown>)[this.slots[name]!] = slot;
    }
    this.words = Object.keys(words).length > 0 ? words : undefined;
    this.host.requestUpdate();
  }
}
