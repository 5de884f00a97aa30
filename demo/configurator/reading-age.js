// The reading-age meter of the configurator: how easy the practitioner's own
// text is to read, with the readability formula made for its language. The
// widgets aim at a reading age of 9–11 (US grade 4–6); the figure is a guide
// for short texts, not a verdict. Syllables are counted as groups of vowels,
// which is close enough for a meter (the repository's own check,
// scripts/check-readability.mjs, uses a dictionary-based counter).

const VOWELS = {
  en: 'aeiouy',
  de: 'aeiouyäöü',
  es: 'aeiouáéíóúü',
  fr: 'aeiouyàâéèêëîïôûùü',
  it: 'aeiouàèéìíòóù',
  pt: 'aeiouáâãàéêíóôõú',
};

/** Syllables of one word: groups of vowels (English: a final silent e is dropped). */
export function syllables(word, lang) {
  const lower = word.toLowerCase();
  const vowels = VOWELS[lang] ?? VOWELS.en;
  let count = 0;
  let inGroup = false;
  for (const char of lower) {
    const vowel = vowels.includes(char);
    if (vowel && !inGroup) count++;
    inGroup = vowel;
  }
  if (lang === 'en' && /[^aeiouy]e$/.test(lower) && !/le$/.test(lower) && count > 1)
    count--;
  if (lang === 'fr' && /[^aeiouy]es?$/.test(lower) && count > 1) count--;
  return Math.max(1, count);
}

/** Sentences, words, syllables and letters of `text`. */
export function counts(text, lang) {
  const sentences = text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  let syllableCount = 0;
  let long = 0;
  let polysyllabic = 0;
  let monosyllabic = 0;
  let letters = 0;
  for (const word of words) {
    const count = syllables(word, lang);
    syllableCount += count;
    if (count >= 3) polysyllabic++;
    if (count === 1) monosyllabic++;
    if (word.length > 6) long++;
    letters += word.length;
  }
  return {
    sentences: Math.max(1, sentences.length),
    words: words.length,
    syllables: syllableCount,
    long,
    polysyllabic,
    monosyllabic,
    letters,
  };
}

const ease = (score, bands) => {
  const band = bands.find(([limit]) => score >= limit) ?? bands[bands.length - 1];
  return band[1];
};

/**
 * The reading age of `text` in `lang`, as `{ formula, value, verdict, ok }`,
 * or null for an empty text. `ok`: at or under the widgets' own aim.
 */
export function readingAge(text, lang) {
  const c = counts(text, lang);
  if (c.words === 0) return null;
  const wordsPerSentence = c.words / c.sentences;
  const syllablesPerWord = c.syllables / c.words;
  switch (lang) {
    case 'de': {
      // Erste Wiener Sachtextformel: a German school year (4 easy, 15 very hard).
      const ms = (100 * c.polysyllabic) / c.words;
      const iw = (100 * c.long) / c.words;
      const es = (100 * c.monosyllabic) / c.words;
      const value =
        0.1935 * ms + 0.1672 * wordsPerSentence + 0.1297 * iw - 0.0327 * es - 0.875;
      return {
        formula: 'Wiener Sachtextformel',
        value: `Schulstufe ${Math.max(1, value).toFixed(1)}`,
        verdict:
          value <= 6 ? 'leicht zu lesen' : value <= 8 ? 'mittel' : 'schwer zu lesen',
        ok: value <= 6,
      };
    }
    case 'es': {
      // Szigriszt-Pazos (INFLESZ): 0–100, higher is easier.
      const value = 206.835 - 62.3 * syllablesPerWord - wordsPerSentence;
      return {
        formula: 'Szigriszt-Pazos (INFLESZ)',
        value: value.toFixed(0),
        verdict: ease(value, [
          [80, 'muy fácil'],
          [65, 'bastante fácil'],
          [55, 'normal'],
          [40, 'algo difícil'],
          [-Infinity, 'muy difícil'],
        ]),
        ok: value >= 65,
      };
    }
    case 'fr': {
      // Kandel & Moles (Flesch for French): 0–100, higher is easier.
      const value = 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;
      return {
        formula: 'Kandel et Moles',
        value: value.toFixed(0),
        verdict: ease(value, [
          [80, 'facile'],
          [60, 'assez facile'],
          [50, 'moyen'],
          [-Infinity, 'difficile'],
        ]),
        ok: value >= 70,
      };
    }
    case 'it': {
      // Gulpease: 0–100, higher is easier; under 80 is hard at primary school.
      const value = 89 + (300 * c.sentences - 10 * c.letters) / c.words;
      return {
        formula: 'Gulpease',
        value: value.toFixed(0),
        verdict: ease(value, [
          [80, 'facile (scuola elementare)'],
          [60, 'medio (scuola media)'],
          [40, 'difficile (scuola superiore)'],
          [-Infinity, 'molto difficile'],
        ]),
        ok: value >= 80,
      };
    }
    case 'pt': {
      // Flesch adapted to Portuguese (Martins et al.): 0–100, higher is easier.
      const value = 248.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
      return {
        formula: 'Flesch (Martins et al.)',
        value: value.toFixed(0),
        verdict: ease(value, [
          [75, 'muito fácil'],
          [50, 'fácil'],
          [25, 'difícil'],
          [-Infinity, 'muito difícil'],
        ]),
        ok: value >= 75,
      };
    }
    default: {
      // Flesch–Kincaid: a US school grade; the widgets aim at 6 or below.
      const value = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
      return {
        formula: 'Flesch–Kincaid',
        value: `US grade ${Math.max(0, value).toFixed(1)}`,
        verdict:
          value <= 6
            ? 'easy to read (aim: 6 or below)'
            : value <= 8
              ? 'fairly hard (aim: 6 or below)'
              : 'hard to read (aim: 6 or below)',
        ok: value <= 6,
      };
    }
  }
}

/**
 * Puts a meter under every wording field of `root` (a `<p>` with a polite
 * live region, tied to the field with aria-describedby) and fills it with
 * the reading age of the field's text in `lang`. Announces only when the
 * figure changes, not on every key.
 */
export function showReadingAge(root, lang) {
  const primary = String(lang).toLowerCase().split(/[-_]/)[0];
  for (const field of root.querySelectorAll('[data-wording]')) {
    const id = `${field.id}-reading-age`;
    let meter = root.ownerDocument.getElementById(id);
    if (!meter) {
      meter = root.ownerDocument.createElement('p');
      meter.id = id;
      meter.className = 'reading-age';
      meter.setAttribute('aria-live', 'polite');
      field.insertAdjacentElement('afterend', meter);
      const described = (field.getAttribute('aria-describedby') ?? '').split(/\s+/);
      field.setAttribute(
        'aria-describedby',
        [...described, id].filter(Boolean).join(' '),
      );
      // The wording check rewrites the description as the field's own one
      // plus its findings (findings.js): the meter is part of the field's own.
      if (field.dataset.ownDescription !== undefined) {
        field.dataset.ownDescription = [field.dataset.ownDescription, id]
          .filter(Boolean)
          .join(' ');
      }
    }
    const result = readingAge(field.value, primary);
    const text = result
      ? `Reading age (${result.formula}): ${result.value}, ${result.verdict}.`
      : '';
    if (meter.textContent !== text) meter.textContent = text;
    meter.classList.toggle('hard', Boolean(result && !result.ok));
    meter.hidden = !result;
  }
}
