/**
 * A site's own words in a widget, as a Lit reactive controller: created only
 * by the widgets that take them (`<cst-benefits>`, `<cst-ask-provider>`),
 * which say which slots they have and which of their words each replaces.
 *
 * Few pages put their own words in, so reading them is an optional file
 * (optional-file.ts), `features/own-words-reader.js` (own-words-reader.ts),
 * loaded only for a widget that has a child for one of its slots, a
 * `<script>` child, or a `content-src`; its first render waits for it
 * briefly. If that file cannot load, each slot that has an element shows
 * it as it is (a blank one too): the site's words still show.
 */
import type { ReactiveController } from 'lit';
import { kit } from './kit.js';
import type { Loader, LoadingHost } from './loader.js';
import type {
  OwnWordsFeature,
  OwnWordsOptions,
  OwnWordsReading,
} from './own-words-reader.js';
import { OptionalFile } from './optional-file.js';

export type {
  OwnWordsFeature,
  OwnWordsOptions,
  OwnWordsReading,
  ReaderKit,
  WordsReader,
} from './own-words-reader.js';

/** Exported so that tests can make it slow or fail. */
export const ownWordsFile = new OptionalFile<OwnWordsFeature>({
  file: 'features/own-words-reader.js',
  fallback: "the site's slotted elements show as they are",
  load: () => import('./own-words-reader.js'),
  exports: ['follow'],
});

export class OwnWordsController<Words extends object>
  implements ReactiveController, Loader
{
  private readonly host: LoadingHost;
  private readonly options: OwnWordsOptions<Words>;
  private reading?: OwnWordsReading<Words>;
  private starting?: Promise<unknown>;

  constructor(host: LoadingHost, options: OwnWordsOptions<Words>) {
    this.host = host;
    this.options = options;
    host.addController(this);
    host.addLoader(this);
  }

  /**
   * The site's words for `name`, or undefined: then the widget shows ours.
   * If the reader could not load: the slot itself, when an element is in it.
   */
  get<K extends keyof Words>(name: K): Partial<Words>[K] | undefined {
    if (this.reading) return this.reading.get(name);
    if (!ownWordsFile.settled) return undefined;
    const slot = Object.keys(this.options.slots).find(
      (slot) =>
        this.options.slots[slot] === name &&
        this.host.querySelector(`:scope > [slot="${slot}"]`),
    );
    return (slot && kit.html`<slot name=${slot}></slot>`) as
      Partial<Words>[K] | undefined;
  }

  hostConnected() {
    this.reading?.connect();
  }

  hostDisconnected() {
    this.reading?.disconnect();
  }

  /**
   * Whether the widget has own words, or may have: an element for a slot
   * (one of its own, or a misspelt one, which the reader warns about), a
   * `<script>` child, a `content-src`. Fallback content has none.
   */
  private hasOwnWords(): boolean {
    if (this.options.json?.src()) return true;
    return [...this.host.children].some(
      (child) =>
        (child.slot && child.slot !== 'fallback') || child.localName === 'script',
    );
  }

  loading(): Promise<unknown> | undefined {
    if (this.reading) return this.reading.loading();
    if (this.starting || !this.hasOwnWords()) return this.starting;
    if (ownWordsFile.settled && !ownWordsFile.module) return undefined;
    const starting = ownWordsFile.get().then((feature) => {
      if (feature) this.reading = feature.follow(this.host, this.options, kit);
      this.host.requestUpdate();
      return this.reading?.loading();
    });
    this.starting = starting.then(() => {
      this.starting = undefined;
    });
    return this.starting;
  }
}
