import { str } from '@lit/localize';
import { msg } from '../internal/msg.js';

export { CONTENT_REVIEW, type ContentReview } from './review-record.js';

/** `reviewed` and `next` are month and year, already in the widget's language. */
export const stamp = (reviewed: string, next: string) =>
  msg(str`Reviewed ${reviewed} · Next review ${next}`, {
    desc: 'Small line under each widget: when its health information was last checked, and when it will be checked again. Placeholders are a month and year, e.g. "December 2026".',
  });
