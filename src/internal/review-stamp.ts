import { html, isServer, nothing } from 'lit';
import { CONTENT_REVIEW, stamp } from '../content/review.js';
import { isReviewDue } from '../content/review-record.js';

/**
 * The review stamp every widget shows ("Reviewed December 2026 · Next review
 * June 2027"), from the one dated record in src/content/review-record.ts, and the
 * console message for the site owner once that next review is past.
 */

/** Formatted months by language and month: a formatter is slow to make. */
const formatted = new Map<string, string>();

/** `2026-12` as "December 2026" in `language`; the month as written if it cannot. */
export function monthYear(month: string, language: string): string {
  const key = `${language}\n${month}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = format(month, language);
    formatted.set(key, text);
  }
  return text;
}

/**
 * English month names, as `Intl.DateTimeFormat('en')` writes them (a test
 * compares them). The first Intl formatter a page makes costs 15–35 ms of
 * ICU start-up, more than the rest of a widget's first render, and a page
 * in English needs no other Intl formatter.
 */
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function format(month: string, language: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  if (language === 'en' && number <= 12) return `${ENGLISH_MONTHS[number - 1]} ${year}`;
  try {
    return new Intl.DateTimeFormat(language, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(year, number - 1, 1));
  } catch {
    return month;
  }
}

export { isReviewDue };

let warned = false;

/**
 * Tells the site owner, once per page, that the widgets' words are past
 * their review date and a newer version should be installed. No request is
 * made: the date the build carries is compared with today's.
 */
export function warnIfReviewDue(now = Date.now()): void {
  if (warned || isServer || !isReviewDue(CONTENT_REVIEW.nextReview, now)) return;
  warned = true;
  console.warn(
    `cst-widgets: the health information in these widgets was due for review in ${CONTENT_REVIEW.nextReview} (content version ${CONTENT_REVIEW.version}). Please install the latest version of cst-widgets.`,
  );
}

/** The stamp as a line with `part="review"`, or nothing when `hidden`. */
export function reviewStamp(language: string, hidden: boolean) {
  warnIfReviewDue();
  if (hidden) return nothing;
  return html`<p part="review" class="review">
    ${stamp(
      monthYear(CONTENT_REVIEW.reviewed, language),
      monthYear(CONTENT_REVIEW.nextReview, language),
    )}
  </p>`;
}
