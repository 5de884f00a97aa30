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
 *
 * Each finding is tied to its field (the field's `aria-describedby` names its
 * findings after its own hint), and a change in how many there are is said
 * in the section's status line (`[role=status]`, outside the part that
 * hides), so a screen reader hears it while the author types.
 */
export function showWordingFindings(section, root, lang, check) {
  const doc = section.ownerDocument;
  const list = section.querySelector('ul');
  list.replaceChildren();
  const tied = new Map();
  if (typeof check === 'function') {
    for (const field of wordingFields(root)) {
      for (const finding of check(field.text, lang) ?? []) {
        const item = doc.createElement('li');
        item.id = `${field.id}-finding-${(tied.get(field.id) ?? []).length + 1}`;
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
        tied.set(field.id, [...(tied.get(field.id) ?? []), item.id]);
      }
    }
  }
  for (const field of root.querySelectorAll('[data-wording]')) {
    tieFindings(field, tied.get(field.id) ?? []);
  }
  section.hidden = list.children.length === 0;
  announce(section, list.children.length);
}

/** Sets a field's description to its own (first seen) plus its findings. */
function tieFindings(field, ids) {
  field.dataset.ownDescription ??= field.getAttribute('aria-describedby') ?? '';
  const description = [field.dataset.ownDescription, ...ids].join(' ').trim();
  if (description) field.setAttribute('aria-describedby', description);
  else field.removeAttribute('aria-describedby');
}

/** Says how many findings there are, in the status line, when that changes. */
function announce(section, count) {
  const status = section.ownerDocument.getElementById(`${section.id}-status`);
  if (!status) return;
  const message =
    count === 0
      ? status.textContent
        ? 'Wording check: nothing to change now.'
        : ''
      : `Wording check: ${count} ${count === 1 ? 'thing' : 'things'} to look at, listed under the form.`;
  if (status.textContent !== message) status.textContent = message;
}
