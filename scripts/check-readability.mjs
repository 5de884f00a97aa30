// Fails unless every widget's default English text reads at US grade 4–6
// (reading age 9–11, the NHS and Patient Information Forum aim):
// Flesch–Kincaid at most grade 6 for each widget, and no formula above
// grade 8. SMOG is excused for a text of fewer than 10 sentences: it was
// built on samples of 30 and, below 10, one long word swings it by grades.
// Prints every figure and each widget's hardest sentences.
//
// Reads the built words (lib/content/, from `npm run build:lib`) with every
// option on: the explainer's five topics, the strict wording, the
// disclaimer, and the callout with its questions and emergency note (also
// measured alone, as it must be read in a hurry). Only running text counts:
// headings, lead-ins ("What research shows:") and evidence labels are left
// out, because such short fragments would pull the averages down and flatter
// the sentences around them.
import { msg } from '@lit/localize';
import process from 'node:process';
import * as askProvider from '../lib/content/ask-provider.js';
import * as benefits from '../lib/content/benefits.js';
import * as strict from '../lib/content/benefits-strict.js';
import * as disclaimer from '../lib/content/disclaimer.js';
import { grades, sentences } from './readability.mjs';

const FLESCH_KINCAID_MAX = 6;
const ANY_MAX = 8;
const SMOG_MIN_SENTENCES = 10;

const topics = Object.values(benefits.topics());

/** Each widget's text, as blocks: a heading, a paragraph, a list item. */
export const WIDGETS = {
  'cst-benefits': [
    ...benefits.intro(),
    ...topics.flatMap((topic) => [topic.reported, topic.research]),
    benefits.closing(),
  ],
  'cst-benefits claims="strict"': [
    strict.intro(msg),
    ...strict.items(msg).map((item) => item.text),
    strict.closing(msg),
  ],
  'cst-disclaimer': [disclaimer.text()],
  'cst-ask-provider': [
    askProvider.advice(askProvider.defaultProvider()),
    ...askProvider.cautions(),
    askProvider.tellEveryone(),
    ...askProvider.doctorQuestions(),
    ...askProvider.therapistQuestions(),
    ...emergencyNote(),
  ],
  'emergency note': emergencyNote(),
};

function emergencyNote() {
  return [askProvider.urgentText('999'), ...(askProvider.urgentSigns?.() ?? [])];
}

/** A sentence's Flesch–Kincaid grade, to show which ones to rewrite first. */
function hardest(blocks, count = 2) {
  return sentences(blocks)
    .map((words) => ({ words, grade: grades([words.join(' ')]).fleschKincaid }))
    .sort((a, b) => b.grade - a.grade)
    .slice(0, count)
    .map(({ words, grade }) => `${grade.toFixed(1)}  ${words.join(' ')}`);
}

const problems = [];
const rows = [['widget', 'sentences', 'words', 'FK', 'SMOG', 'CLI', 'Dale–Chall']];
for (const [name, blocks] of Object.entries(WIDGETS)) {
  const g = grades(blocks);
  const smogExcused = g.counts.sentence < SMOG_MIN_SENTENCES;
  rows.push([
    name,
    String(g.counts.sentence),
    String(g.counts.word),
    g.fleschKincaid.toFixed(1),
    `${g.smog.toFixed(1)}${smogExcused ? ' (excused)' : ''}`,
    g.colemanLiau.toFixed(1),
    `${g.daleChall} (${g.daleChallScore.toFixed(1)})`,
  ]);
  if (g.fleschKincaid > FLESCH_KINCAID_MAX)
    problems.push(
      `${name}: Flesch–Kincaid ${g.fleschKincaid.toFixed(1)} > ${FLESCH_KINCAID_MAX}`,
    );
  for (const [formula, grade] of [
    ['SMOG', smogExcused ? 0 : g.smog],
    ['Coleman–Liau', g.colemanLiau],
    ['Dale–Chall', g.daleChall],
  ]) {
    if (grade > ANY_MAX)
      problems.push(`${name}: ${formula} ${grade.toFixed(1)} > ${ANY_MAX}`);
  }
}

const widths = rows[0].map((_, column) =>
  Math.max(...rows.map((row) => row[column].length)),
);
for (const row of rows)
  console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
if (process.argv.includes('--sentences')) {
  for (const [name, blocks] of Object.entries(WIDGETS))
    console.log(
      `\n${name}, hardest sentences (FK):\n  ${hardest(blocks, 4).join('\n  ')}`,
    );
}

if (problems.length > 0) {
  console.error(
    `\nReadability check failed (aim: US grade 4–6):\n- ${problems.join('\n- ')}`,
  );
  for (const [name, blocks] of Object.entries(WIDGETS))
    console.error(
      `\n${name}, hardest sentences (FK):\n  ${hardest(blocks).join('\n  ')}`,
    );
  process.exit(1);
}
