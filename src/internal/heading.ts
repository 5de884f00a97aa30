import { type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { wholeNumber } from './attributes.js';

/**
 * Lit's `html` cannot bind a tag name; the `html` of lit/static-html.js
 * (imported as `staticHtml`, to tell the two apart) can, with these six
 * literals as the only tags it may write.
 */
const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Parses `heading-level`: a whole number 1–6, default 2. */
export function headingLevel(value: unknown): number {
  return wholeNumber(value, 1, 6, 2);
}

/**
 * The tag of a heading at `level`, for a `staticHtml` template:
 * `<${headingTag(level)}>…</${headingTag(level)}>`. Levels past 6 stay at 6,
 * so sub-headings of a level-6 widget remain headings; anything that is not
 * a number gives `h2`.
 */
export function headingTag(level: number): StaticValue {
  const whole = Number.isFinite(level) ? Math.trunc(level) : 2;
  return TAGS[Math.min(Math.max(whole, 1), 6) - 1]!;
}

/** Renders a real `<h1>`–`<h6>` (see `headingTag`) around `content`. */
export function heading(
  level: number,
  content: unknown,
  attributes: { id?: string; part?: string } = {},
): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} id=${ifDefined(attributes.id)} part=${ifDefined(attributes.part)} class="heading">${content}</${tag}>`;
}
