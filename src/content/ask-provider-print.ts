/**
 * The words of the question list's print and copy
 * (src/components/ask-provider/ask-provider-print.ts). The button labels are
 * in ask-provider.ts, with the rest of the callout.
 *
 * `msg` is passed in by the caller. lit-localize still finds these calls: it
 * knows `msg` by its type.
 */

import type { msg as Msg } from '@lit/localize';

export const copied = (msg: typeof Msg) =>
  msg('The questions are copied. You can paste them into a note or an email.', {
    desc: 'Shown and read out after the "Copy the questions" button copied them',
  });

export const copyFailed = (msg: typeof Msg) =>
  msg('Copying did not work. Please select the questions above and copy them yourself.', {
    desc: 'Shown and read out when the browser did not let the "Copy the questions" button copy',
  });
