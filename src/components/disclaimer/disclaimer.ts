import { html, isServer, nothing, type PropertyValues } from 'lit';
import { oneOf, textOr, wholeNumber } from '../../internal/attributes.js';
import { hasContent } from '../../internal/slot.js';
import {
  isDismissalStored,
  onDismissalChange,
  storeDismissal,
  type RememberMode,
} from '../../internal/storage.js';
import { focusNextAfter } from '../../internal/focus.js';
import * as content from '../../content/disclaimer.js';
import { baseStyles, buttonStyles } from '../../internal/styles.js';
import { CstElement } from '../../internal/cst-element.js';
import { reviewStamp } from '../../internal/review-stamp.js';
import { staticBlock } from '../../internal/static-block.js';
import { CONTENT_REVIEW } from '../../content/review.js';
import { CstDismissEvent } from './dismiss-event.js';
import { BannerPlacement, type BannerParts } from './banner-placement.js';
import { styles } from './disclaimer.styles.js';

const POSITIONS = ['inline', 'top', 'bottom'] as const;
const REMEMBER: readonly RememberMode[] = ['none', 'session', 'local'];

/**
 * The start of the storage key that holds a dismissal: each banner adds its
 * own name (`cst-disclaimer-dismissed:<id>`, see `_readDismissal`).
 */
export const STORAGE_KEY = 'cst-disclaimer-dismissed';

/** The banners announced in this page's life, by storage key (not again after an app's navigation). */
const announced = new Set<string>();

/**
 * A plain-words health disclaimer: craniosacral therapy is a complementary
 * therapy and does not replace medical care.
 *
 * Accessibility: inline it is a note, fixed to the top or bottom a region,
 * named "Health disclaimer"; screen readers hear a visually hidden
 * "Important:" before the text, and the dismiss button's name is "Dismiss
 * health disclaimer". A fixed banner that appears after the page has loaded
 * (inserted by a script, or upgraded late) is announced once, politely, and
 * not again when an app shows it anew after a navigation. Escape dismisses a
 * dismissible top or bottom banner while focus is inside it, never from
 * elsewhere, so the page's own dialogs keep their Escape. When the banner
 * goes while it holds focus, focus moves to the next focusable element of
 * the page, in other widgets' shadow roots too (the previous one when
 * nothing follows). Top and bottom banners share the window with each other
 * and the site (banner-placement.ts): they stack, keep clear of the site's
 * fixed header (`avoid`), take at most a third of the window and add their
 * height to the page's `scroll-padding`, so the browser never scrolls focus
 * under them (WCAG 2.4.11).
 *
 * Each banner remembers its own dismissal, under its `id` (else its position
 * and its place among the page's banners there), and a dismissal in one tab
 * closes the banner in the site's other tabs.
 *
 * @summary A health disclaimer, inline or fixed to the top or bottom of the window.
 * @tagname cst-disclaimer
 *
 * @attr {string} id - The standard HTML attribute; here it also names the banner's stored dismissal, so that the same banner is remembered on every page of the site (`cst-disclaimer-dismissed:<id>`). Without one: its position and place on the page (`top`, `top-2`, `inline`, …).
 *
 * @slot - Replaces the default disclaimer text.
 *
 * @fires {CstDismissEvent} cst-dismiss - The visitor pressed the dismiss button. Bubbles, composed, cancelable: `preventDefault()` keeps the banner open.
 *
 * @csspart base - The banner box.
 * @csspart message - The disclaimer text.
 * @csspart close-button - The dismiss button.
 * @csspart review - The line that says when the content was reviewed and will be next.
 *
 * @cssprop {<color>} [--cst-color-text=light-dark(#1f2933, #eef1f4)] - Text colour on the widget's own surfaces (not the page's: only a pair chosen together is sure to reach 4.5:1). `currentColor`, with a transparent surface, takes the page's.
 * @cssprop {<color>} [--cst-color-muted=light-dark(#4a5560, #c3cbd3)] - Text of the review line.
 * @cssprop {<color>} [--cst-color-accent=light-dark(#1d6b58, #7fd4bd)] - Links and highlights; keep 4.5:1 against the surfaces.
 * @cssprop {<color>} [--cst-color-border=light-dark(#7b8794, #6b7682)] - Borders of boxes and buttons; keep 3:1 against the surfaces.
 * @cssprop {<color>} [--cst-color-focus=light-dark(#0b57d0, #a8c7fa)] - Focus outline; keep 3:1 against the surfaces.
 * @cssprop {<color>} [--cst-color-surface=light-dark(#ffffff, #1b1f24)] - Background colour, when the component's own surface property is not set.
 * @cssprop {<color>} [--cst-disclaimer-surface=light-dark(#fff7e0, #2e2716)] - Banner background; falls back to `--cst-color-surface`.
 * @cssprop {<color>} [--cst-disclaimer-stripe=light-dark(#9a6700, #e3b341)] - The stripe along the banner's start edge.
 * @cssprop {<integer>} [--cst-disclaimer-z-index=1000] - Stacking order of a top or bottom banner.
 * @cssprop {<length>} [--cst-disclaimer-inset=0px] - Distance of a top or bottom banner from its edge of the window, e.g. the height of a site header of fixed height (`avoid` measures one for you).
 * @cssprop {<family-name>#} [--cst-font-family=inherit] - Font family; the page's by default.
 * @cssprop {<length>} [--cst-font-size=1em] - Base font size, relative to the page's. Text is never drawn under 14px.
 * @cssprop {<length>} [--cst-radius=0.5em] - Corner radius.
 * @cssprop {<length>} [--cst-space=1em] - Base spacing.
 */
export class CstDisclaimer extends CstElement {
  static override styles = [baseStyles, buttonStyles, styles];

  static override properties = {
    position: {},
    dismissible: { type: Boolean },
    remember: {},
    rememberDays: { attribute: 'remember-days' },
    revision: {},
    dismissLabel: { attribute: 'dismiss-label' },
    avoid: {},
    hideReview: { type: Boolean, attribute: 'hide-review' },
    _dismissed: { state: true, attribute: false },
    _customText: { state: true, attribute: false },
  };

  /**
   * `inline` (in the page flow), or `top` / `bottom` (fixed to that edge of
   * the window; the element keeps an equal space in the page, so put it at
   * the start or end of `<body>` and it never hides content for good).
   */
  position: 'inline' | 'top' | 'bottom' = 'inline';

  /** Shows a dismiss button. */
  dismissible = false;

  /**
   * Where a dismissal is remembered: `none` (this page view only), `session`
   * (until the tab closes) or `local` (for `remember-days`). Default `local`.
   */
  remember: 'none' | 'session' | 'local' = 'local';

  /** How many days (1–3650) a `local` dismissal lasts. Default 365. */
  rememberDays: string = '365';

  /**
   * Any text; change it to show the banner again to visitors who dismissed
   * it. A new version of the widgets' content shows it again too.
   */
  revision: string = '';

  /** Hides the line "Reviewed … · Next review …". */
  hideReview = false;

  /**
   * Replaces the visible text of the dismiss button. Screen readers hear
   * "health disclaimer" after it.
   */
  dismissLabel?: string;

  /**
   * A CSS selector of the site's own fixed or sticky bar at the banner's edge,
   * e.g. `#masthead`: a top banner sits below it, a bottom one above it,
   * following its height. Nothing found, or not fixed or sticky: the window's
   * edge. (Not found automatically: a fixed element at the top may be a
   * header, a cookie notice or a chat button.)
   */
  avoid?: string;

  private _dismissed = false;
  private _customText = false;

  /** The revision dismissed during this page view, whatever storage did. */
  private _dismissedRevision?: string;
  /** Whether the page had loaded when the element was first connected. */
  private _late?: boolean;
  /** The storage key of this banner's dismissal. */
  private _key = STORAGE_KEY;
  private _stopWatching?: () => void;

  constructor() {
    super();
    // A top or bottom banner's place in the window; it follows each render.
    new BannerPlacement(this, () => this._fixedParts());
  }

  /** What a top or bottom banner shows now (nothing inline or dismissed). */
  private _fixedParts(): BannerParts | undefined {
    const root = this.renderRoot;
    const box = root.querySelector<HTMLElement>('.position-top, .position-bottom');
    const spacer = root.querySelector<HTMLElement>('.spacer');
    if (!box || !spacer) return undefined;
    const edge = box.classList.contains('position-top') ? 'top' : 'bottom';
    return { edge, box, spacer, avoid: this.avoid };
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'id'];
  }

  override attributeChangedCallback(
    name: string,
    old: string | null,
    value: string | null,
  ) {
    super.attributeChangedCallback(name, old, value);
    // The id names the stored dismissal.
    if (name === 'id' && old !== value && this.hasUpdated) {
      this._readDismissal();
      this.requestUpdate();
    }
  }

  override connectedCallback() {
    super.connectedCallback();
    this._late ??= document.readyState === 'complete';
    // Decide before the first render, so custom text never flashes the default.
    this._customText = hasContent(this.childNodes);
    // A dismissal stored here or in another tab.
    this._stopWatching = onDismissalChange((key) => {
      if (key === null || key === this._key) this._syncDismissal();
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._stopWatching?.();
  }

  /** Another banner, or another tab, stored a dismissal under this banner's key. */
  private _syncDismissal() {
    const hadFocus = this.matches(':focus-within');
    this._readDismissal();
    if (hadFocus && this._dismissed) focusNextAfter(this, true);
  }

  /**
   * Finds the banner's storage key and whether a dismissal is stored under
   * it. The key is the element's `id`; without one, its position and its
   * place among the page's banners at that position (`top`, `top-2`, …),
   * so two banners never share a dismissal unless the site gives them one id.
   */
  private _readDismissal() {
    const position = oneOf(this.position, POSITIONS, 'inline');
    let name = (this.id ?? '').trim();
    // Only a banner that can be dismissed, or a fixed one (announced once
    // per key), uses its key: the page's banners are counted for those
    // alone, not for each of a page's many inline notes. A server's element
    // shim has no id and no tree to count banners in.
    if (!name && !isServer && (this.dismissible || position !== 'inline')) {
      const others = [
        ...(this.getRootNode() as ParentNode).querySelectorAll('cst-disclaimer'),
      ].filter(
        (el) => oneOf(el.getAttribute('position'), POSITIONS, 'inline') === position,
      );
      const place = others.indexOf(this);
      name = place > 0 ? `${position}-${place + 1}` : position;
    }
    name ||= position;
    this._key = `${STORAGE_KEY}:${name}`;
    this._dismissed =
      this.dismissible &&
      (this._dismissedRevision === this.revision ||
        isDismissalStored(this._remember, this._key, this._storedRevision));
  }

  /**
   * What a stored dismissal must match: the content version and the site's
   * `revision`, so that new words, ours or the site's, show the banner again.
   */
  private get _storedRevision(): string {
    return `${CONTENT_REVIEW.version}|${this.revision}`;
  }

  private get _remember(): RememberMode {
    return oneOf(this.remember, REMEMBER, 'local');
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (
      changed.has('dismissible') ||
      changed.has('remember') ||
      changed.has('revision') ||
      changed.has('position')
    ) {
      this._readDismissal();
    }
  }

  override render() {
    if (this._dismissed) return nothing;
    const position = oneOf(this.position, POSITIONS, 'inline');
    const fixed = position !== 'inline';
    return html`
      <div
        part="base"
        class="position-${position}"
        lang=${this.localize.language}
        role=${fixed ? 'region' : 'note'}
        aria-label=${content.label()}
        @keydown=${fixed ? this._onKeydown : nothing}
      >
        <div part="message" class="message">
          ${staticBlock(
            html`<span class="visually-hidden">${content.important()} </span> ${
                this._customText
                  ? nothing
                  : html`<p><strong>${content.lead()}</strong> ${content.text()}</p>`
              }`,
          )}
          <slot @slotchange=${this._onSlotChange}></slot>
        </div>
        ${staticBlock(reviewStamp(this.localize.language, this.hideReview))}
        ${
          this.dismissible
            ? html`<button part="close-button" class="close" @click=${this._onClick}>
                <span class="close-icon" aria-hidden="true"></span>
                <span>${textOr(this.dismissLabel, content.dismiss())}</span>
                <span class="visually-hidden">${content.dismissWhat()}</span>
              </button>`
            : nothing
        }
      </div>
      ${
        fixed
          ? html`<div class="spacer"></div>
              <div class="visually-hidden" role="status"></div>`
          : nothing
      }
    `;
  }

  protected override updated() {
    this._announce();
  }

  /**
   * A fixed banner that appears after load is news: its text goes into a
   * polite live region, once, a moment after the region exists (so screen
   * readers have registered it), and is cleared later so that reading the
   * page does not meet it twice.
   */
  private _announce() {
    const status = this.renderRoot.querySelector('[role="status"]');
    if (!status || !this._late || announced.has(this._key)) return;
    announced.add(this._key);
    setTimeout(() => {
      // The default text, or the slotted text, with the "Important:" prefix
      // (no message if the banner went meanwhile: the status went with it).
      status.textContent =
        (this.renderRoot.querySelector('.message')?.textContent ?? '') + this.textContent;
      setTimeout(() => (status.textContent = ''), 7e3);
    }, 150);
  }

  /** Bound to a top or bottom banner only. */
  private _onKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !event.defaultPrevented && this.dismissible) {
      event.preventDefault();
      this._dismiss(true);
    }
  }

  private _onSlotChange(event: Event) {
    const slot = event.target as HTMLSlotElement;
    this._customText = hasContent(slot.assignedNodes({ flatten: true }));
  }

  private _onClick(event: MouseEvent) {
    // `detail` is 0 for a click made with Enter or Space.
    this._dismiss(!event.detail);
  }

  private _dismiss(keyboard: boolean) {
    const event = new CstDismissEvent(this.revision);
    if (!this.dispatchEvent(event)) return;
    // :focus-within sees focus in the shadow root even inside another one.
    const hadFocus = this.matches(':focus-within');
    this._dismissedRevision = this.revision;
    this._dismissed = true;
    storeDismissal(
      this._remember,
      this._key,
      this._storedRevision,
      wholeNumber(this.rememberDays, 1, 3650, 365),
    );
    // A pointer click does not scroll the page to where focus goes.
    if (hadFocus) focusNextAfter(this, !keyboard);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-disclaimer': CstDisclaimer;
  }
}
