import { html, isServer, nothing, type TemplateResult } from 'lit';
import { keyList, oneOf, textOr } from '../../internal/attributes.js';
import { html as staticHtml } from 'lit/static-html.js';
import { heading, headingLevel, headingTag } from '../../internal/heading.js';
import * as content from '../../content/benefits.js';
import type { Citation } from '../../content/citations.js';
import { baseStyles, buttonStyles } from '../../internal/styles.js';
import { CstElement } from '../../internal/cst-element.js';
import { FeatureController } from '../../internal/feature.js';
import { kit } from '../../internal/kit.js';
import { OptionalFile } from '../../internal/optional-file.js';
import { OwnWordsController, type WordsReader } from '../../internal/own-words.js';
import type { OwnWords } from './benefits-content.js';
import type { StrictModule, StrictView } from './benefits-strict.js';
import { reviewStamp } from '../../internal/review-stamp.js';
import { staticBlock } from '../../internal/static-block.js';
import { styles } from './benefits.styles.js';

const LAYOUTS = ['cards', 'list', 'accordion'] as const;
const EVIDENCE = ['show', 'hide'] as const;

/**
 * The strict wording (`claims="strict"`): an optional file,
 * `features/benefits-strict.js` beside the script, loaded for strict widgets
 * only. Exported so that tests can make it slow or fail.
 */
export const strictFile = new OptionalFile<StrictModule>({
  file: 'features/benefits-strict.js',
  fallback: 'strict widgets show one sentence about what CST is',
  load: () => import('./benefits-strict.js'),
  exports: ['render'],
});

/**
 * The reader of a site's JSON words (a JSON child, or `content-src`): an
 * optional file, `features/benefits-content.js`, loaded only for a widget
 * that has such a document. Exported so that tests can make it fail.
 */
export const wordsReader = new OptionalFile<WordsReader<OwnWords>>({
  file: 'features/benefits-content.js',
  fallback: "the site's JSON words are not shown",
  load: () => import('./benefits-content.js'),
  exports: ['childText', 'fetchWords', 'words'],
});

/**
 * An honest explainer of craniosacral therapy: what it is, the five benefits
 * people seek it for, and for each what people report and what research
 * shows.
 *
 * A site can put its own words in: elements in the slots below, or a JSON
 * document (a `<script type="application/json">` child, or `content-src`)
 * that replaces the title, intro, closing and labels, rewords a built-in
 * topic or adds its own (README, "Your own words"). Author text is shown as
 * written, whatever the widget's language. Nothing can remove what research
 * shows: there is no slot for it, and a topic of a site's own that does not
 * say it is not shown.
 *
 * @summary Explains what craniosacral therapy is and what research says about it.
 * @tagname cst-benefits
 *
 * @slot heading - Your own text for the top heading, e.g. `<span slot="heading">…</span>`: it goes inside our heading element. Empty or blank: our title.
 * @slot intro - Your own introduction instead of ours (and its study link), e.g. one or more `<p slot="intro">…</p>`. Empty or blank: ours.
 * @slot closing - Your own closing paragraph, e.g. `<p slot="closing">…</p>`. Empty or blank: ours.
 *
 * @csspart base - The outer box.
 * @csspart heading - The top heading.
 * @csspart intro - The introduction about what CST is.
 * @csspart topics - The list of topics.
 * @csspart topic - One topic (card, list item or accordion section).
 * @csspart evidence - The strength-of-evidence label of a topic.
 * @csspart closing - The closing paragraph.
 * @csspart review - The line that says when the content was reviewed and will be next.
 *
 * @cssprop {<color>} [--cst-color-text=light-dark(#1f2933, #eef1f4)] - Text colour on the widget's own surfaces (not the page's: only a pair chosen together is sure to reach 4.5:1). `currentColor`, with a transparent surface, takes the page's.
 * @cssprop {<color>} [--cst-color-surface=light-dark(#ffffff, #1b1f24)] - Background colour.
 * @cssprop {<color>} [--cst-color-muted=light-dark(#4a5560, #c3cbd3)] - Text of study references.
 * @cssprop {<color>} [--cst-color-accent=light-dark(#1d6b58, #7fd4bd)] - Links and highlights; keep 4.5:1 against the surfaces.
 * @cssprop {<color>} [--cst-color-border=light-dark(#7b8794, #6b7682)] - Borders of boxes and buttons; keep 3:1 against the surfaces.
 * @cssprop {<color>} [--cst-color-focus=light-dark(#0b57d0, #a8c7fa)] - Focus outline; keep 3:1 against the surfaces.
 * @cssprop {<color>} [--cst-benefits-card-surface=light-dark(#f4f7f6, #232a30)] - Background of each topic card.
 * @cssprop {<family-name>#} [--cst-font-family=inherit] - Font family; the page's by default.
 * @cssprop {<length>} [--cst-font-size=1em] - Base font size, relative to the page's. Text is never drawn under 14px.
 * @cssprop {<length>} [--cst-radius=0.5em] - Corner radius.
 * @cssprop {<length>} [--cst-space=1em] - Base spacing.
 */
export class CstBenefits extends CstElement {
  static override styles = [baseStyles, buttonStyles, styles];

  static override properties = {
    benefits: {},
    layout: {},
    headingLevel: { attribute: 'heading-level' },
    hideIntro: { type: Boolean, attribute: 'hide-intro' },
    evidence: {},
    claims: {},
    contentSrc: { attribute: 'content-src' },
    reportedLabel: { attribute: 'reported-label' },
    researchLabel: { attribute: 'research-label' },
    evidenceLabel: { attribute: 'evidence-label' },
    sourcesLabel: { attribute: 'sources-label' },
    hideReview: { type: Boolean, attribute: 'hide-review' },
    _open: { state: true, attribute: false },
  };

  /**
   * Which topics to show, in order, separated by spaces:
   * `pain`, `stress`, `nervous-system`, `immune`, `emotional`.
   * Unknown keys are ignored; empty or absent shows all five.
   * Not used with `claims="strict"`, which has no topics.
   */
  benefits?: string;

  /** How topics are laid out: `cards`, `list` or `accordion`. */
  layout: 'cards' | 'list' | 'accordion' = 'cards';

  /** Level (1–6) of the top heading; topic headings are one level lower. */
  headingLevel: '1' | '2' | '3' | '4' | '5' | '6' = '2';

  /** Hides the introduction about what CST is. */
  hideIntro = false;

  /**
   * `show` or `hide` the evidence labels and study citations. What research
   * shows is always stated, whatever this is set to. Not used with
   * `claims="strict"`, which cites no study.
   */
  evidence: 'show' | 'hide' = 'show';

  /**
   * Which built-in wording to show. `balanced`: the five topics, with what
   * people report and what research shows. `strict`: for practices that
   * advertise under UK rules (CAP/ASA): what CST is, what a session is like,
   * and that it does not replace medical care, naming no condition and
   * claiming no effect on health. Strict has no topics, evidence labels or
   * citations (the studies' titles name conditions), so `benefits` and
   * `evidence` do not apply; a site's own heading, intro and closing still
   * show, its own topics do not. Its words load from
   * `features/benefits-strict.js` beside the script (the widget waits for
   * them, briefly, as for a language file); if they are late or cannot load,
   * it shows one sentence about what CST is. Any other value means
   * `balanced`.
   * @default 'balanced'
   */
  claims?: 'balanced' | 'strict';

  /**
   * The address of a JSON file with your own words (README, "Your own
   * words"), on your own site: a file on another site, or a `javascript:` or
   * `data:` link, is refused with a console warning. Changing it loads the new
   * file. Where a `<script type="application/json">` inside the element sets
   * the same field, the script wins.
   */
  contentSrc?: string;

  /** Hides the line "Reviewed … · Next review …". */
  hideReview = false;

  /** Replaces the label before what people report. Default: ours, in the widget's language. */
  reportedLabel?: string;

  /** Replaces the label before what research shows. Default: ours, in the widget's language. */
  researchLabel?: string;

  /** Replaces the label before the strength of evidence. Default: ours, in the widget's language. */
  evidenceLabel?: string;

  /** Replaces the label before the study links. Default: ours, in the widget's language. */
  sourcesLabel?: string;

  /** A site's own words: its slots, and its JSON document. */
  private readonly _own = new OwnWordsController<OwnWords>(this, {
    slots: { heading: 'title', intro: 'intro', closing: 'closing' },
    json: { reader: wordsReader, src: () => this.contentSrc },
  });

  /** The strict wording, loaded when the widget is strict. */
  private readonly _strictFeature = new FeatureController(
    this,
    strictFile,
    () => this._isStrict,
  );

  /** Keys of the accordion sections that are open. */
  private _open = new Set<string>();

  override render() {
    const level = headingLevel(this.headingLevel);
    const layout = oneOf(this.layout, LAYOUTS, 'cards');
    if (this._isStrict) return this._strict(level, layout);
    const showEvidence = oneOf(this.evidence, EVIDENCE, 'show') === 'show';
    const own = this._own;
    const labels = this._labels();
    const ours: Record<string, content.Topic> = content.topics();
    const all = own.get('topics')?.(ours) ?? ours;
    const chosen = keyList(this.benefits, Object.keys(all));
    const keys = chosen.length > 0 ? chosen : Object.keys(all);
    const accordion = layout === 'accordion';
    // Cards and lists are words only, one copied block for all the topics;
    // an accordion's buttons are Lit's, with each topic's text a block.
    const topics = keys.map((key) =>
      this._topic(key, all[key]!, level + 1, accordion, showEvidence, labels),
    );

    // A section without a name, so not a landmark: the heading leads to it,
    // and a page with several widgets keeps its landmarks for its own parts.
    return html`
      <section part="base" class="layout-${layout}" lang=${this.localize.language}>
        ${staticBlock(
          html`${heading(level, own.get('title') ?? content.title(), { id: 'title', part: 'heading' })}
          ${
            this.hideIntro
              ? nothing
              : html`<div part="intro" class="intro">
                  ${
                    own.get('intro') ?? [
                      content.intro().map((text) => html`<p>${text}</p>`),
                      showEvidence
                        ? this._sources(content.introCitations, labels)
                        : nothing,
                    ]
                  }
                </div>`
          }`,
        )}
        <ul part="topics" class="topics" role="list">
          ${accordion ? topics : staticBlock(topics)}
        </ul>
        ${staticBlock(
          html`${own.get('closing') ?? html`<p part="closing" class="closing">${content.closing()}</p>`}
          ${reviewStamp(this.localize.language, this.hideReview)}`,
        )}
      </section>
    `;
  }

  private get _isStrict() {
    return oneOf(this.claims, ['strict'], '') === 'strict';
  }

  /** Ours, under the JSON document's, under the attributes'. */
  private _labels(): content.Labels {
    const ours = { ...content.labels(), ...this._own.get('labels') };
    return {
      reported: textOr(this.reportedLabel, ours.reported),
      research: textOr(this.researchLabel, ours.research),
      evidence: textOr(this.evidenceLabel, ours.evidence),
      sources: textOr(this.sourcesLabel, ours.sources),
    };
  }

  /**
   * The strict wording once its file has loaded, else one sentence that
   * names no condition (never the balanced topics). A widget that shows a
   * server's declarative shadow DOM renders the sentence first, as the
   * server did: hydration needs the same template.
   */
  private _strict(level: number, layout: string) {
    const language = this.localize.language;
    const hydrating = !isServer && !this.hasUpdated && !!this.renderRoot.firstChild;
    // On a server, the wording only if the server loaded its file first
    // (`cst-widgets prerender` does; a plain server render does not).
    const strict = hydrating ? undefined : this._strictFeature.module;
    // The server's sentence is hydrated first; the wording follows at once.
    if (hydrating) void this.updateComplete.then(() => this.requestUpdate());
    if (!strict) {
      return html`<p part="base" lang=${language}>${content.strictFallback()}</p>`;
    }
    const view: StrictView = {
      level,
      layout,
      language,
      hideIntro: this.hideIntro,
      own: this._own,
      item: (key, title, body, itemLevel, accordion) =>
        this._item(key, title, body, itemLevel, accordion),
      reviewLine: () => reviewStamp(language, this.hideReview),
    };
    return strict.render(view, kit);
  }

  private _topic(
    key: string,
    topic: content.Topic,
    level: number,
    accordion: boolean,
    showEvidence: boolean,
    labels: content.Labels,
  ): TemplateResult {
    const body = html`
      <p>
        <strong>${labels.reported}</strong>
        ${topic.reported}
      </p>
      <p>
        <strong>${labels.research}</strong>
        ${topic.research}
      </p>
      ${
        showEvidence
          ? html`<p part="evidence" class="evidence">
                <strong>${labels.evidence}</strong>
                ${topic.evidence}
              </p>
              ${this._sources(topic.citations, labels)}`
          : nothing
      }
    `;

    return this._item(key, topic.title, body, level, accordion);
  }

  /**
   * One topic: a card or list item, or an accordion section. The strict
   * view's items are drawn by it too.
   */
  private _item(
    key: string,
    title: string,
    body: unknown,
    level: number,
    accordion: boolean,
  ): TemplateResult {
    if (!accordion) {
      return html`<li part="topic" class="topic">
        ${heading(level, title)}
        <div class="body">${body}</div>
      </li>`;
    }

    // One template for the whole section: its heading's tag is part of the
    // template, so a section holds only the values that change.
    const open = this._open.has(key);
    const tag = headingTag(level);
    return staticHtml`<li part="topic" class="topic">
      <${tag} class="heading"><button
          id=${`toggle-${key}`}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${`panel-${key}`}
          @click=${() => this._toggle(key)}
        >
          <span class="marker" aria-hidden="true"></span>
          <span>${title}</span>
        </button></${tag}>
      <div class="body" id=${`panel-${key}`} ?hidden=${!open}>${staticBlock(body)}</div>
    </li>`;
  }

  private _sources(citations: readonly Citation[] | undefined, labels: content.Labels) {
    if (!citations?.length) return nothing;
    return html`<p class="sources">
      <strong>${labels.sources}</strong>
      ${citations.map(
        (citation, index) =>
          html`${index > 0 ? '; ' : ''}<a href=${citation.url}>${citation.short}</a>
            <span class="journal">(${citation.journal})</span>`,
      )}
    </p>`;
  }

  private _toggle(key: string) {
    const open = new Set(this._open);
    if (!open.delete(key)) open.add(key);
    this._open = open;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cst-benefits': CstBenefits;
  }
}
