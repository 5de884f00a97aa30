import { html, nothing } from 'lit';
import { msg } from '../../internal/msg.js';
import { phoneNumber, textOr } from '../../internal/attributes.js';
import { emergencyNumberFor } from '../../content/emergency-numbers.js';
import { heading, headingLevel } from '../../internal/heading.js';
import { safeHref } from '../../internal/url.js';
import * as content from '../../content/ask-provider.js';
import { baseStyles, buttonStyles } from '../../internal/styles.js';
import { CstElement } from '../../internal/cst-element.js';
import { OwnWordsController } from '../../internal/own-words.js';
import { reviewStamp } from '../../internal/review-stamp.js';
import { staticBlock } from '../../internal/static-block.js';
import * as printContent from '../../content/ask-provider-print.js';
import { copyQuestions, printQuestions, say } from './ask-provider-print.js';
import { styles } from './ask-provider.styles.js';

/** What a site can replace in the callout (its slots). */
interface OwnWords {
  title: unknown;
  advice: unknown;
}

/**
 * A callout that asks visitors to talk to their doctor or other healthcare
 * provider before starting craniosacral therapy.
 *
 * A site can put its own words in the slots below; they are shown as
 * written, whatever the widget's language. The reasons to ask a doctor first
 * and the emergency note always show.
 *
 * @summary "Talk to your provider first", with questions to ask and an emergency note.
 * @tagname cst-ask-provider
 *
 * @slot heading - Your own text for the heading, e.g. `<span slot="heading">…</span>`: it goes inside our heading element, after the hidden "Non-urgent advice:" that screen readers read first. Empty or blank: ours.
 * @slot advice - Your own main advice instead of ours, e.g. `<p slot="advice">…</p>`. Empty or blank: ours (which names `provider`).
 *
 * @csspart base - The callout box.
 * @csspart heading - The callout heading.
 * @csspart cautions - The list of reasons to ask a doctor first.
 * @csspart questions - The questions worth asking.
 * @csspart urgent - The emergency note.
 * @csspart contact - The contact link.
 * @csspart review - The line that says when the content was reviewed and will be next.
 *
 * @cssprop {<color>} [--cst-color-text=light-dark(#1f2933, #eef1f4)] - Text colour on the widget's own surfaces (not the page's: only a pair chosen together is sure to reach 4.5:1). `currentColor`, with a transparent surface, takes the page's.
 * @cssprop {<color>} [--cst-color-muted=light-dark(#4a5560, #c3cbd3)] - Text of the review line.
 * @cssprop {<color>} [--cst-color-accent=light-dark(#1d6b58, #7fd4bd)] - Links and highlights; keep 4.5:1 against the surfaces.
 * @cssprop {<color>} [--cst-color-border=light-dark(#7b8794, #6b7682)] - Borders of boxes and buttons; keep 3:1 against the surfaces.
 * @cssprop {<color>} [--cst-color-focus=light-dark(#0b57d0, #a8c7fa)] - Focus outline; keep 3:1 against the surfaces.
 * @cssprop {<color>} [--cst-color-surface=light-dark(#ffffff, #1b1f24)] - Background colour, when the component's own surface property is not set.
 * @cssprop {<color>} [--cst-ask-provider-surface=light-dark(#eef4fb, #1a2530)] - Callout background; falls back to `--cst-color-surface`.
 * @cssprop {<color>} [--cst-ask-provider-stripe=light-dark(#005eb8, #8ab8f0)] - The stripe along the callout's start edge; falls back to `--cst-color-accent`.
 * @cssprop {<color>} [--cst-ask-provider-urgent-surface=light-dark(#fdecea, #3a1d1b)] - Background of the emergency note.
 * @cssprop {<color>} [--cst-ask-provider-urgent-stripe=light-dark(#b42318, #ff9c8f)] - Stripe of the emergency note.
 * @cssprop {<family-name>#} [--cst-font-family=inherit] - Font family; the page's by default.
 * @cssprop {<length>} [--cst-font-size=1em] - Base font size, relative to the page's. Text is never drawn under 14px.
 * @cssprop {<length>} [--cst-radius=0.5em] - Corner radius.
 * @cssprop {<length>} [--cst-space=1em] - Base spacing.
 */
export class CstAskProvider extends CstElement {
  static override styles = [baseStyles, buttonStyles, styles];

  static override properties = {
    questions: { type: Boolean },
    urgent: { type: Boolean },
    emergencyNumber: { attribute: 'emergency-number' },
    provider: {},
    contactHref: { attribute: 'contact-href' },
    contactLabel: { attribute: 'contact-label' },
    headingLevel: { attribute: 'heading-level' },
    hideReview: { type: Boolean, attribute: 'hide-review' },
  };

  /**
   * Shows a list of questions worth asking the doctor and the therapist, with
   * buttons to print it or copy it as plain text.
   */
  questions = false;

  /**
   * Adds a note on what to do in an emergency. It names the emergency number
   * of the region in the widget's language tag (`en-GB` → 999, `de-DE` →
   * 112); without a known region it says "your local emergency number".
   */
  urgent = false;

  /**
   * The emergency number to name in the `urgent` note, e.g. `112`. Overrides
   * the number taken from the language tag's region. Digits, spaces, dashes
   * and a leading `+` only; anything else is ignored.
   */
  emergencyNumber?: string;

  /**
   * Who to talk to, as it reads in a sentence: "your GP", "your family
   * doctor". Shown as plain text. Default: "your doctor or other healthcare
   * provider".
   */
  provider?: string;

  /**
   * A link for visitors to get in touch. Only https:, http:, tel: and mailto:
   * links (or links relative to the page) are shown; anything else shows no
   * link.
   */
  contactHref?: string;

  /** Text of the contact link. Default: "Contact us". */
  contactLabel?: string;

  /** Level (1–6) of the callout heading; sub-headings are one level lower. */
  headingLevel: '1' | '2' | '3' | '4' | '5' | '6' = '2';

  /** Hides the line "Reviewed … · Next review …". */
  hideReview = false;

  /** A site's own words: its slots. */
  private readonly _own = new OwnWordsController<OwnWords>(this, {
    slots: { heading: 'title', advice: 'advice' },
  });

  override render() {
    const level = headingLevel(this.headingLevel);
    const href = safeHref(this.contactHref);
    const label = textOr(this.contactLabel, content.contactLabel());
    const address = href && printedAddress(href);
    const own = this._own;
    // Not a landmark (a section without a name): a region named after the
    // heading would announce the emergency note as "Non-urgent advice".
    // Words and markup only, in copied blocks (static-block.ts); the
    // question list's buttons are bound here.
    return html`
      <section part="base" lang=${this.localize.language}>
        ${staticBlock(
          html`${heading(
              level,
              html`<span class="visually-hidden">${content.tier()} </span
                >${own.get('title') ?? content.title()}`,
              { id: 'title', part: 'heading' },
            )}
            ${
              this.urgent
                ? html`<div part="urgent" class="urgent">
                    ${heading(
                      level + 1,
                      html`<span class="visually-hidden">${content.urgentTier()} </span
                        >${content.urgentTitle()}`,
                    )}
                    <p>${content.urgentText(this._emergencyNumber)}</p>
                    <ul>
                      ${content.urgentSigns().map((sign) => html`<li>${sign}</li>`)}
                    </ul>
                  </div>`
                : nothing
            }
            ${own.get('advice') ?? html`<p>${content.advice(textOr(this.provider, content.defaultProvider()))}</p>`}
            <ul part="cautions" aria-label=${content.cautionsLabel()}>
              ${content.cautions().map((item) => html`<li>${item}</li>`)}
            </ul>`,
        )}
        ${this.questions ? this._questions(level + 1) : nothing}
        ${staticBlock(
          html`${
            href
              ? html`<p>
                  <a part="contact" class="contact" href=${href}
                    >${label}${
                      address && !label.includes(address)
                        ? html`<span class="print-only"> (${address})</span>`
                        : nothing
                    }</a
                  >
                </p>`
              : nothing
          }
          ${reviewStamp(this.localize.language, this.hideReview)}`,
        )}
      </section>
    `;
  }

  private get _emergencyNumber(): string | undefined {
    return phoneNumber(this.emergencyNumber) ?? emergencyNumberFor(this.localize.region);
  }

  private _questions(level: number) {
    return html`<div part="questions" class="questions">
      ${staticBlock(
        html`${heading(level, content.questionsTitle())}
          <p>${content.tellEveryone()}</p>
          <p class="group" id="doctor-questions">${content.doctorQuestionsLabel()}</p>
          <ul aria-labelledby="doctor-questions">
            ${content.doctorQuestions().map((question) => html`<li>${question}</li>`)}
          </ul>
          <p class="group" id="therapist-questions">
            ${content.therapistQuestionsLabel()}
          </p>
          <ul aria-labelledby="therapist-questions">
            ${content.therapistQuestions().map((question) => html`<li>${question}</li>`)}
          </ul>`,
      )}
      <div class="actions">
        <button @click=${this._print}>${content.printLabel()}</button>
        <button @click=${this._copy}>${content.copyLabel()}</button>
        <span role="status"></span>
      </div>
    </div>`;
  }

  private get _list(): Element | null {
    return this.renderRoot.querySelector('[part~="questions"]');
  }

  private _print() {
    const list = this._list;
    if (list) printQuestions(this, list);
  }

  /** Copies inside the click (the clipboard needs its user activation), then says how it went. */
  private async _copy() {
    const list = this._list;
    if (!list) return;
    const copied = await copyQuestions(list);
    const message = this.localize.render(() =>
      copied ? printContent.copied(msg) : printContent.copyFailed(msg),
    );
    say(list.querySelector('[role="status"]'), message);
  }
}

/**
 * The number of a `tel:` link or the address of a `mailto:` link, which
 * paper cannot follow: printed after the link's text.
 */
function printedAddress(href: string): string | undefined {
  const match = /^(tel|mailto):([^?]*)/i.exec(href.trim());
  if (!match?.[2]) return undefined;
  try {
    return decodeURIComponent(match[2]).trim() || undefined;
  } catch {
    return match[2]; // A stray % in the link: show it as written.
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-ask-provider': CstAskProvider;
  }
}
