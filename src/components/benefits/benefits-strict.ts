/**
 * `<cst-benefits claims="strict">`: the strict wording
 * (src/content/benefits-strict.ts) in the widget's layouts: its items are
 * drawn by the widget, as the balanced topics are. A feature file: the script
 * loads it, as `dist/features/benefits-strict.js`, for strict widgets only.
 */
import type { msg as Msg } from '@lit/localize';
import type { html as Html } from 'lit';
import type { heading as Heading } from '../../internal/heading.js';
import type { OwnWords } from '../../internal/own-words.js';
import * as words from '../../content/benefits-strict.js';

/**
 * What the widget lends the view. A feature file imports nothing from the
 * script (rollup.config.mjs says why), so Lit's `html`, the headings and
 * `msg` come from the widget.
 */
export interface Kit {
  html: typeof Html;
  heading: typeof Heading;
  msg: typeof Msg;
}

/** What the view needs of its widget. */
export interface StrictHost extends HTMLElement {
  hideIntro: boolean;
  /** The site's own heading, intro and closing, which replace ours here too. */
  words?: OwnWords;
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

/**
 * The whole strict widget: `level` is the heading level (1–6), `layout` the
 * parsed layout, `language` the one it renders in.
 */
export function render(
  host: StrictHost,
  level: number,
  layout: string,
  language: string,
  { html, heading, msg }: Kit,
) {
  const accordion = layout === 'accordion';
  const own = host.words;
  // A hidden intro renders '' rather than Lit's `nothing`: the same for the
  // reader, and one thing fewer that the script must export to this file.
  return html`
    <section
      part="base"
      class="layout-${layout}"
      lang=${language}
      aria-labelledby="title"
    >
      ${heading(level, own?.title ?? words.title(msg), { id: 'title', part: 'heading' })}
      ${
        host.hideIntro
          ? ''
          : html`<div part="intro" class="intro">
              ${own?.intro ?? html`<p>${words.intro(msg)}</p>`}
            </div>`
      }
      <ul part="topics" class="topics" role="list">
        ${words
          .items(msg)
          .map(({ key, title, text }) =>
            host.item(key, title, html`<p>${text}</p>`, level + 1, accordion),
          )}
      </ul>
      ${own?.closing ?? html`<p part="closing" class="closing">${words.closing(msg)}</p>`}
      ${host.reviewLine()}
    </section>
  `;
}
