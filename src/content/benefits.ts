import { msg } from '../internal/msg.js';
import { CITATIONS, type Citation } from './citations.js';

/**
 * The words of `<cst-benefits>`. Every sentence pairs what people report or
 * practitioners believe with what research shows. No sentence may say that
 * craniosacral therapy treats, cures, boosts or balances anything.
 *
 * Functions, not constants: `msg()` must run at render time so that the
 * active language is used.
 */

export const TOPIC_KEYS = [
  'pain',
  'stress',
  'nervous-system',
  'immune',
  'emotional',
] as const;

export type TopicKey = (typeof TOPIC_KEYS)[number];

/**
 * One topic. Its key (a `TopicKey`, or the id of a site's own topic) is the
 * one it has in `topics()`.
 */
export interface Topic {
  title: string;
  /** What people report or practitioners believe. */
  reported: string;
  /** What research shows. Always shown: it is never optional. */
  research: string;
  /** A short label for the strength of the evidence, in words. */
  evidence: string;
  /** The studies behind what research shows, if any are cited. */
  citations?: readonly Citation[];
}

export const title = () =>
  msg('Craniosacral therapy: what people hope for, and what research shows', {
    desc: 'Top heading of the benefits explainer',
  });

export const intro = () => [
  msg(
    'Craniosacral therapy (CST) is a gentle, hands-on approach. A doctor, John E. Upledger, started it in the 1970s. The therapist uses a very light touch on the head, the spine and the pelvis. Some therapists also work inside the mouth, wearing gloves.',
    { desc: 'Benefits intro: what CST is' },
  ),
  msg(
    'Practitioners believe this touch can change the flow of the fluid around the brain and spinal cord. Research has not shown this. They also say they can feel a slow rhythm in the head. In studies, therapists who felt the same person did not agree about this rhythm.',
    { desc: 'Benefits intro: the practitioners’ belief, said as a belief' },
  ),
];

export const introCitations: readonly Citation[] = [CITATIONS.guillaud2016];

export const closing = () =>
  msg(
    'More research is needed to know if CST helps with any health problem. CST does not replace medical care. If you are thinking about trying it, talk to your doctor or other healthcare provider first.',
    { desc: 'Benefits closing paragraph' },
  );

export type Labels = ReturnType<typeof labels>;

/**
 * Lead-ins. What follows a lead-in's colon starts with a capital when it is a
 * full sentence (what people say, what research shows) and in lower case
 * when it is a short label (the evidence labels below), in every language.
 */
export const labels = () => ({
  reported: msg('What people say:', {
    desc: 'Lead-in before what people report about a topic',
  }),
  research: msg('What research shows:', {
    desc: 'Lead-in before what research shows about a topic',
  }),
  evidence: msg('Evidence:', {
    desc: 'Lead-in before the strength-of-evidence label',
  }),
  sources: msg('Sources:', { desc: 'Lead-in before the list of cited studies' }),
});

const EVIDENCE = {
  mixed: () => msg('mixed', { desc: 'Evidence label: studies disagree' }),
  experience: () =>
    msg('no proven treatment effect', {
      desc: 'Evidence label: people report a good feeling, but no effect as a treatment is shown',
    }),
  tooLittle: () =>
    msg('too little research to tell', {
      desc: 'Evidence label: only small trials, in one condition, or tiny pilot studies exist',
    }),
  none: () =>
    msg('no good research', {
      desc: 'Evidence label: no good research shows any effect',
    }),
};

export function topics(): Record<TopicKey, Topic> {
  return {
    pain: {
      title: msg('Pain', {
        desc: 'Topic title: pain (headache, neck, back, long-lasting pain)',
      }),
      reported: msg(
        'Some people try CST for headaches, neck or back pain, or pain that lasts a long time. Some say they feel less pain after sessions.',
        { desc: 'Pain topic: what people report' },
      ),
      research: msg(
        'A 2020 review looked at 10 small trials, with 681 people in all. People had less pain with CST than with a fake version of it, right after and 6 months later. A 2024 review looked at 15 trials. It found no real effect on headache, neck pain, low back pain, pelvic pain or fibromyalgia. So the results are mixed, and the trials were small.',
        { desc: 'Pain topic: what research shows' },
      ),
      evidence: EVIDENCE.mixed(),
      citations: [CITATIONS.haller2020, CITATIONS.ceballosLaita2024],
    },
    stress: {
      title: msg('Stress', { desc: 'Topic title' }),
      reported: msg('Many people find sessions calm and relaxing.', {
        desc: 'Stress topic: what people report',
      }),
      research: msg(
        'Studies have not shown that CST treats stress, anxiety or any illness linked to stress.',
        { desc: 'Stress topic: what research shows' },
      ),
      evidence: EVIDENCE.experience(),
    },
    'nervous-system': {
      title: msg('Nervous system', {
        desc: 'Topic title: the brain and nerves, sleep and thinking',
      }),
      reported: msg(
        'Practitioners believe CST affects the brain and nerves. Some people say they sleep better or think more clearly after sessions.',
        { desc: 'Nervous-system topic: what practitioners believe and people report' },
      ),
      research: msg(
        'Two trials have looked at sleep in people with fibromyalgia, which causes pain in many parts of the body for a long time. In a 2011 trial of 84 people, some had CST and some had a fake session with a machine that was turned off. Those who had CST had better sleep scores than the others, and still did a year later. A second trial, of 132 people, came out in 2024. These trials are small, and in one illness only. That is too little to be sure. For thinking, there are only a few tiny studies.',
        { desc: 'Nervous-system topic: what research shows' },
      ),
      evidence: EVIDENCE.tooLittle(),
      citations: [CITATIONS.mataran2011, CITATIONS.ughreja2024],
    },
    immune: {
      title: msg('Immune system', { desc: 'Topic title' }),
      reported: msg('Some people who promote CST say it helps the body fight illness.', {
        desc: 'Immune topic: what promoters claim',
      }),
      research: msg('No study has shown that CST has any effect on the immune system.', {
        desc: 'Immune topic: what research shows',
      }),
      evidence: EVIDENCE.none(),
    },
    emotional: {
      title: msg('Mental and emotional well-being', { desc: 'Topic title' }),
      reported: msg(
        'Many people say they feel calmer and have a sense of well-being after a session.',
        { desc: 'Emotional topic: what people report' },
      ),
      research: msg(
        'One small trial looked at people with fibromyalgia. Those who had CST had less anxiety 6 months later, but not after a year. That is too little to show that CST treats anxiety, depression or any other mental health problem. If you are struggling, talk to your doctor.',
        { desc: 'Emotional topic: what research shows' },
      ),
      evidence: EVIDENCE.experience(),
      citations: [CITATIONS.mataran2011],
    },
  };
}

/**
 * What a strict widget (`claims="strict"`) shows until its wording
 * (benefits-strict.ts, a file of its own) has loaded, and if it cannot load:
 * a sentence that names no condition. In the script itself, so it is always
 * at hand.
 */
export const strictFallback = () =>
  msg('Craniosacral therapy (CST) is a gentle, hands-on approach.', {
    desc: 'Shown alone by the strict (UK advertising) wording while its file loads, or if it cannot load. Name no condition or symptom.',
  });
