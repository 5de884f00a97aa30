import { str } from '@lit/localize';
import { msg } from '../internal/msg.js';

/** The words of `<cst-ask-provider>`. Functions, so `msg()` runs at render time. */

export const title = () =>
  msg('Talk to a healthcare provider first', {
    desc: 'Heading of the ask-your-provider callout',
  });

export const tier = () =>
  msg('Non-urgent advice:', {
    desc: 'Visually hidden prefix of the callout heading, read by screen readers (NHS care-card pattern)',
  });

export const defaultProvider = () =>
  msg('your doctor or other healthcare provider', {
    desc: 'Who to talk to, when the site names no provider. Used inside the sentence "Before you start craniosacral therapy, talk to …"',
  });

/**
 * Wraps author text in Unicode isolates (FSI…PDI, the plain-text `<bdi>`), so
 * right-to-left text or stray direction marks in it cannot reorder the
 * sentence around it.
 */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** `provider` is author text: it is passed in as a value, never as markup. */
export const advice = (provider: string) =>
  msg(
    str`Talk to ${isolate(provider)} before you start craniosacral therapy (CST). This matters most in the cases below. Practitioners say that then you should not have CST, or should ask a doctor first.`,
    {
      desc: 'Main advice of the callout. The placeholder is who to talk to, e.g. "your GP" or "your doctor or other healthcare provider".',
    },
  );

export const cautionsLabel = () =>
  msg('Reasons to ask a doctor first', {
    desc: 'Accessible name of the list of reasons for caution',
  });

export const cautions = () => [
  msg('for a baby or young child: ask the child’s doctor first', {
    desc: 'Caution list item: CST for a baby or a young child (a main audience of CST practices)',
  }),
  msg('a recent serious head injury or broken skull', { desc: 'Caution list item' }),
  msg('a recent stroke, or recent bleeding in the brain', { desc: 'Caution list item' }),
  msg('a brain aneurysm (a bulging blood vessel in the brain)', {
    desc: 'Caution list item',
  }),
  msg('high pressure inside the skull, or fluid building up in the brain', {
    desc: 'Caution list item',
  }),
  msg(
    'a leak of the fluid around the brain or spine, or a recent spinal tap (lumbar puncture)',
    { desc: 'Caution list item' },
  ),
  msg('recent surgery on the brain or spine', { desc: 'Caution list item' }),
  msg('a bleeding disorder, or taking medicine that thins the blood', {
    desc: 'Caution list item',
  }),
];

export const questionsTitle = () =>
  msg('Questions worth asking', { desc: 'Sub-heading of the question list' });

export const tellEveryone = () =>
  msg('Tell everyone who cares for you about all the treatments and therapies you use.', {
    desc: 'Advice before the question lists',
  });

export const doctorQuestionsLabel = () =>
  msg('Ask your doctor:', { desc: 'Lead-in before questions for the doctor' });

export const doctorQuestions = () => [
  msg('Is CST safe for me, with my health and the medicines I take?', {
    desc: 'Question for the doctor',
  }),
  msg('Is there good research on whether it helps with my problem?', {
    desc: 'Question for the doctor',
  }),
  msg('Do my symptoms need tests or other care first?', {
    desc: 'Question for the doctor',
  }),
  msg('How will I know if it helps, and when should I stop?', {
    desc: 'Question for the doctor',
  }),
];

export const therapistQuestionsLabel = () =>
  msg('Ask the therapist:', { desc: 'Lead-in before questions for the CST therapist' });

export const therapistQuestions = () => [
  msg('What training do you have? Who are you registered with?', {
    desc: 'Question for the therapist',
  }),
  msg('How many sessions do you suggest, and what will they cost?', {
    desc: 'Question for the therapist',
  }),
  msg('Will my health insurance pay for sessions?', {
    desc: 'Question for the therapist',
  }),
  msg('Will you share notes with my doctor?', { desc: 'Question for the therapist' }),
];

export const printLabel = () =>
  msg('Print the questions', { desc: 'Button under the question list' });

export const copyLabel = () =>
  msg('Copy the questions', {
    desc: 'Button under the question list: copies them as text, to paste into a note or an email',
  });

export const urgentTier = () =>
  msg('Emergency advice:', {
    desc: 'Visually hidden prefix of the emergency note, read by screen readers',
  });

export const urgentTitle = () =>
  msg('In an emergency, do not wait', { desc: 'Heading of the emergency note' });

/**
 * The lead-in of the emergency note, before the list of signs.
 * `number` is the region's emergency number, or undefined when unknown.
 */
export const urgentText = (number: string | undefined) =>
  number
    ? msg(str`Call ${isolate(number)} now if you have any of these:`, {
        desc: 'Emergency note, before a list of warning signs. The placeholder is an emergency phone number, e.g. 112.',
      })
    : msg('Call your local emergency number now if you have any of these:', {
        desc: 'Emergency note, before a list of warning signs, when the emergency number of the region is not known',
      });

/** The warning signs of the emergency note: a head problem, and a stroke's (NHS "FAST"). */
export const urgentSigns = () => [
  msg('a sudden, very bad headache', { desc: 'Emergency warning sign' }),
  msg('a face that droops on one side', {
    desc: 'Emergency warning sign (stroke: the F of the NHS "FAST" signs)',
  }),
  msg('new weakness or numbness in an arm or a leg', {
    desc: 'Emergency warning sign (stroke: the A of "FAST")',
  }),
  msg('trouble speaking, or words that come out wrong', {
    desc: 'Emergency warning sign (stroke: the S of "FAST", speech problems)',
  }),
  msg('confusion after a head injury', { desc: 'Emergency warning sign' }),
];

export const contactLabel = () =>
  msg('Contact us', { desc: 'Default text of the contact link' });
