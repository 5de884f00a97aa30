import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  isReady,
  langTagOf,
  languageOf,
  loadLanguage,
  regionOf,
  renderIn,
  usable,
} from './locale.js';
import { inTurn } from './render-queue.js';
import type { OwnWords } from './own-words.js';
import { hasContent } from './slot.js';
import { safeHref } from './url.js';

/**
 * Children that carry a site's own words: JSON, and elements for our named
 * slots. Every one of those names has an "i" (heading, intro, closing,
 * advice) and `fallback` has none, so fallback content loads nothing
 * (test/content-control.test.ts checks the names).
 */
const OWN = '[slot*=i],script';

/**
 * How long a widget whose language file is still loading waits before it
 * shows English. A cached file arrives well within it, so there is no flash
 * of English; on a slow network the widget does not stay blank for long.
 */
const FIRST_RENDER_WAIT_MS = 1500;

/** Connected widgets, told when any `lang` attribute in the document changes. */
const widgets = new Set<CstElement>();
let langObserver: MutationObserver | undefined;

function watchLanguage(el: CstElement) {
  widgets.add(el);
  if (langObserver) return;
  langObserver = new MutationObserver(() => {
    for (const widget of widgets) widget.syncLanguage();
  });
  langObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

function unwatchLanguage(el: CstElement) {
  widgets.delete(el);
  if (widgets.size > 0) return;
  langObserver?.disconnect();
  langObserver = undefined;
}

/**
 * What every widget shares: the `theme` attribute, and speaking the language
 * of the place it is put in (its own `lang`, else the nearest ancestor's,
 * else `<html lang>`, else English), re-rendering when any of these changes.
 *
 * @attr lang - The widget's language and region, e.g. `es-MX` (the standard HTML attribute). Default: the nearest ancestor's `lang`, else English.
 */
export class CstElement extends LitElement {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Colour theme: `auto` follows the visitor's system, or `light`, `dark`. */
  theme?: 'auto' | 'light' | 'dark';

  private _langTag = '';

  /**
   * A site's own words (slots, JSON), set by own-words.ts, which then asks
   * for an update.
   * @internal
   */
  declare words?: OwnWords;

  /** The language the widget renders in now: its language if loaded, else `en`. */
  protected get language(): string {
    return usable(languageOf(this._langTag));
  }

  /** The region of the language tag (`GB` for `en-GB`), if it has one. */
  protected get region(): string | undefined {
    return regionOf(this._langTag);
  }

  override connectedCallback() {
    super.connectedCallback();
    // A moved element may now sit under another language.
    this.syncLanguage();
    watchLanguage(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    unwatchLanguage(this);
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.syncLanguage();
  }

  /** Reads the language that applies again, and re-renders if it changed. */
  syncLanguage() {
    const tag = langTagOf(this);
    if (tag === this._langTag) return;
    this._langTag = tag;
    this.requestUpdate();
  }

  /**
   * Holds the render until the language file is loaded, for a short while,
   * then until it is this widget's turn (render-queue.ts: document order, and
   * not all in one long task when a page has many widgets). A site's own
   * words (slotted elements, JSON, `content-src`) are read by a module loaded
   * only for widgets that have them, before the first render and whenever
   * `content-src` changes, and held for in the same way, as is what
   * `pending()` returns.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const wanted = languageOf(this._langTag);
    // Read on every update while there are own words (or may be): the module
    // does nothing when nothing changed. It gets the helpers it shares with
    // the script from here, so that the script exports nothing.
    const reading =
      ((this as { contentSrc?: string }).contentSrc ||
        this.words ||
        this.querySelector(OWN)) &&
      import('./own-words.js').then(
        (module) => module.read(this, hasContent, safeHref),
        console.warn,
      );
    const pending = this.pending?.();
    if (!isReady(wanted) || reading || pending) {
      const loaded = Promise.all([loadLanguage(wanted), reading, pending]);
      await Promise.race([
        loaded,
        new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
      ]);
      if (!isReady(wanted)) void loaded.then(() => this.requestUpdate());
    }
    await inTurn(this, () => super.scheduleUpdate());
  }

  /**
   * What else a widget's render waits for, as for its language file: a
   * feature file it cannot render well without.
   */
  protected pending?(): unknown;

  protected override update(changed: PropertyValues) {
    renderIn(this.language, () => super.update(changed));
  }
}
