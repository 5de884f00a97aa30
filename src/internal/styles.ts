import { css } from 'lit';

/**
 * Styles shared by every widget: theme, design tokens, resets that protect
 * the widget from host CSS, and accessibility helpers.
 *
 * Sizes are in `em`, so the widget follows the font size of the place it is
 * put in, and a host's `html { font-size: 62.5% }` does not shrink it; text
 * is never smaller than 14px, whatever the page around it does.
 * Colours use `light-dark()`, which answers to `color-scheme`. Without a
 * `theme`, a widget takes the page's `color-scheme` (it is inherited, and a
 * `<meta name="color-scheme">` counts too), as the page's own form controls
 * do: light on a page that declares none, whatever the visitor's system, so
 * a light-only site never shows dark boxes. `theme="auto"` follows the
 * visitor's system; `light` and `dark` fix the scheme.
 * Motion is added only under `prefers-reduced-motion: no-preference`.
 *
 * Host fit: the font family is the page's. The text colour is ours, because
 * each widget paints its own surface and only a pair chosen together is sure
 * to reach 4.5:1; a page's text colour on our surface might not (light text
 * of a dark page on a light box). A site that wants its own colours sets
 * `--cst-color-surface: transparent` and `--cst-color-text: currentColor`
 * (README, "Theming"), and then owns the contrast. The inherited text
 * properties a host theme likes to set on `body` or `*` (uppercase, letter
 * spacing, a thin or italic font, tiny sizes) are reset on the inner box, all
 * but letter and word spacing: those are what a reader's text-spacing tool
 * sets (WCAG 1.4.12), and it must reach the widgets' text.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--cst-font-family, inherit);
    --_text: var(--cst-color-text, light-dark(#1f2933, #eef1f4));
    --_muted: var(--cst-color-muted, light-dark(#4a5560, #c3cbd3));
    --_surface: var(--cst-color-surface, light-dark(#ffffff, #1b1f24));
    --_accent: var(--cst-color-accent, light-dark(#1d6b58, #7fd4bd));
    --_border: var(--cst-color-border, light-dark(#7b8794, #6b7682));
    --_radius: var(--cst-radius, 0.5em);
    --_space: var(--cst-space, 1em);
    --_focus: var(--cst-color-focus, light-dark(#0b57d0, #a8c7fa));
  }
  :host([theme='auto' i]) {
    color-scheme: light dark;
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* The text styles sit on the inner box, not on :host, which a page rule
     aimed at the element (or at *) would override. */
  /* The review stamp (review-stamp.ts): a small line of its own. */
  .review {
    flex: 1 0 100%;
    margin: calc(var(--_space) * 0.75) 0 0;
    font-size: max(0.875em, 14px);
    color: var(--_muted);
  }
  [part~='base'] {
    font-size: max(var(--cst-font-size, 1em), 14px);
    font-weight: 400;
    font-style: normal;
    font-variant: normal;
    line-height: 1.5;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-transform: none;
    white-space: normal;
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  p,
  ul,
  ol {
    margin: 0 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
  /* Each paragraph takes the direction of its own text, so English shown on a
     right-to-left page keeps its punctuation in place while the layout
     mirrors. */
  p,
  li,
  .heading {
    unicode-bidi: plaintext;
  }
  .heading {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    line-height: 1.3;
    font-weight: 700;
    color: inherit;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 0.2em solid var(--_focus);
    outline-offset: 0.15em;
  }
  /* Host CSS cannot reach into the shadow root: no !important needed. */
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Paper is light: print dark text whatever the theme. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
  }
`;

/** A plain text button that keeps its shape under any host reset. */
export const buttonStyles = css`
  button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35em 0.8em;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    cursor: pointer;
    text-align: inherit;
    line-height: 1.3;
  }
  button:hover {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
`;
