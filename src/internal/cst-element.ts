import {
  adoptStyles,
  LitElement,
  type PropertyDeclarations,
  type PropertyValues,
} from 'lit';
import { LanguageController } from './language.js';
import type { Loader, LoadingHost } from './loader.js';
import { inTurn } from './render-queue.js';
import { adoptStylesIn } from './adopted-styles.js';

/**
 * How long a render waits for a file it needs. A cached file arrives well
 * within it, so there is no flash of English; on a slow network the widget
 * does not stay blank for long, and shows the rest when the file arrives.
 */
export const RENDER_WAIT_MS = 1500;

export type { Loader, LoadingHost };

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What every widget shares: the `theme` attribute, its language
 * (language.ts), and the way an update waits for the files it needs.
 *
 * An update is scheduled as Lit schedules it, with two waits first: for the
 * files its loaders are loading (briefly), then for its turn to render
 * (render-queue.ts: in document order, a slice at a time, so a page with
 * many widgets is not one long task). `updateComplete` resolves once the
 * widget shows what it will show: after the files it was loading have
 * arrived or failed, and the render that follows.
 *
 * A pre-rendered widget (the configurator's snippet, or `cst-widgets
 * prerender`: its shadow tree written into the page as declarative shadow
 * DOM) is upgraded in place: the parser's shadow root stays on screen, as it
 * is, until the first render, which waits for the widget's files as long as
 * they take (the snippet already shows their words) and then replaces it in
 * the same task, so no frame shows anything in between. Nothing of the
 * pre-rendered markup is read or kept: whatever it holds, the widget shows
 * what it renders itself. (With Lit's own hydration support loaded, Lit
 * hydrates it instead.)
 *
 * @attr lang - The widget's language and region, e.g. `es-MX` (the standard HTML attribute). Default: the nearest ancestor's `lang`, else English.
 */
export class CstElement extends LitElement implements LoadingHost {
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /**
   * Colour theme: `auto` follows the visitor's system, `light` or `dark`.
   * Default: the page's `color-scheme`, as the page's form controls take it
   * (light when the page declares none).
   */
  theme?: 'auto' | 'light' | 'dark';

  /** The parser gave the widget a shadow root with content: shown until the first render. */
  private prerendered = false;

  /** Set before the controllers below, which add themselves to it. */
  private readonly loaders: Loader[] = [];

  /**
   * The widget's language.
   * @internal
   */
  protected readonly localize = new LanguageController(this);

  /**
   * Adds a controller whose loads the widget's renders wait for.
   * @internal
   */
  addLoader(loader: Loader): void {
    this.loaders.push(loader);
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.localize.sync();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.prerendered = !this.hasUpdated && !!this.shadowRoot?.firstChild;
    try {
      return super.createRenderRoot();
    } catch {
      // A closed declarative shadow root: invisible to `this.shadowRoot`, so
      // Lit's attachShadow({ mode: 'open' }) throws. Asking for a closed one
      // returns it, emptied; the widget renders into it.
      const root = this.attachShadow({
        ...(this.constructor as typeof LitElement).shadowRootOptions,
        mode: 'closed',
      });
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
      return root;
    }
  }

  private loadsUnderWay(): Promise<unknown>[] {
    return this.loaders.flatMap((loader) => loader.loading() ?? []);
  }

  protected override async scheduleUpdate(): Promise<void> {
    const loads = this.loadsUnderWay();
    if (loads.length > 0) {
      // Pre-rendered content shows meanwhile: better than English for now.
      await (this.prerendered
        ? Promise.all(loads)
        : Promise.race([Promise.all(loads), delay(RENDER_WAIT_MS)]));
    }
    await inTurn(this, () => super.scheduleUpdate());
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (
      let loads = this.loadsUnderWay();
      loads.length > 0;
      loads = this.loadsUnderWay()
    ) {
      await Promise.all(loads);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Moved into another document (an iframe's): its styles go with it. */
  adoptedCallback() {
    // Every widget renders into a shadow root (LitElement's default).
    const root = this.renderRoot as ShadowRoot;
    adoptStylesIn(root, (this.constructor as typeof LitElement).elementStyles);
  }

  protected override update(changed: PropertyValues) {
    if (this.prerendered) {
      this.prerendered = false;
      // Set by @lit-labs/ssr-client's hydration support, which keeps the nodes.
      if (!(this as { _$needsHydration?: boolean })._$needsHydration) {
        this.renderRoot.replaceChildren();
        // Lit renders before the first child the root had: there is none now.
        this.renderOptions.renderBefore = null;
      }
    }
    this.localize.render(() => super.update(changed));
  }
}
