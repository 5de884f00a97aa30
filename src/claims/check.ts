import { CLAIM_SOURCES } from '../content/claims/sources.js';
import { fold } from './fold.js';
import type {
  ClaimFinding,
  ClaimLanguage,
  ClaimRule,
  PairRule,
  Patterns,
} from './types.js';

/**
 * The matching logic. The words live in src/content/claims/, one file per
 * language; this file knows no word of any language.
 *
 * A text is folded (fold.ts), split into sentences, and each rule's
 * patterns are matched: a word or phrase on its own ("cures", "clinically
 * proven"), a verb close to its target ("relieves … back pain"), or two or
 * more conditions close together. A match is not a finding when its
 * sentence denies or questions it ("Research has not shown that CST treats
 * anxiety", "no proven effect", "to know whether it helps", German "CST
 * heilt keine Krankheiten"), within one clause: a denial stops at "but", a
 * semicolon, a dash, an "and" that starts a new claim, and the like.
 */

/** How many words after a denial it still reaches. */
const SCOPE = 12;
/** Two conditions with at most this many words between them are a list. */
const LIST_GAP = 4;
/** Word boundary on each side of a pattern, whichever character it starts or ends with. */
const EDGE = '(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))';
/** Punctuation that ends a clause in every language. */
const PUNCTUATION_BREAKS = [';', ':', '–', '—', ' - '];

interface Span {
  start: number;
  end: number;
}

interface Candidate extends Span {
  rule: ClaimRule;
}

function compile(patterns: Patterns): RegExp | null {
  if (patterns.length === 0) return null;
  const alternatives = patterns.map((pattern) => pattern.replace(/ /g, '[ -]'));
  return new RegExp(`${EDGE}(?:${alternatives.join('|')})${EDGE}`, 'gu');
}

interface CompiledRule {
  rule: Exclude<ClaimRule, 'condition-list'>;
  alone: RegExp | null;
  verbs: RegExp | null;
  targets: RegExp | null;
  reach?: ClaimLanguage['reach'];
}

export interface CompiledLanguage {
  language: ClaimLanguage;
  conditions: RegExp | null;
  rules: CompiledRule[];
  negation: RegExp | null;
  weakNegation: RegExp | null;
  evidence: RegExp | null;
  doubt: RegExp | null;
  notNegation: RegExp | null;
  framing: RegExp | null;
  motive: RegExp | null;
  referral: RegExp | null;
  clauseBreaks: RegExp | null;
  coordination: RegExp | null;
  commas: RegExp | null;
  abbreviations: ReadonlySet<string>;
}

/** Builds the regular expressions of a language, once. */
export function compileLanguage(language: ClaimLanguage): CompiledLanguage {
  const { scope } = language;
  const rules = Object.entries(language.rules) as [CompiledRule['rule'], PairRule][];
  return {
    language,
    conditions: compile(language.conditions),
    rules: rules.map(([rule, { alone = [], verbs = [], targets = [], ...options }]) => {
      const conditionTargets =
        rule === 'treat-condition' ? 'all' : options.conditionTargets;
      return {
        rule,
        alone: compile(alone),
        verbs: compile(verbs),
        targets: compile([
          ...targets,
          ...(conditionTargets ? language.conditions : []),
          ...(conditionTargets === 'all' ? language.symptoms : []),
        ]),
        reach: options.reach,
      };
    }),
    negation: compile(scope.negation),
    weakNegation: compile(scope.weakNegation),
    evidence: compile(scope.evidence),
    doubt: compile(scope.doubt),
    notNegation: compile(scope.notNegation),
    framing: compile(scope.framing),
    motive: compile(scope.motive),
    referral: compile(scope.referral),
    clauseBreaks: compile([...PUNCTUATION_BREAKS, ...scope.clauseBreaks]),
    coordination: compile(scope.coordination),
    commas: compile([',', ...PUNCTUATION_BREAKS, ...scope.clauseBreaks]),
    abbreviations: new Set(language.abbreviations),
  };
}

/** Index of the first element of sorted `list` that is >= `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

const SENTENCE_END = /[.!?…]+["')\]]*(?= |\n|$)/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const TOKEN_BEFORE_DOT = /([\p{L}\p{N}.]+)\.$/u;

/** One folded text, with what the rules ask about it. */
class Document {
  readonly text: string;
  private readonly words: number[];
  /** Where each sentence starts, in order, with the text's length last. */
  private readonly sentences: number[];
  private readonly cache = new Map<RegExp, Span[]>();

  constructor(
    text: string,
    private readonly lang: CompiledLanguage,
  ) {
    this.text = text;
    this.words = [...text.matchAll(WORD)].map((match) => match.index);
    const starts = new Set([0, text.length]);
    for (
      let index = text.indexOf('\n');
      index !== -1;
      index = text.indexOf('\n', index + 1)
    )
      starts.add(index + 1);
    for (const match of text.matchAll(SENTENCE_END)) {
      if (match[0] === '.') {
        const token = TOKEN_BEFORE_DOT.exec(
          text.slice(Math.max(0, match.index - 20), match.index + 1),
        )?.[1];
        if (token && (token.length === 1 || lang.abbreviations.has(token))) continue;
      }
      starts.add(match.index + match[0].length);
    }
    this.sentences = [...starts].sort((a, b) => a - b);
  }

  /** Every match of `pattern` (none for a missing pattern), in order, once per document. */
  spans(pattern: RegExp | null): Span[] {
    if (!pattern) return [];
    let spans = this.cache.get(pattern);
    if (!spans) {
      spans = [];
      for (const match of this.text.matchAll(pattern)) {
        if (match[0].length > 0)
          spans.push({ start: match.index, end: match.index + match[0].length });
      }
      this.cache.set(pattern, spans);
    }
    return spans;
  }

  /** Matches of `pattern` that lie inside `[start, end)`. */
  within(pattern: RegExp | null, start: number, end: number): Span[] {
    const spans = this.spans(pattern);
    // Matches are in order of their start: skip to the first one at `start`.
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (spans[middle].start < start) low = middle + 1;
      else high = middle;
    }
    const found: Span[] = [];
    for (let index = low; index < spans.length && spans[index].start < end; index++) {
      if (spans[index].end <= end) found.push(spans[index]);
    }
    return found;
  }

  /** How many words start in `[start, end)`. */
  wordsBetween(start: number, end: number): number {
    return end <= start ? 0 : lowerBound(this.words, end) - lowerBound(this.words, start);
  }

  /** The sentence that holds `position`. */
  sentence(position: number): Span {
    const next = lowerBound(this.sentences, position + 1);
    return {
      start: this.sentences[next - 1] ?? 0,
      end: this.sentences[next] ?? this.text.length,
    };
  }

  sameSentence(a: number, b: number): boolean {
    return this.sentence(a).start === this.sentence(b).start;
  }

  /** Does a clause end between `start` and `end`? */
  breaksBetween(start: number, end: number): boolean {
    return this.within(this.lang.clauseBreaks, start, end).length > 0;
  }

  /** Denials and doubts that are real ones (not "no more", "not only"). */
  private cues(pattern: RegExp | null, start: number, end: number): Span[] {
    const fake = this.within(this.lang.notNegation, start, end);
    return this.within(pattern, start, end).filter(
      (cue) => !fake.some((span) => span.start < cue.end && cue.start < span.end),
    );
  }

  /**
   * Is a claim denied or questioned in its sentence? It spans `claim`, and
   * `verb` is its verb (a list of conditions has none). For a list, "some
   * people try CST for" and "see your doctor" in its sentence also count.
   */
  exempt(claim: Span, verb: Span | null): boolean {
    const { start, end } = claim;
    const limit = verb?.start ?? start;
    const sentence = this.sentence(start);
    // "It does not hurt and relieves pain": the denial ends at the "and".
    const joined =
      verb === null
        ? []
        : this.within(this.lang.coordination, sentence.start, limit).filter(
            (word) => this.wordsBetween(word.end, limit) === 0,
          );
    const reaches = (cue: Span, scope = SCOPE) =>
      this.wordsBetween(cue.end, start) <= scope &&
      !this.breaksBetween(cue.end, limit) &&
      !joined.some((word) => word.start >= cue.end);

    const strong = [
      ...this.cues(this.lang.negation, sentence.start, limit),
      ...this.cues(this.lang.doubt, sentence.start, limit),
      ...(verb === null ? this.within(this.lang.motive, sentence.start, limit) : []),
    ];
    if (strong.some((cue) => reaches(cue))) return true;
    if (
      verb === null &&
      this.within(this.lang.referral, sentence.start, sentence.end).length > 0
    )
      return true;

    for (const weak of this.cues(this.lang.weakNegation, sentence.start, limit)) {
      if (reaches(weak, 1)) return true;
      const evidence = this.within(this.lang.evidence, weak.end, limit).find(
        (word) => this.wordsBetween(weak.end, word.start) <= 3,
      );
      if (evidence && reaches(weak)) return true;
    }

    const denials = (from: number, to: number) => [
      ...this.cues(this.lang.negation, from, to),
      ...this.cues(this.lang.weakNegation, from, to),
    ];

    // A denial after the verb, in the same clause: "CST treats no illness",
    // "CST lindert keine Rückenschmerzen", and in German after the claim:
    // "CST heilt Migräne nicht".
    const unbroken = (cue: Span, from: number) =>
      this.within(this.lang.commas, from, cue.start).length === 0;
    if (verb && denials(verb.end, end).some((cue) => unbroken(cue, verb.end)))
      return true;
    const after = this.lang.language.scope.negationAfter;
    if (
      after > 0 &&
      denials(end, sentence.end).some(
        (cue) => this.wordsBetween(end, cue.start) <= after && unbroken(cue, end),
      )
    )
      return true;

    // "The idea that CST balances the fluid is not supported by research."
    const framed = this.within(this.lang.framing, sentence.start, limit).some((cue) =>
      reaches(cue),
    );
    return framed && denials(end, sentence.end).length > 0;
  }
}

/** Verb and target pairs, and what is flagged alone, for one rule. */
function ruleCandidates(
  doc: Document,
  rule: CompiledRule,
  reach: ClaimLanguage['reach'],
) {
  const found: Candidate[] = [];
  for (const span of doc.spans(rule.alone)) {
    if (!doc.exempt(span, span)) found.push({ ...span, rule: rule.rule });
  }
  if (doc.spans(rule.targets).length === 0) return found;
  for (const verb of doc.spans(rule.verbs)) {
    const sentence = doc.sentence(verb.start);
    let best: { target: Span; gap: number; after: boolean } | undefined;
    for (const target of doc.within(rule.targets, sentence.start, sentence.end)) {
      let gap: number;
      if (target.start >= verb.end) {
        gap = doc.wordsBetween(verb.end, target.start);
        if (gap > reach.after) continue;
      } else if (target.end <= verb.start) {
        gap = doc.wordsBetween(target.end, verb.start);
        if (gap > reach.before) continue;
      } else {
        gap = 0; // One compound word: "Schmerzlinderung".
      }
      // On a tie, the target after the verb: "improves sleep and reduces stress".
      const after = target.start >= verb.end;
      if (!best || gap < best.gap || (gap === best.gap && after && !best.after))
        best = { target, gap, after };
    }
    if (!best) continue;
    const start = Math.min(verb.start, best.target.start);
    const end = Math.max(verb.end, best.target.end);
    if (!doc.exempt({ start, end }, verb)) found.push({ start, end, rule: rule.rule });
  }
  return found;
}

/** Two or more conditions close together, none of them denied. */
function conditionLists(doc: Document, lang: CompiledLanguage): Candidate[] {
  const mentions = doc.spans(lang.conditions);
  const kept: Span[] = [];
  let previousExempt = false;
  mentions.forEach((mention, index) => {
    const previous = mentions[index - 1];
    // A list shares the denial of its first item: "no effect on headache,
    // neck pain, back pain or fibromyalgia".
    const inherited =
      previousExempt &&
      doc.sameSentence(previous.start, mention.start) &&
      doc.wordsBetween(previous.end, mention.start) <= LIST_GAP;
    previousExempt = inherited || doc.exempt(mention, null);
    if (!previousExempt) kept.push(mention);
  });
  const lists: Candidate[] = [];
  let first = 0;
  for (let index = 1; index <= kept.length; index++) {
    const close =
      index < kept.length &&
      doc.wordsBetween(kept[index - 1].end, kept[index].start) <= LIST_GAP;
    if (close) continue;
    if (index - first >= 2)
      lists.push({
        start: kept[first].start,
        end: kept[index - 1].end,
        rule: 'condition-list',
      });
    first = index;
  }
  return lists;
}

/** Sorts, and merges findings that overlap into the first of them. */
function merge(candidates: Candidate[], order: readonly ClaimRule[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      a.start - b.start || b.end - a.end || order.indexOf(a.rule) - order.indexOf(b.rule),
  );
  const merged: Candidate[] = [];
  for (const candidate of sorted) {
    const last = merged[merged.length - 1];
    if (last && candidate.start < last.end) last.end = Math.max(last.end, candidate.end);
    else merged.push({ ...candidate });
  }
  return merged;
}

/** The rules in order of precedence when two findings start at the same place. */
const PRECEDENCE: readonly ClaimRule[] = [
  'cure',
  'any-condition',
  'babies-birth',
  'client-report',
  'alternative-to-medicine',
  'suitable-for-condition',
  'mechanism',
  'health-wholeness',
  'treat-condition',
  'boost-immunity',
  'balance-csf',
  'nervous-system-health',
  'detox',
  'proven',
  'condition-list',
];

export function check(input: string, lang: CompiledLanguage): ClaimFinding[] {
  const folded = fold(input);
  const doc = new Document(folded.text, lang);
  const candidates = [
    ...lang.rules.flatMap((rule) =>
      ruleCandidates(doc, rule, rule.reach ?? lang.language.reach),
    ),
    ...conditionLists(doc, lang),
  ];
  return merge(candidates, PRECEDENCE).map(({ start, end, rule }) => {
    const from = folded.from[start];
    const to = folded.to[end - 1];
    return {
      start: from,
      end: to,
      text: input.slice(from, to),
      rule,
      ...lang.language.messages[rule],
      source: CLAIM_SOURCES[rule],
    };
  });
}
