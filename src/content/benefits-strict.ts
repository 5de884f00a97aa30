import type { msg as Msg } from '@lit/localize';

/**
 * The words of `<cst-benefits claims="strict">`, for practices that advertise
 * under UK rules (CAP/ASA). They describe only what CST is and what a session
 * is like: gentle, hands-on, relaxing, a sense of well-being. They name no
 * condition, symptom or illness, claim no effect on health, and leave out the
 * practitioners' belief about cerebrospinal fluid. test/benefits-strict.test.ts
 * checks every language for such words.
 *
 * Loaded only by strict widgets, in `dist/features/benefits-strict.js`.
 * Functions, not constants: `msg()` must run at render time. The feature
 * file imports nothing from the script, so the widget passes `msg` in.
 */

export const title = (msg: typeof Msg) =>
  msg('About craniosacral therapy', {
    desc: 'Strict (UK advertising) wording: top heading',
  });

export const intro = (msg: typeof Msg) =>
  msg(
    'Craniosacral therapy (CST) is a gentle, hands-on approach. The touch is very light, on the head, the spine and the pelvis. A doctor, John E. Upledger, started it in the 1970s.',
    { desc: 'Strict (UK advertising) wording: what CST is' },
  );

export interface Item {
  /** A key for the accordion's element ids (not an attribute value). */
  key: string;
  title: string;
  text: string;
}

export const items = (msg: typeof Msg): Item[] => [
  {
    key: 'session',
    title: msg('What a session is like', {
      desc: 'Strict (UK advertising) wording: item title',
    }),
    text: msg(
      'The therapist gently rests their hands on you. They do not press hard. Some also work inside the mouth, wearing gloves.',
      {
        desc: 'Strict (UK advertising) wording: what a session is like (gentle; some therapists work inside the mouth, with gloves, so never say that nothing goes into the body). Name no condition or symptom, and no effect on health.',
      },
    ),
  },
  {
    key: 'relaxing',
    title: msg('Relaxing', { desc: 'Strict (UK advertising) wording: item title' }),
    text: msg(
      'Many people find a session calm and relaxing. Each person feels it in their own way.',
      {
        desc: 'Strict (UK advertising) wording: how a session feels. Name no condition or symptom (not stress, not anxiety).',
      },
    ),
  },
  {
    key: 'well-being',
    title: msg('A sense of well-being', {
      desc: 'Strict (UK advertising) wording: item title',
    }),
    text: msg('Many people say they have a sense of well-being after a session.', {
      desc: 'Strict (UK advertising) wording: what people report, as a feeling only. Claim no effect on health.',
    }),
  },
];

export const closing = (msg: typeof Msg) =>
  msg(
    'CST does not replace medical care. If you are worried about your health, talk to your doctor.',
    {
      desc: 'Strict (UK advertising) wording: closing paragraph. Name no condition or symptom.',
    },
  );
