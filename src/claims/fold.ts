/**
 * Turns a practitioner's text into the form the rules are written for: lower
 * case, accents dropped (é → e, ü → u, ß → ss), typographic apostrophes and
 * hyphens made plain, runs of white space one space. HTML tags, comments,
 * Markdown link targets and web addresses are masked, and entities decoded,
 * so a page's source can be checked as it is. Each folded character keeps
 * the span of the original text it came from, so findings point into the
 * text as given.
 *
 * Sentence and block ends that the rules must not reach across become `\n`:
 * block-level tags, blank lines and lines that start a list item, heading or
 * quote. A single line break inside a paragraph (Markdown's soft wrap) is a
 * space.
 */

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each folded character, where its source starts in the original. */
  from: number[];
  /** For each folded character, where its source ends in the original. */
  to: number[];
}

/** Letters kept of one word: bounds the work of patterns that match inside words. */
const MAX_WORD = 60;

const BLOCK_TAGS = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

/**
 * Markup and addresses to mask: a comment, a tag (quoted attribute values may
 * hold `>`), an entity, a Markdown link target `](…)`, a web address. Every
 * repetition is bounded, so text with many stray `<` stays fast.
 */
const MARKUP =
  /<!--[\s\S]{0,20000}?-->|<\/?([a-zA-Z][a-zA-Z0-9-]{0,30})(?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}'){0,4000}>|&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});|\]\([^()\s]{0,2000}\)|\b(?:https?:\/\/|www\.)[^\s<>"'()[\]]{1,2000}/g;

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  laquo: '"',
  raquo: '"',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  shy: '',
  szlig: 'ß',
  aelig: 'æ',
  oelig: 'œ',
};

/** `&eacute;` and its kind: the accent is dropped by folding anyway. */
const ACCENTED_ENTITY = /^([a-zA-Z])(?:acute|grave|circ|uml|tilde|cedil|ring|slash)$/;

function decodeEntity(name: string): string {
  if (name[0] === '#') {
    const code =
      name[1] === 'x' || name[1] === 'X'
        ? parseInt(name.slice(2), 16)
        : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  }
  return ENTITIES[name.toLowerCase()] ?? ACCENTED_ENTITY.exec(name)?.[1] ?? ' ';
}

/** Characters that carry no letter: invisible formatting and direction marks. */
const INVISIBLE =
  /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const APOSTROPHES = /['\u2018\u2019\u201b\u02bc\u02bb`\u00b4\u2032]/u;
const HYPHENS = /[\u2010\u2011\u00ad]/u;
const QUOTES = /["\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a]/u;
const SPACE = /\s/u;
const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /[\p{L}\p{M}]/u;
const LONE_ACCENTED = /^[àáèéìíòóùú]$/iu;
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};

/** Folds one character (a code point) to zero or more plain characters. */
function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? char.toLowerCase() : char;
  if (INVISIBLE.test(char)) return '';
  if (APOSTROPHES.test(char)) return "'";
  if (HYPHENS.test(char)) return '-';
  if (QUOTES.test(char)) return '"';
  const lower = char.toLowerCase();
  return SPECIAL[lower] ?? lower.normalize('NFKD').replace(MARKS, '');
}

/** Is the line that starts at `index` a list item, heading, quote or table row? */
const BLOCK_LINE = /^[ \t]{0,12}(?:[-*+•·▪‣◦]\s|\d{1,3}[.)]\s|#{1,6}\s|>|\|)/;

export function fold(input: string): Folded {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let lastChar = '';
  let wordLength = 0;

  /** Appends folded text that stands for `input[start, end)`. */
  const push = (folded: string, start: number, end: number) => {
    for (const ch of folded) {
      if (ch === ' ' || ch === '\n') {
        wordLength = 0;
        if (out.length === 0 || lastChar === '\n') continue;
        if (lastChar === ' ') {
          // A break wins over the space before it.
          if (ch === '\n') out[out.length - 1] = lastChar = '\n';
          continue;
        }
      } else if (WORD_CHAR.test(ch)) {
        if (++wordLength > MAX_WORD) continue;
      } else {
        wordLength = 0;
      }
      out.push(ch);
      lastChar = ch;
      // One entry per UTF-16 unit, as the folded text is indexed.
      for (let unit = 0; unit < ch.length; unit++) {
        from.push(start);
        to.push(end);
      }
    }
  };

  /** Folds plain text (no markup) found at `offset` in the input. */
  const plain = (text: string, offset: number) => {
    let index = 0;
    while (index < text.length) {
      const point = text.codePointAt(index)!;
      const char = String.fromCodePoint(point);
      const start = offset + index;
      index += char.length;
      if (char === '\r' && text[index] === '\n') continue;
      if (char === '\n' || char === '\r') {
        // What follows the line break, markup included: a list item or a
        // blank line ends the sentence, a soft wrap does not.
        const rest = input.slice(offset + index, offset + index + 24);
        const blank = /^[ \t]*(?:\r?\n|$)/.test(rest);
        push(blank || BLOCK_LINE.test(rest) ? '\n' : ' ', start, start + 1);
        continue;
      }
      if (SPACE.test(char)) push(' ', start, start + char.length);
      else if (
        LONE_ACCENTED.test(char) &&
        !LETTER.test(text[index - 2] ?? '') &&
        !LETTER.test(text[index] ?? '')
      )
        // A one-letter word keeps its accent: Italian "è" (is) and "e" (and),
        // French "à" (to) and "a" (has) are different words.
        push(char.toLowerCase(), start, start + 1);
      else push(foldChar(char), start, start + char.length);
    }
  };

  let cursor = 0;
  for (const match of input.matchAll(MARKUP)) {
    const start = match.index;
    plain(input.slice(cursor, start), cursor);
    const end = start + match[0].length;
    const [whole, tag, entity] = match;
    if (entity !== undefined) {
      const decoded = decodeEntity(entity);
      const folded = SPACE.test(decoded) ? ' ' : [...decoded].map(foldChar).join('');
      push(folded, start, end);
    } else if (tag !== undefined && BLOCK_TAGS.has(tag.toLowerCase())) {
      push('\n', start, end);
    } else if (whole.startsWith('<')) {
      // An inline tag (<b>, <a>, <span>) is not shown: the words on either
      // side of it read as they would on the page.
    } else {
      // A link target or an address: a place holder that no rule matches.
      push(whole.startsWith(']') ? ']' : ' ', start, start + 1);
    }
    cursor = end;
  }
  plain(input.slice(cursor), cursor);
  return { text: out.join(''), from, to };
}
