/*
 * This file imports nothing, so that a plain page (the configurator, served
 * as static files) can read the record without a bundler.
 */
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

/** True once the first day of the month `nextReview` (`YYYY-MM`) has come. */
export function isReviewDue(nextReview: string, now = Date.now()): boolean {
  const [year, number] = nextReview.split('-').map(Number);
  return Boolean(year && number) && now >= Date.UTC(year!, number! - 1, 1);
}
