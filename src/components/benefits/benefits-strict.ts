/**
 * `<cst-benefits claims="strict">`: the strict wording
 * (src/content/benefits-strict.ts) in the widget's layouts: its items are
 * drawn by the widget, as the balanced topics are. A feature file: the script
 * loads it, as `dist/features/benefits-strict.js`, for strict widgets only,
 * and hands it the kit (internal/kit.ts says why it imports nothing else).
 */
import type { Kit } from '../../internal/kit.js';
import * as words from '../../content/benefits-strict.js';

/** What the widget gives the view to render. */
export interface StrictView {
  /** The heading level (1–6). */
  level: number;
  /** The parsed layout. */
  layout: string;
  /** The language the widget renders in. */
  language: string;
  hideIntro: boolean;
  /** The site's own heading, intro and closing, which replace ours here too. */
  own: { get(name: 'title' | 'intro' | 'closing'): unknown };
  /** One item, drawn as the widget draws its balanced topics, in its layout. */
  item(
    key: string,
    title: string,
    body: unknown,
    level: number,
    accordion: boolean,
  ): unknown;
  /** The review stamp ("Reviewed … · Next review …"), or nothing if hidden. */
  reviewLine(): unknown;
}

export interface StrictModule {
  render(view: StrictView, kit: Kit): unknown;
}

/** The whole strict widget. */
export function render(view: StrictView, { html, nothing, heading, msg }: Kit) {
  const { level, layout, language } = view;
  const accordion = layout === 'accordion';
  return html`
    <section part="base" class="layout-${layout}" lang=${language}>
      ${heading(level, view.own.get('title') ?? words.title(msg), { id: 'title', part: 'heading' })}
      ${
        view.hideIntro
          ? nothing
          : html`<div part="intro" class="intro">
              ${view.own.get('intro') ?? html`<p>${words.intro(msg)}</p>`}
            </div>`
      }
      <ul part="topics" class="topics" role="list">
        ${words
          .items(msg)
          .map(({ key, title, text }) =>
            view.item(key, title, html`<p>${text}</p>`, level + 1, accordion),
          )}
      </ul>
      ${view.own.get('closing') ?? html`<p part="closing" class="closing">${words.closing(msg)}</p>`}
      ${view.reviewLine()}
    </section>
  `;
}
