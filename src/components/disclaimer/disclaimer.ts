import { html, nothing, type PropertyValues } from 'lit';
import { oneOf, textOr, wholeNumber } from '../../internal/attributes.js';
import { hasContent } from '../../internal/slot.js';
import {
  isDismissalStored,
  storeDismissal,
  type RememberMode,
} from '../../internal/storage.js';
import * as content from '../../content/disclaimer.js';
import { baseStyles, buttonStyles } from '../../internal/styles.js';
import { CstElement } from '../../internal/cst-element.js';
import { reviewStamp } from '../../internal/review-stamp.js';
import { CONTENT_REVIEW } from '../../content/review.js';
import { CstDismissEvent } from './dismiss-event.js';
import { styles } from './disclaimer.styles.js';

const POSITIONS = ['inline', 'top', 'bottom'] as const;
const REMEMBER: readonly RememberMode[] = ['none', 'session', 'local'];

/** The storage key that holds a dismissal. */
export const STORAGE_KEY = 'cst-disclaimer-dismissed';

/** What can take focus when the banner goes (those with tabIndex < 0 are left out). */
const FOCUSABLE = 'a[href],button,input,select,textarea,summary,[tabindex]';

/**
 * A plain-words health disclaimer: craniosacral therapy is a complementary
 * therapy and does not replace medical care.
 *
 * Accessibility: inline it is a note, fixed to the top or bottom a region,
 * named "Health disclaimer"; screen readers hear a visually hidden
 * "Important:" before the text. A fixed banner that appears after the page
 * has loaded (inserted by a script, or upgraded late) is announced once,
 * politely. Escape dismisses a dismissible top or bottom banner while focus
 * is inside it, never from elsewhere, so the page's own dialogs keep their
 * Escape. When the banner goes while it holds focus, focus moves to the next
 * focusable element of the page (the previous one when nothing follows).
 * While a fixed banner shows, it sets an equal `scroll-padding-top` or
 * `-bottom` on `<html>`, so the browser never scrolls focus under it (WCAG
 * 2.4.11).
 *
 * @summary A health disclaimer, inline or fixed to the top or bottom of the window.
 * @tagname cst-disclaimer
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

  /** Replaces the visible text of the dismiss button. */
  dismissLabel?: string;

  private _dismissed = false;
  private _customText = false;

  /** The revision dismissed during this page view, whatever storage did. */
  private _dismissedRevision?: string;
  private _resizeObserver?: ResizeObserver;
  /** Whether the page had loaded when the element was first connected. */
  private _late?: boolean;
  private _announced = false;
  /** The `scroll-padding-*` property this banner set on `<html>`. */
  private _padding?: string;

  override connectedCallback() {
    super.connectedCallback();
    this._late ??= document.readyState === 'complete';
    // Decide before the first render, so custom text never flashes the default.
    this._customText = hasContent(this.childNodes);
    // A moved element is reconnected without an update: observe the banner again.
    if (this.hasUpdated) this._observeBanner();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._resizeObserver?.disconnect();
    this._resizeObserver = undefined;
    this._pad();
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
      changed.has('revision')
    ) {
      this._dismissed =
        this.dismissible &&
        (this._dismissedRevision === this.revision ||
          isDismissalStored(this._remember, STORAGE_KEY, this._storedRevision));
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
          <span class="visually-hidden">${content.important()} </span>
          ${
            this._customText
              ? nothing
              : html`<p><strong>${content.lead()}</strong> ${content.text()}</p>`
          }
          <slot @slotchange=${this._onSlotChange}></slot>
        </div>
        ${reviewStamp(this.localize.language, this.hideReview)}
        ${
          this.dismissible
            ? html`<button part="close-button" class="close" @click=${this._onClick}>
                <span class="close-icon" aria-hidden="true"></span>
                <span>${textOr(this.dismissLabel, content.dismiss())}</span>
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
    this._observeBanner();
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
    if (!status || !this._late || this._announced) return;
    this._announced = true;
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

  /**
   * A fixed banner leaves the page flow; an equal spacer keeps the space so
   * that the page's first or last content is never hidden behind it, and an
   * equal `scroll-padding` on `<html>` keeps the browser from scrolling
   * focus, or the target of a link, under it (WCAG 2.4.11, technique C43).
   */
  private _observeBanner() {
    const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
    const spacer = this.renderRoot.querySelector<HTMLElement>('.spacer');
    this._resizeObserver?.disconnect();
    if (!base || !spacer) return this._pad();
    // Sized now as well, so the first paint already keeps the space (no shift).
    spacer.style.blockSize = `${base.offsetHeight}px`;
    this._pad(base);
    // The write waits for the next frame: made inside the callback, a taller
    // spacer can bring a scrollbar that resizes the banner in the same frame,
    // and the browser reports "ResizeObserver loop completed with undelivered
    // notifications" as an error on the page.
    this._resizeObserver ??= new ResizeObserver(([entry]) =>
      requestAnimationFrame(() => {
        const target = entry?.target as HTMLElement | undefined;
        const currentSpacer = this.renderRoot.querySelector<HTMLElement>('.spacer');
        if (target?.isConnected && currentSpacer) {
          currentSpacer.style.blockSize = `${target.offsetHeight}px`;
          this._pad(target);
        }
      }),
    );
    this._resizeObserver.observe(base);
  }

  /**
   * Sets the scroll padding of `<html>` on the side of the fixed banner
   * `base`, or removes it (no `base`).
   */
  private _pad(base?: HTMLElement) {
    const style = document.documentElement.style;
    if (this._padding) style.removeProperty(this._padding);
    const position = oneOf(this.position, POSITIONS, 'inline');
    this._padding =
      base && position !== 'inline' ? `scroll-padding-${position}` : undefined;
    if (this._padding) style.setProperty(this._padding, `${base!.offsetHeight}px`);
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
      STORAGE_KEY,
      this._storedRevision,
      wholeNumber(this.rememberDays, 1, 3650, 365),
    );
    if (hadFocus) this._moveFocus(!keyboard);
  }

  /**
   * Focus must not fall to `<body>` when the banner goes: it moves to the
   * first element after the widget that takes it, else the nearest before
   * it. A pointer click does not scroll the page there.
   */
  private _moveFocus(preventScroll: boolean) {
    // The document, or the shadow root of the component the widget sits in.
    const root = this.getRootNode() as ParentNode;
    const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (el) => el.tabIndex >= 0 && !this.contains(el),
    );
    for (const el of [
      ...all.filter(
        (el) => this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
      ...all.reverse(),
    ]) {
      el.focus({ preventScroll });
      if (el.matches(':focus')) return;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-disclaimer': CstDisclaimer;
  }
}
