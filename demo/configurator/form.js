// Form controls for one widget, made from its manifest description
// (model.js): a control for every attribute and a text area for every slot,
// each with a label and the manifest's description as its hint. Nothing here
// knows a widget by name, so attributes and slots added to the components
// appear without a change.

/** More options than this: a select instead of a radio group. */
const MAX_RADIOS = 4;

/** Regions offered for the language tag (the emergency number follows them). */
// prettier-ignore
export const REGIONS = [
  'AR', 'AT', 'AU', 'BE', 'BR', 'CA', 'CH', 'CL', 'CO', 'DE', 'ES', 'FR', 'GB', 'IE',
  'IT', 'LU', 'MX', 'NL', 'NZ', 'PT', 'US',
];

function create(doc, tag, properties = {}, children = []) {
  const el = doc.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key in el && typeof value !== 'string') el[key] = value;
    else el.setAttribute(key, value);
  }
  el.append(...children);
  return el;
}

/** `contact-href` → "Contact link": a label from an attribute or slot name. */
export function labelFor(name) {
  const words = name
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => (word === 'href' ? 'link' : word));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A manifest description as text, with `code` spans as <code>. */
function describe(doc, text) {
  return String(text)
    .split('`')
    .map((part, i) =>
      i % 2 ? create(doc, 'code', {}, [part]) : doc.createTextNode(part),
    );
}

function hint(doc, id, code, description) {
  const parts = [create(doc, 'code', {}, [code])];
  if (description) parts.push(doc.createTextNode(': '), ...describe(doc, description));
  return create(doc, 'p', { class: 'hint', id }, parts);
}

function idFor(tag, kind, name) {
  return `${tag}--${kind}-${name || 'default'}`;
}

function languageName(code) {
  try {
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    const english = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    const capitalised = own.charAt(0).toLocaleUpperCase(code) + own.slice(1);
    return capitalised === english ? english : `${capitalised} (${english})`;
  } catch {
    return code;
  }
}

function regionName(code) {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A select of `[value, text, lang?]` options; `lang` names the text's language. */
function select(doc, id, describedBy, options) {
  const el = create(doc, 'select', { id, 'aria-describedby': describedBy });
  for (const [value, text, lang] of options)
    el.append(create(doc, 'option', lang ? { value, lang } : { value }, [text]));
  return el;
}

function languageControl(doc, widget, attribute, languages) {
  const base = idFor(widget.tag, 'attr', attribute.name);
  const hintId = `${base}-hint`;
  const languageSelect = select(doc, `${base}-language`, hintId, [
    ['', "Not set: the page's language"],
    // Each language is named in itself first ("Deutsch (German)"), so its
    // name is read in that language.
    ...languages.map((code) => [code, languageName(code), code]),
  ]);
  const regions = REGIONS.map((code) => [code, regionName(code)]).sort((a, b) =>
    a[1].localeCompare(b[1], 'en'),
  );
  const regionHintId = `${base}-region-hint`;
  const regionSelect = select(doc, `${base}-region`, `${regionHintId} ${hintId}`, [
    ['', 'No region'],
    ...regions.map(([code, name]) => [code, `${name} (${code})`]),
  ]);
  return create(
    doc,
    'fieldset',
    { class: 'field language', dataset: { attribute: attribute.name } },
    [
      create(doc, 'legend', {}, ['Language and region']),
      create(doc, 'div', { class: 'pair' }, [
        create(doc, 'div', {}, [
          create(doc, 'label', { for: languageSelect.id }, ['Language']),
          languageSelect,
        ]),
        create(doc, 'div', {}, [
          create(doc, 'label', { for: regionSelect.id }, ['Region']),
          regionSelect,
          create(doc, 'p', { class: 'hint', id: regionHintId }, [
            'Chooses the emergency number. Needs a language.',
          ]),
        ]),
      ]),
      hint(doc, hintId, attribute.name, attribute.description),
    ],
  );
}

function attributeControl(doc, widget, attribute, languages) {
  if (attribute.kind === 'language') {
    return languageControl(doc, widget, attribute, languages);
  }
  const id = idFor(widget.tag, 'attr', attribute.name);
  const hintId = `${id}-hint`;
  const label = labelFor(attribute.name);
  const dataset = { attribute: attribute.name, kind: attribute.kind };
  const attributeHint = hint(doc, hintId, attribute.name, attribute.description);

  if (attribute.kind === 'boolean') {
    return create(doc, 'div', { class: 'field check', dataset }, [
      create(doc, 'input', { type: 'checkbox', id, 'aria-describedby': hintId }),
      create(doc, 'label', { for: id }, [label]),
      attributeHint,
    ]);
  }

  if (attribute.kind === 'choice') {
    const choices = [
      ...(attribute.optional ? [['', 'Not set']] : []),
      ...attribute.options.map((option) => [
        option,
        option === attribute.default ? `${option} (default)` : option,
      ]),
    ];
    if (choices.length > MAX_RADIOS) {
      return create(doc, 'div', { class: 'field', dataset }, [
        create(doc, 'label', { for: id }, [label]),
        select(doc, id, hintId, choices),
        attributeHint,
      ]);
    }
    return create(
      doc,
      'fieldset',
      { class: 'field radios', id, 'aria-describedby': hintId, dataset },
      [
        create(doc, 'legend', {}, [label]),
        create(
          doc,
          'div',
          { class: 'options' },
          choices.map(([value, text], i) =>
            create(doc, 'label', {}, [
              create(doc, 'input', {
                type: 'radio',
                name: id,
                value,
                id: `${id}-${i}`,
              }),
              text,
            ]),
          ),
        ),
        attributeHint,
      ],
    );
  }

  return create(doc, 'div', { class: 'field text', dataset }, [
    create(doc, 'label', { for: id }, [label]),
    create(doc, 'input', {
      type: 'text',
      id,
      'aria-describedby': hintId,
      autocomplete: 'off',
      dataset: { wording: '' },
    }),
    attributeHint,
  ]);
}

function slotControl(doc, widget, slot) {
  const id = idFor(widget.tag, 'slot', slot.name);
  const hintId = `${id}-hint`;
  const tag = slot.inline ? 'span' : 'p';
  const code = slot.name ? `<${tag} slot="${slot.name}">` : `<${tag}>`;
  return create(doc, 'div', { class: 'field text', dataset: { slot: slot.name } }, [
    create(doc, 'label', { for: id }, [
      slot.name ? `${labelFor(slot.name)} text` : 'Your own text',
    ]),
    create(doc, 'textarea', {
      id,
      rows: '4',
      'aria-describedby': hintId,
      dataset: { wording: '' },
    }),
    create(doc, 'p', { class: 'hint', id: hintId }, [
      ...describe(doc, slot.description),
      slot.inline
        ? ' Optional. The text becomes a '
        : ' Optional. Each paragraph (after a blank line) becomes a ',
      create(doc, 'code', {}, [code]),
      '.',
    ]),
  ]);
}

/**
 * The controls of `widget`, in `doc`: a fieldset of its attributes and, if it
 * has slots, one of its slots. `languages` are the shipped language codes.
 */
export function buildControls(doc, widget, languages) {
  const parts = [
    create(doc, 'fieldset', { class: 'group' }, [
      create(doc, 'legend', {}, [
        'Attributes of ',
        create(doc, 'code', {}, [widget.tag]),
      ]),
      ...widget.attributes.map((attribute) =>
        attributeControl(doc, widget, attribute, languages),
      ),
    ]),
  ];
  if (widget.slots.length > 0) {
    parts.push(
      create(doc, 'fieldset', { class: 'group' }, [
        create(doc, 'legend', {}, [
          'Text inside ',
          create(doc, 'code', {}, [widget.tag]),
        ]),
        ...widget.slots.map((slot) => slotControl(doc, widget, slot)),
      ]),
    );
  }
  return parts;
}

function byData(root, key, name) {
  for (const el of root.querySelectorAll(`[data-${key}]`)) {
    if (el.dataset[key] === name) return el;
  }
  return undefined;
}

/** The control (or group of controls) of an attribute, or of a slot. */
export function controlOf(root, kind, name) {
  return byData(root, kind === 'slot' ? 'slot' : 'attribute', name);
}

/**
 * Reads the controls: attribute values (`true`/`false` for booleans, the
 * language tag for `lang`) and slot texts, as model.js's `elementSpec` takes
 * them. Also disables the region while no language is chosen.
 */
export function readControls(root, widget) {
  const values = new Map();
  for (const attribute of widget.attributes) {
    const field = controlOf(root, 'attribute', attribute.name);
    if (!field) continue;
    if (attribute.kind === 'language') {
      const [language, region] = field.querySelectorAll('select');
      region.disabled = !language.value;
      values.set(
        attribute.name,
        language.value ? [language.value, region.value].filter(Boolean).join('-') : '',
      );
    } else if (attribute.kind === 'boolean') {
      values.set(attribute.name, field.querySelector('input').checked);
    } else if (field.matches('fieldset')) {
      values.set(attribute.name, field.querySelector('input:checked')?.value ?? '');
    } else {
      values.set(attribute.name, field.querySelector('input, select').value);
    }
  }
  const slots = new Map();
  for (const slot of widget.slots) {
    const field = controlOf(root, 'slot', slot.name);
    if (field) slots.set(slot.name, field.querySelector('textarea').value);
  }
  return { values, slots };
}

/** Sets the controls to the defaults of `widget` (all text empty). */
export function resetControls(root, widget) {
  for (const attribute of widget.attributes) {
    const field = controlOf(root, 'attribute', attribute.name);
    if (!field) continue;
    if (attribute.kind === 'boolean') {
      field.querySelector('input').checked = attribute.default;
    } else if (attribute.kind === 'choice') {
      for (const input of field.querySelectorAll('input[type="radio"]')) {
        input.checked = input.value === attribute.default;
      }
      const choice = field.querySelector('select');
      if (choice) choice.value = attribute.default;
    } else if (attribute.kind === 'text') {
      field.querySelector('input').value = '';
    }
  }
  readControls(root, widget);
}
