import type { LitElement } from 'lit';

/**
 * A controller that loads a file its widget's render needs (language.ts,
 * own-words.ts, feature.ts).
 */
export interface Loader {
  /**
   * The load under way, if any: the next render waits for it (at most
   * `RENDER_WAIT_MS`, cst-element.ts), and `updateComplete` until it has settled. It must
   * never reject (optional-file.ts), and it asks for an update when it
   * settles.
   */
  loading(): Promise<unknown> | undefined;
}

/** What a controller may ask of its widget. */
export interface LoadingHost extends HTMLElement {
  addController: LitElement['addController'];
  requestUpdate: LitElement['requestUpdate'];
  addLoader(loader: Loader): void;
}
