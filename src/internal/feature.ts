/**
 * An optional module of a widget, as a Lit reactive controller (after
 * @lit/task): the widget names the file (optional-file.ts) and when it
 * wants it; the controller loads it then, the widget's render waits for it
 * briefly, and the widget renders again once it has arrived. Until then,
 * and for good if it cannot load, `module` is undefined and the widget
 * shows its fallback.
 *
 * (@lit/task itself runs a task per element and renders its pending,
 * complete and error states; here the module is one per page, shared by
 * every widget, and a render waits for it before it shows anything.)
 */
import type { ReactiveController } from 'lit';
import type { Loader, LoadingHost } from './loader.js';
import type { OptionalFile } from './optional-file.js';

export class FeatureController<T> implements ReactiveController, Loader {
  private readonly host: LoadingHost;
  private readonly file: OptionalFile<T>;
  private readonly wanted: () => boolean;

  constructor(host: LoadingHost, file: OptionalFile<T>, wanted: () => boolean) {
    this.host = host;
    this.file = file;
    this.wanted = wanted;
    host.addController(this);
    host.addLoader(this);
  }

  /** The module, once it has loaded; undefined before, or if it failed. */
  get module(): T | undefined {
    return this.file.module;
  }

  hostConnected() {}

  loading(): Promise<unknown> | undefined {
    if (!this.wanted() || this.file.settled) return undefined;
    return this.file.get().then(() => this.host.requestUpdate());
  }
}
