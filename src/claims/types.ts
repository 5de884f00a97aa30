/** One claim found in a text. */
export interface ClaimFinding {
  /** Where the claim starts in the text that was checked (a UTF-16 index). */
  start: number;
  /** Where it ends (exclusive): `text.slice(start, end)` is the claim. */
  end: number;
  /** The words of the claim, as written. */
  text: string;
  /** Which rule it breaks: a stable id, the same in every language. */
  rule: ClaimRule;
  /** Why this is a problem, in plain words, in the language checked. */
  explanation: string;
  /** A safer way to say it, in the language checked. */
  suggestion: string;
  /**
   * The advertising advice the rule rests on: a web address (the UK CAP
   * advice on craniosacral therapy, which sums up the ASA rulings). Given,
   * never fetched.
   */
  source: string;
}

/** The rules, by stable id. */
export type ClaimRule =
  | 'cure'
  | 'treat-condition'
  | 'boost-immunity'
  | 'balance-csf'
  | 'nervous-system-health'
  | 'any-condition'
  | 'condition-list'
  | 'proven'
  | 'detox'
  | 'client-report'
  | 'alternative-to-medicine'
  | 'suitable-for-condition'
  | 'mechanism'
  | 'babies-birth'
  | 'health-wholeness';

/**
 * Patterns are regular-expression sources (Unicode mode) matched against the
 * folded text (see fold.ts): lower case, no accents (`anxiete`, `ruckenschmerz`),
 * `'` for every apostrophe; a one-letter word keeps its accent (Italian `è`,
 * French `à`). A space in a pattern matches one space or hyphen.
 * Each pattern is matched as whole words: start it or end it with `\p{L}*`
 * to match inside a compound word (German `\p{L}*schmerz\p{L}*`); a pattern
 * that ends with an apostrophe (`n'`, `l'`) may be followed by a letter.
 */
export type Patterns = readonly string[];

/** A rule that fires when a verb and a target come close together in a sentence. */
export interface PairRule {
  /** What is flagged on its own, without a verb. */
  alone?: Patterns;
  /** The verbs (and nouns such as "relief") that make a claim of a target. */
  verbs?: Patterns;
  /** What the claim is about. `treat-condition` also targets conditions and symptoms. */
  targets?: Patterns;
  /**
   * Also target the language's named conditions (`conditions`), or those and
   * its symptoms (`all`).
   */
  conditionTargets?: 'conditions' | 'all';
  /**
   * How far verb and target may be apart for this rule, instead of the
   * language's `reach`. `after: -1` takes only a target before its verb:
   * "their headaches are less frequent", "Migräneanfälle seltener".
   */
  reach?: ClaimLanguage['reach'];
}

export interface ClaimMessages {
  explanation: string;
  suggestion: string;
}

/** Everything one language needs: the words to find, and what to say. */
export interface ClaimLanguage {
  /** Named conditions: a claim's target, and two close together are a list. */
  conditions: Patterns;
  /** Symptoms and complaints (pain, stress): a claim's target, never a list. */
  symptoms: Patterns;
  rules: Record<Exclude<ClaimRule, 'condition-list'>, PairRule>;
  /** How many words may stand between a verb and its target. */
  reach: {
    /** Verb first ("relieves back pain"). */
    after: number;
    /** Target first ("back pain relief", German "… Migräne lindert"). */
    before: number;
  };
  /** Words and phrases that deny or question what follows them in a sentence. */
  scope: {
    /** Always deny: "not", "never", "nicht", "ne", "non", "não". */
    negation: Patterns;
    /**
     * Deny only the word right after them, or when followed by one of
     * `evidence`: "no" in "no proven effect" or "no good research shows that".
     */
    weakNegation: Patterns;
    evidence: Patterns;
    /** Question what follows: "whether", "ob", "saber si". */
    doubt: Patterns;
    /** Look like a denial but are not: "no more", "not only", "nie wieder". */
    notNegation: Patterns;
    /**
     * "The idea that …" (with a denial later in the sentence: "… is not
     * supported by research").
     */
    framing: Patterns;
    /**
     * Say what people try CST for, not what it does ("some people try CST
     * for …"). They exempt a list of conditions only.
     */
    motive: Patterns;
    /**
     * Send the reader to a doctor ("if you have back pain or headaches, see
     * your doctor"). Anywhere in its sentence, they exempt a list of
     * conditions only.
     */
    referral: Patterns;
    /** Where a denial stops: "but", "aber", "; ", ", and". */
    clauseBreaks: Patterns;
    /**
     * "And" right before a claim's verb starts a new statement: in "it does
     * not hurt and relieves pain" the denial does not reach "relieves".
     */
    coordination: Patterns;
    /**
     * How many words after a claim a denial may follow in its clause, for
     * languages that put it there (German "CST heilt keine Krankheiten").
     */
    negationAfter: number;
  };
  /** Words ending in a full stop that do not end a sentence (`z.b`, `dr`). */
  abbreviations: readonly string[];
  messages: Record<ClaimRule, ClaimMessages>;
}
