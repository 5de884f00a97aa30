import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Where the top and bottom banners of a page go, so that they share the
 * window with each other and with the site:
 *
 * - Banners at one edge stack in document order and never overlap; a site's
 *   own fixed or sticky bar named by `avoid` (a CSS selector) is kept clear,
 *   and `--cst-disclaimer-inset` adds a distance of the site's choosing.
 * - Together they take at most a third of the window's height. A banner
 *   that would take more becomes compact (its text scrolls inside it, and
 *   the dismiss button stays in view); if not even three lines of text fit
 *   beside or above the button, it stops being fixed and sits in the page
 *   where the element is ("static").
 * - Each fixed banner keeps an equal space in the page (its spacer), and the
 *   banners at an edge add their height to the page's own `scroll-padding`
 *   on that side of `<html>` (WCAG 2.4.11): whatever the page had there,
 *   inline or from a style sheet, in any unit, is kept, and it is put back
 *   exactly when the last banner at that edge goes.
 * - Nothing is written for a banner that is not showing: removed before it
 *   rendered, inside a hidden part of the page (`display: none`), inside an
 *   ancestor that would carry it away when the page scrolls (a transform, a
 *   filter, containment: it is shown static there), or moved into another
 *   document (it then counts in that document only).
 *
 * The disclaimer creates one per element and says, after each render, what
 * it shows (`BannerParts`, or nothing when it shows no fixed banner).
 */

export type Edge = 'top' | 'bottom';

export interface BannerParts {
  edge: Edge;
  /** The fixed box, which scrolls inside when it is compact. */
  box: HTMLElement;
  /** The element in the page flow that keeps the box's space. */
  spacer: HTMLElement;
  /** A CSS selector of the site's own fixed bar at the same edge. */
  avoid?: string;
}

/** Each document's banners, and the `<html>` scroll padding they changed. */
interface Page {
  doc: Document;
  banners: Set<BannerPlacement>;
  observer: ResizeObserver;
  frame?: number;
  /** Per edge: the page's own inline value, and the value written over it. */
  saved: Map<Edge, { value: string; priority: string; written: string }>;
  onResize: () => void;
}

const pages = new WeakMap<Document, Page>();

/** The share of the window's height that the banners may take together. */
const MAX_SHARE = 1 / 3;

function pageOf(doc: Document): Page {
  let page = pages.get(doc);
  if (!page) {
    const view = doc.defaultView!;
    const created: Page = {
      doc,
      banners: new Set(),
      saved: new Map(),
      // Layout changes wait for the next frame: made inside the callback, a
      // taller spacer can bring a scrollbar that resizes a banner in the same
      // frame, and the browser reports "ResizeObserver loop completed with
      // undelivered notifications" as an error on the page.
      observer: new view.ResizeObserver(() => schedule(created)),
      onResize: () => schedule(created),
    };
    page = created;
    pages.set(doc, page);
  }
  return page;
}

function schedule(page: Page) {
  const view = page.doc.defaultView;
  if (view && page.frame === undefined) {
    page.frame = view.requestAnimationFrame(() => {
      page.frame = undefined;
      layout(page);
    });
  }
}

/** The parent in the composed tree: a shadow root's host for its top elements. */
function parentOf(element: Element): Element | null {
  return element.parentElement ?? (element.parentNode as ShadowRoot | null)?.host ?? null;
}

/**
 * Whether an ancestor makes `position: fixed` relative to itself instead of
 * the window (CSS Transforms, Filter Effects, Containment), so that the
 * banner would scroll away with it.
 */
function inFixedContainer(box: HTMLElement): boolean {
  const view = box.ownerDocument.defaultView!;
  const root = box.ownerDocument.documentElement;
  for (let el = parentOf(box); el && el !== root; el = parentOf(el)) {
    const s = view.getComputedStyle(el);
    if (
      [s.transform, s.translate, s.rotate, s.scale, s.perspective, s.filter].some(
        (value) => value && value !== 'none',
      ) ||
      /paint|layout|strict|content/.test(s.contain) ||
      /transform|perspective|filter/.test(s.willChange) ||
      (s.containerType && s.containerType !== 'normal') ||
      s.contentVisibility === 'auto'
    ) {
      return true;
    }
  }
  return false;
}

/** The site's bar named by `selector`, if it is a selector that finds one. */
function findBar(doc: Document, selector: string | undefined): Element | null {
  try {
    return selector?.trim() ? doc.querySelector(selector) : null;
  } catch {
    return null; // Not a selector: nothing to keep clear of.
  }
}

/** How far the site's bar named by `selector` reaches into the window from `edge`. */
function barInset(doc: Document, selector: string | undefined, edge: Edge): number {
  const bar = findBar(doc, selector);
  if (!bar) return 0;
  const s = doc.defaultView!.getComputedStyle(bar);
  const rect = bar.getBoundingClientRect();
  let reach = 0;
  if (s.position === 'fixed') {
    reach = edge === 'top' ? rect.bottom : doc.documentElement.clientHeight - rect.top;
  } else if (s.position === 'sticky') {
    // Where it stays once the page has scrolled, not where it is now.
    reach = (parseFloat(edge === 'top' ? s.top : s.bottom) || 0) + rect.height;
  }
  return Math.max(0, Math.round(reach));
}

/**
 * The height the banner would have with all its text showing (borders too),
 * whether it is compact now or not. Firefox leaves a scrolling grid's end
 * padding out of its scrollHeight, so a compact banner a little taller than
 * its share would seem to fit, and would flip between compact and full in
 * every frame; the bottom of its lowest part, plus that padding, does not
 * depend on whether it scrolls.
 */
function naturalHeight({ box }: BannerParts): number {
  const style = box.ownerDocument.defaultView!.getComputedStyle(box);
  const top = box.getBoundingClientRect().top - box.scrollTop;
  let bottom = 0;
  for (const part of box.children) {
    const rect = part.getBoundingClientRect();
    if (rect.height > 0) bottom = Math.max(bottom, rect.bottom - top);
  }
  const end = parseFloat(style.paddingBlockEnd) + parseFloat(style.borderBlockEndWidth);
  return Math.max(
    box.scrollHeight + box.offsetHeight - box.clientHeight,
    Math.ceil(bottom + end),
  );
}

type Fit = 'full' | 'compact' | 'static';

/**
 * The least height of a compact banner: its padding and three lines of text,
 * and on a narrow window, where the dismiss button sits below the text
 * (disclaimer.styles.ts, 30em), two more lines for the button.
 */
function minimumHeight(box: HTMLElement): number {
  const view = box.ownerDocument.defaultView!;
  const style = view.getComputedStyle(box);
  const lineHeight = parseFloat(style.lineHeight) || 24;
  const lines = view.matchMedia('(max-width: 30em)').matches ? 5 : 3;
  return (
    lines * lineHeight + parseFloat(style.paddingTop) + parseFloat(style.paddingBottom)
  );
}

/** Places every banner of `page`, sizes their spacers and writes the scroll padding. */
function layout(page: Page) {
  const { doc } = page;
  const shown: Array<{ host: Element; parts: BannerParts; fit: Fit; max?: number }> = [];
  for (const banner of page.banners) {
    const parts = banner.parts();
    const { host } = banner;
    if (!parts || !host.isConnected || parts.box.getClientRects().length === 0) continue;
    shown.push({ host, parts, fit: inFixedContainer(parts.box) ? 'static' : 'full' });
  }
  // In document order of the elements (their boxes are each in a shadow
  // root of their own, which the browser orders as it likes).
  shown.sort((a, b) =>
    a.host.compareDocumentPosition(b.host) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1,
  );

  // A third of the window, shared equally by the banners that can be fixed.
  // One that needs more than its share is compact; one that cannot show
  // three lines of text in its share becomes static, and the others share
  // again.
  // Everything is measured first and written after, so that the browser
  // lays the page out once, however many banners there are.
  const budget = doc.documentElement.clientHeight * MAX_SHARE;
  const natural = new Map(shown.map(({ parts }) => [parts, naturalHeight(parts)]));
  const minimum = new Map(shown.map(({ parts }) => [parts, minimumHeight(parts.box)]));
  const inset = new Map(
    shown.map(({ parts }) => [parts, barInset(doc, parts.avoid, parts.edge)]),
  );
  for (let changed = true; changed;) {
    changed = false;
    const fixed = shown.filter((banner) => banner.fit !== 'static');
    const total = fixed.reduce((sum, { parts }) => sum + natural.get(parts)!, 0);
    const share = Math.floor(budget / fixed.length);
    for (const banner of fixed) {
      const fits = total <= budget || natural.get(banner.parts)! <= share;
      banner.fit = fits ? 'full' : 'compact';
      banner.max = fits ? undefined : share;
    }
    // The last banner that does not fit goes into the page; the others
    // share the third again, so the first ones stay fixed if they can.
    const last = fixed
      .filter((banner) => banner.fit === 'compact' && share < minimum.get(banner.parts)!)
      .pop();
    if (last) {
      last.fit = 'static';
      last.max = undefined;
      changed = true;
    }
  }

  for (const { parts, fit, max } of shown) {
    const { box } = parts;
    box.dataset.fit = fit;
    box.style.setProperty('--_avoid', `${inset.get(parts)}px`);
    if (max !== undefined) box.style.maxBlockSize = `${max}px`;
    else box.style.removeProperty('max-block-size');
    // A box that scrolls takes focus, so the keyboard can scroll it too.
    if (fit === 'compact') box.tabIndex = 0;
    else box.removeAttribute('tabindex');
  }

  // Stacked in document order: the first top banner nearest the top edge,
  // the last bottom banner nearest the bottom edge.
  const sums: Record<Edge, number> = { top: 0, bottom: 0 };
  const fixed = shown.filter(({ fit }) => fit !== 'static');
  const heights = new Map(fixed.map(({ parts }) => [parts, parts.box.offsetHeight]));
  for (const list of [
    fixed.filter(({ parts }) => parts.edge === 'top'),
    fixed.filter(({ parts }) => parts.edge === 'bottom').reverse(),
  ]) {
    for (const { parts } of list) {
      parts.box.style.setProperty('--_stack', `${sums[parts.edge]}px`);
      sums[parts.edge] += heights.get(parts)!;
    }
  }
  // A banner that is not showing keeps no space.
  for (const banner of page.banners) {
    const parts = banner.parts();
    if (parts) parts.spacer.style.blockSize = '0px';
  }
  for (const [parts, height] of heights) parts.spacer.style.blockSize = `${height}px`;
  pad(page, 'top', sums.top);
  pad(page, 'bottom', sums.bottom);
}

/**
 * Adds `extra` pixels to the page's own `scroll-padding-<edge>` of `<html>`,
 * or puts the page's own value back (`extra` 0).
 */
function pad(page: Page, edge: Edge, extra: number) {
  const style = page.doc.documentElement.style;
  const name = `scroll-padding-${edge}`;
  let saved = page.saved.get(edge);
  // The page changed the value itself meanwhile: that is its own value now.
  if (saved && style.getPropertyValue(name) !== saved.written) saved = undefined;
  if (saved) style.setProperty(name, saved.value, saved.priority);
  if (extra === 0) {
    page.saved.delete(edge);
    return;
  }
  saved ??= {
    value: style.getPropertyValue(name),
    priority: style.getPropertyPriority(name),
    written: '',
  };
  const own = page.doc.defaultView!.getComputedStyle(page.doc.documentElement)[
    edge === 'top' ? 'scrollPaddingTop' : 'scrollPaddingBottom'
  ];
  const written = own && own !== 'auto' ? `calc(${own} + ${extra}px)` : `${extra}px`;
  style.setProperty(name, written, saved.priority);
  // Read back: the browser's serialization is what a later check compares.
  page.saved.set(edge, { ...saved, written: style.getPropertyValue(name) });
}

/** One banner's part in its page's placement. */
export class BannerPlacement implements ReactiveController {
  private page?: Page;
  /** What this banner's page observes for it: its box and the site's bar. */
  private observed: Element[] = [];

  constructor(
    readonly host: ReactiveElement,
    /** What the banner shows now, or nothing when it shows no fixed banner. */
    readonly parts: () => BannerParts | undefined,
  ) {
    host.addController(this);
  }

  hostConnected() {
    // A moved or adopted element is reconnected without an update.
    if (this.host.hasUpdated) this.sync();
  }

  hostUpdated() {
    this.sync();
  }

  hostDisconnected() {
    this.leave();
  }

  /** Joins the banner's page (or leaves it), then places that page's banners. */
  private sync() {
    const parts = this.parts();
    if (!parts || !this.host.isConnected) return this.leave();
    const page = pageOf(this.host.ownerDocument);
    if (page !== this.page) this.leave();
    if (page.banners.size === 0)
      page.doc.defaultView!.addEventListener('resize', page.onResize);
    page.banners.add(this);
    this.page = page;
    this.unobserve();
    this.observed = [parts.box, findBar(page.doc, parts.avoid)].filter((el) => !!el);
    for (const el of this.observed) page.observer.observe(el);
    // At once, so the first paint already keeps the space (no shift).
    layout(page);
  }

  private leave() {
    const page = this.page;
    if (!page) return;
    this.page = undefined;
    page.banners.delete(this);
    this.unobserve(page);
    if (page.banners.size === 0)
      page.doc.defaultView?.removeEventListener('resize', page.onResize);
    layout(page);
  }

  private unobserve(page = this.page) {
    for (const el of this.observed) page?.observer.unobserve(el);
    this.observed = [];
  }
}
