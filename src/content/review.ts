import { msg, str } from '@lit/localize';

/**
 * The one dated record of the widgets' content. Whenever the words change,
 * change it and add an entry to CHANGELOG.md beside this file: `version`
 * shows a dismissed disclaimer again, and the dates are shown by every
 * widget ("Reviewed December 2026 · Next review June 2027").
 */
export const CONTENT_REVIEW = {
  /** The month the words were last checked against the evidence, `YYYY-MM`. */
  reviewed: '2026-12',
  /** The month they are due to be checked again, `YYYY-MM`. */
  nextReview: '2027-06',
  /** The content version: changes with every change of the words. */
  version: '2026.12',
} as const;

export type ContentReview = typeof CONTENT_REVIEW;

/** `reviewed` and `next` are month and year, already in the widget's language. */
export const stamp = (reviewed: string, next: string) =>
  msg(str`Reviewed ${reviewed} · Next review ${next}`, {
    desc: 'Small line under each widget: when its health information was last checked, and when it will be checked again. Placeholders are a month and year, e.g. "December 2026".',
  });
