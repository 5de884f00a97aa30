/**
 * The language a widget speaks, as a Lit reactive controller (after
 * Shoelace's LocalizeController): every widget has one.
 *
 * - It follows `lang`: the widget's own, else the nearest ancestor's, else
 *   `<html lang>` (locale.ts), and re-renders the widget when any of them
 *   changes or the widget is moved.
 * - It gives the render its locale: `render(() => …)` runs the widget's
 *   update with `msg()` answering in the widget's language.
 * - It loads the language file the widget needs (optional-file.ts), and the
 *   widget's next render waits for it briefly (cst-element.ts), so a page in
 *   French does not flash English; a file that is late or fails leaves the
 *   widget in English, and it switches once the file arrives.
 */
import { isServer, type ReactiveController } from 'lit';
import {
  langTagOf,
  languageFile,
  languageOf,
  regionOf,
  renderIn,
  usable,
} from './locale.js';
import type { Loader, LoadingHost } from './loader.js';

/** Connected controllers, told when any `lang` attribute in the document changes. */
const watching = new Set<LanguageController>();
let observer: MutationObserver | undefined;

function watch(controller: LanguageController) {
  watching.add(controller);
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const each of watching) each.sync();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

function unwatch(controller: LanguageController) {
  watching.delete(controller);
  if (watching.size > 0) return;
  observer?.disconnect();
  observer = undefined;
}

export class LanguageController implements ReactiveController, Loader {
  private readonly host: LoadingHost;
  private tag = '';

  constructor(host: LoadingHost) {
    this.host = host;
    host.addController(this);
    host.addLoader(this);
  }

  /**
   * The tag that applies. A server has no ancestors and calls no
   * `attributeChangedCallback`: there, the element's own `lang` (which
   * `cst-widgets prerender` sets to the one that applies in the page).
   */
  private get current(): string {
    return isServer ? (this.host.getAttribute('lang') ?? '').trim() : this.tag;
  }

  /** The language the widget renders in now: its own if loaded, else `en`. */
  get language(): string {
    return usable(languageOf(this.current));
  }

  /** The region of the language tag (`GB` for `en-GB`), if it has one. */
  get region(): string | undefined {
    return regionOf(this.current);
  }

  hostConnected() {
    // A moved element may now sit under another language.
    this.sync();
    watch(this);
  }

  hostDisconnected() {
    unwatch(this);
  }

  /** Reads the language tag that applies again; re-renders if it changed. */
  sync() {
    const tag = langTagOf(this.host);
    if (tag === this.tag) return;
    this.tag = tag;
    this.host.requestUpdate();
  }

  /** The widget's language file while it is loading: the next render waits for it, briefly. */
  loading(): Promise<unknown> | undefined {
    const file = languageFile(languageOf(this.tag));
    if (!file || file.settled) return undefined;
    return file.get().then(() => this.host.requestUpdate());
  }

  /** Runs `body` (the widget's synchronous update) in the widget's language. */
  render<T>(body: () => T): T {
    return renderIn(this.language, body);
  }
}
