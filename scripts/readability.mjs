// Reading-age formulas for English text: Flesch–Kincaid grade, SMOG,
// Coleman–Liau and the New Dale–Chall, each as a US school grade. The
// formulas and the word list come from well-kept packages (syllable,
// flesch-kincaid, smog-formula, coleman-liau, dale-chall, dale-chall-formula);
// this file only counts: sentences, words, syllables, letters and
// unfamiliar words.
//
// A text is given as blocks (a heading, a paragraph, a list item, a lead-in
// such as "What research shows:"): each block ends a sentence, as it does for
// a reader, even with no full stop.
import { colemanLiau } from 'coleman-liau';
import { daleChall } from 'dale-chall';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';

/**
 * Words a reader of any CST page meets and cannot avoid, counted as familiar
 * by Dale–Chall (whose 1995 list has none of them). Keep it short: a word
 * goes here only if no plain word says the same.
 */
export const TOPIC_WORDS = [
  'cst',
  'craniosacral',
  'therapy',
  'therapies',
  'therapist',
  'therapists',
  'session',
  'sessions',
  'provider',
  'providers',
  'healthcare',
  'research',
  'emergency',
];

const FAMILIAR = new Set([...daleChall, ...TOPIC_WORDS]);

/** Dale–Chall's own rules: regular endings of a familiar word are familiar. */
const ENDINGS = ['s', 'es', 'ies', 'ed', 'd', 'ied', 'ing', 'er', 'est', 'ly', "'s"];

function familiar(word) {
  const lower = word.toLowerCase().replace(/’/g, "'");
  if (FAMILIAR.has(lower) || /^\d/.test(lower)) return true;
  for (const ending of ENDINGS) {
    if (!lower.endsWith(ending) || lower.length <= ending.length + 2) continue;
    const stem = lower.slice(0, -ending.length);
    if (FAMILIAR.has(stem) || FAMILIAR.has(`${stem}e`)) return true;
    if (ending.startsWith('i') && FAMILIAR.has(`${stem}y`)) return true;
    // A doubled consonant: "stopped", "bigger".
    if (stem.at(-1) === stem.at(-2) && FAMILIAR.has(stem.slice(0, -1))) return true;
  }
  return false;
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// A full stop after one capital letter is an initial ("John E. Upledger").
const SENTENCE_END = /(?<!(?:^|\s)\p{Lu})[.!?]+(?=\s|$)/u;

/** Splits blocks into sentences, each a list of words. */
export function sentences(blocks) {
  const found = [];
  for (const block of blocks) {
    for (const piece of block.split(SENTENCE_END)) {
      const words = piece.match(WORD) ?? [];
      if (words.length > 0) found.push(words);
    }
  }
  return found;
}

/** A number's syllables as it is read: "2020" is four, not zero. */
function syllables(word) {
  if (/^\d+$/.test(word)) return Math.max(1, word.length);
  return Math.max(1, syllable(word));
}

/** The counts every formula needs. */
export function counts(blocks) {
  const all = sentences(blocks);
  let word = 0;
  let syllableCount = 0;
  let polysillabicWord = 0;
  let letter = 0;
  let unfamiliar = 0;
  for (const words of all) {
    words.forEach((text, index) => {
      word++;
      const count = syllables(text);
      syllableCount += count;
      if (count >= 3) polysillabicWord++;
      letter += (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
      // A name (capitalised inside a sentence) is familiar, as Dale–Chall says.
      const name = index > 0 && /^\p{Lu}/u.test(text) && !/^\p{Lu}+$/u.test(text);
      if (!name && !familiar(text)) unfamiliar++;
    });
  }
  return {
    sentence: all.length,
    word,
    syllable: syllableCount,
    polysillabicWord,
    letter,
    difficultWord: unfamiliar,
  };
}

/** The lowest grade of Dale–Chall's band for a score (4.9 or less: grade 4). */
function daleChallGrade(score) {
  return daleChallGradeLevel(score)[0];
}

/** Every formula as a US grade, with the counts behind them. */
export function grades(blocks) {
  const c = counts(blocks);
  if (c.word === 0) return { counts: c };
  const daleScore = daleChallFormula(c);
  return {
    counts: c,
    fleschKincaid: fleschKincaid(c),
    smog: smogFormula(c),
    colemanLiau: colemanLiau(c),
    daleChall: daleChallGrade(daleScore),
    daleChallScore: daleScore,
  };
}
