import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { wholeNumber } from './attributes.js';

type Heading = (content: unknown, id?: string, part?: string) => TemplateResult;

/**
 * One plain template per level. Lit cannot bind a tag name, and six short
 * templates are much smaller in the drop-in script than the
 * `lit/static-html.js` runtime that would bind one.
 */
const TAGS: readonly Heading[] = [
  (content, id, part) =>
    html`<h1 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h1>`,
  (content, id, part) =>
    html`<h2 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h2>`,
  (content, id, part) =>
    html`<h3 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h3>`,
  (content, id, part) =>
    html`<h4 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h4>`,
  (content, id, part) =>
    html`<h5 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h5>`,
  (content, id, part) =>
    html`<h6 id=${ifDefined(id)} part=${ifDefined(part)} class="heading">${content}</h6>`,
];

/** Parses `heading-level`: a whole number 1–6, default 2. */
export function headingLevel(value: unknown): number {
  return wholeNumber(value, 1, 6, 2);
}

/**
 * Renders a real `<h1>`–`<h6>`. Levels past 6 stay at 6, so sub-headings of a
 * level-6 widget remain headings; anything that is not a number gives `<h2>`.
 */
export function heading(
  level: number,
  content: unknown,
  attributes: { id?: string; part?: string } = {},
): TemplateResult {
  const whole = Number.isFinite(level) ? Math.trunc(level) : 2;
  const render = TAGS[Math.min(Math.max(whole, 1), 6) - 1]!;
  return render(content, attributes.id, attributes.part);
}
