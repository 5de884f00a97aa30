// The wording check: where findings about the text a practitioner types (the
// text fields and text areas marked `data-wording`) are shown, in the
// "Wording check" section under the form.
//
// A checker takes one field's text and language and returns findings:
//   { start, end, text, rule, explanation, suggestion, source }[]
// (`start`/`end`: offsets in the text; `text`: the words found; `rule`: the
// rule's id; `explanation` and `suggestion`: plain words for the author;
// `source`: the web address of the advice the rule rests on).
// With no checker, the section stays hidden.

/**
 * The text to check: every wording field of `root` that has text, with its
 * label, as `{ id, label, text }`.
 */
export function wordingFields(root) {
  return [...root.querySelectorAll('[data-wording]')]
    .filter((field) => field.value.trim())
    .map((field) => ({
      id: field.id,
      label: field.labels?.[0]?.textContent.trim() ?? field.id,
      text: field.value,
    }));
}

/**
 * Runs `check(text, lang)` over the wording fields of `root` and shows what it
 * finds in `section` (its list is the `ul`); hides the section when there is
 * no checker or nothing to show.
 */
export function showWordingFindings(section, root, lang, check) {
  const doc = section.ownerDocument;
  const list = section.querySelector('ul');
  list.replaceChildren();
  if (typeof check === 'function') {
    for (const field of wordingFields(root)) {
      for (const finding of check(field.text, lang) ?? []) {
        const item = doc.createElement('li');
        const link = doc.createElement('a');
        link.href = `#${field.id}`;
        link.textContent = field.label;
        const quote = doc.createElement('q');
        quote.textContent = finding.text;
        item.append(link, ': ', quote, ` ${finding.explanation ?? ''}`);
        if (finding.suggestion) item.append(` Try: ${finding.suggestion}`);
        if (/^https:\/\//.test(finding.source ?? '')) {
          const source = doc.createElement('a');
          source.href = finding.source;
          source.textContent = 'The advice this rests on';
          item.append(' ', source, '.');
        }
        list.append(item);
      }
    }
  }
  section.hidden = list.children.length === 0;
}
