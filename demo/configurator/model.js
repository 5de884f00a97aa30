// What the configurator knows about the widgets, read from custom-elements.json
// at run time, and the HTML it writes. Pure functions: no DOM, no state.

/** The folder a site uploads the download's files to, when it hosts them itself. */
export const DEFAULT_FOLDER = '/cst-widgets/';

/**
 * The folder of the files on the public npm CDN (jsDelivr), for exactly this
 * version of the package: a pinned URL never changes under a site.
 */
export function cdnFolder(version) {
  return `https://cdn.jsdelivr.net/npm/cst-widgets@${encodeURIComponent(version)}/dist/`;
}

/**
 * The widgets of a custom-elements manifest, each with the attributes and
 * slots a site author can set, in the manifest's order (`lang` first).
 *
 * Attribute kinds, from the manifest's type text:
 * - `boolean`: present or absent (a checkbox);
 * - `choice`: a union of string literals, e.g. `'cards' | 'list'` (a radio
 *   group or a select); `| undefined` without a default adds "not set";
 * - `language`: the standard `lang` attribute (language and region);
 * - `text`: anything else (a text field).
 */
export function widgetsFrom(manifest) {
  const widgets = [];
  for (const module of manifest?.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const attributes = (declaration.attributes ?? [])
        .filter((attribute) => attribute.name)
        .map(describeAttribute);
      attributes.sort((a, b) => (b.kind === 'language') - (a.kind === 'language'));
      widgets.push({
        tag: declaration.tagName,
        summary: oneLine(declaration.summary ?? ''),
        attributes,
        slots: (declaration.slots ?? []).map((slot) => ({
          name: slot.name ?? '',
          description: oneLine(slot.description ?? ''),
          // A slot whose description shows a `<span slot="…">` (a heading's
          // text) takes one line of text, not paragraphs.
          inline: /<span slot=/.test(slot.description ?? ''),
        })),
      });
    }
  }
  return widgets;
}

function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').trim();
}

/** A manifest default as the attribute value it stands for: `'cards'` → `cards`. */
function unquote(value) {
  if (value === undefined) return undefined;
  const match = /^(['"`])(.*)\1$/s.exec(String(value).trim());
  return match ? match[2] : String(value).trim();
}

function describeAttribute(attribute) {
  const name = attribute.name;
  const description = oneLine(attribute.description ?? '');
  const typeText = (attribute.type?.text ?? '').trim();
  const fallback = unquote(attribute.default);
  if (name === 'lang') return { name, kind: 'language', description };
  if (typeText === 'boolean') {
    return { name, kind: 'boolean', description, default: fallback === 'true' };
  }
  const parts = typeText ? typeText.split('|').map((part) => part.trim()) : [];
  const literals = parts.filter((part) => /^(['"]).*\1$/s.test(part));
  const rest = parts.filter((part) => !literals.includes(part));
  if (
    literals.length > 0 &&
    rest.every((part) => part === 'undefined' || part === 'null')
  ) {
    const options = literals.map(unquote);
    const hasDefault = fallback !== undefined && options.includes(fallback);
    // A union with no default starts "not set" (the attribute left out).
    return {
      name,
      kind: 'choice',
      description,
      options,
      default: hasDefault ? fallback : '',
      optional: !hasDefault,
    };
  }
  return { name, kind: 'text', description, default: fallback ?? '' };
}

/** A language tag from its parts: `fr` + `CH` → `fr-CH`; no language → none. */
export function langTag(language, region) {
  if (!language) return '';
  return region ? `${language}-${region}` : language;
}

/**
 * Paragraphs of a text area: split at blank lines, each one's line breaks and
 * runs of spaces made one space (as HTML shows them anyway).
 */
export function paragraphs(text) {
  return String(text ?? '')
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The element a configuration describes: its tag, its attributes in order
 * (booleans with the value ''), and its children (one `<p>` per paragraph of
 * each slot's text, or one `<span>` for an inline slot; the default slot's
 * have no `slot` attribute). Values equal
 * to the default are left out, as is empty text.
 *
 * `values` maps attribute names to strings (`true`/`false` for booleans; for
 * `lang`, the language tag); `slots` maps slot names to text.
 */
export function elementSpec(widget, values, slots) {
  const attributes = [];
  for (const attribute of widget.attributes) {
    const value = values.get(attribute.name);
    if (attribute.kind === 'boolean') {
      if (value === true && !attribute.default) attributes.push([attribute.name, '']);
    } else if (typeof value === 'string' && value !== '' && value !== attribute.default) {
      // Text is written as typed: only what the widget shows, never trimmed
      // into something else.
      attributes.push([attribute.name, value]);
    }
  }
  const children = [];
  for (const slot of widget.slots) {
    const texts = paragraphs(slots.get(slot.name));
    if (slot.inline && texts.length > 0) {
      children.push({ tag: 'span', slot: slot.name, text: texts.join(' ') });
    } else {
      for (const text of texts) children.push({ tag: 'p', slot: slot.name, text });
    }
  }
  return { tag: widget.tag, attributes, children };
}

/** Text for HTML content: `&`, `<` and `>` escaped. */
export function escapeText(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text for a double-quoted HTML attribute value. */
export function escapeAttribute(text) {
  return escapeText(text).replace(/"/g, '&quot;');
}

/**
 * The folder of the script as typed, ending in `/`; the default when empty,
 * or when `folderProblem` finds something wrong with it.
 */
export function scriptFolder(typed) {
  const folder = String(typed ?? '').trim();
  if (!folder || folderProblem(folder)) return DEFAULT_FOLDER;
  return folder.endsWith('/') ? folder : `${folder}/`;
}

/**
 * Why a typed folder cannot be used, or '' when it can: a path from the root
 * of the site (`/cst-widgets/`), or an https: or http: address. A path
 * without its leading `/` would be looked up beside each page
 * (`/2026/05/my-post/cst-widgets/`), and is refused; so is any other scheme.
 */
export function folderProblem(typed) {
  const folder = String(typed ?? '').trim();
  if (!folder) return '';
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(folder);
  if (scheme) return /^https?$/i.test(scheme[1]) ? '' : 'scheme';
  if (folder.startsWith('//') || !folder.startsWith('/')) return 'relative';
  return '';
}

/** True when `folder` names another host than the page's own (a full address). */
export function isOtherHost(folder) {
  return /^https?:/i.test(String(folder).trim());
}

/** The language file a page needs for `lang`, or none for English or no language. */
export function languageFile(lang, languages) {
  const language = String(lang ?? '')
    .split('-')[0]
    .toLowerCase();
  return language && language !== 'en' && languages.includes(language)
    ? `locales/${language}.js`
    : '';
}

const LINE = 80;

/**
 * A module script tag. A script from the site's own folder holds the first
 * paint until it has run (`blocking="render"`), so the widgets appear drawn,
 * with no shift. A script from another host never does: if that host were
 * slow or down, the whole page would stay blank until the browser gives up.
 */
function scriptTag(src, blocking) {
  const attribute = blocking ? ' blocking="render"' : '';
  return `<script type="module" src="${escapeAttribute(src)}"${attribute}></script>`;
}

/**
 * The HTML to paste: the language file's script tag when the widget speaks a
 * shipped language other than English, the script tag, a blank line, and the
 * element. The start tag breaks one attribute a line when it would be longer
 * than 80 characters; each paragraph is a line of its own. `prerendered` is
 * the widget's declarative shadow root (prerender.js), written on one line
 * right after the start tag: the browser shows it before the script runs.
 */
export function snippet(
  spec,
  { folder = DEFAULT_FOLDER, languages = [], prerendered = '' } = {},
) {
  const base = scriptFolder(folder);
  const blocking = !isOtherHost(base);
  const lines = [];
  const lang = spec.attributes.find(([name]) => name === 'lang')?.[1];
  const file = languageFile(lang, languages);
  if (file) lines.push(scriptTag(base + file, blocking));
  lines.push(scriptTag(`${base}cst-widgets.js`, blocking), '');

  const attributes = spec.attributes.map(([name, value]) =>
    value === '' ? name : `${name}="${escapeAttribute(value)}"`,
  );
  const oneLineStart = `<${[spec.tag, ...attributes].join(' ')}>`;
  const start =
    oneLineStart.length <= LINE || attributes.length === 0
      ? oneLineStart
      : `<${spec.tag}\n${attributes.map((attribute) => `  ${attribute}`).join('\n')}>`;
  const end = `</${spec.tag}>`;
  if (spec.children.length === 0 && !prerendered) {
    lines.push(start + end);
  } else {
    lines.push(start);
    if (prerendered) lines.push(prerendered);
    for (const child of spec.children) {
      const slot = child.slot ? ` slot="${escapeAttribute(child.slot)}"` : '';
      lines.push(`  <${child.tag}${slot}>${escapeText(child.text)}</${child.tag}>`);
    }
    lines.push(end);
  }
  return lines.join('\n');
}

/**
 * The WordPress plugin's shortcode for the same element: `cst-ask-provider`
 * → `[cst_ask_provider]`, with the same attributes (booleans bare). A value
 * is written in double quotes with `"`, `[` and `]` as character references
 * (the shortcode would end at a quote or a bracket); the plugin prints them
 * back as they were. The slots' text has no place in a shortcode: the
 * returned `dropsSlots` says when some is left out.
 */
export function shortcode(spec) {
  const name = spec.tag.replace(/-/g, '_');
  const attributes = spec.attributes.map(([attribute, value]) =>
    value === ''
      ? attribute
      : `${attribute}="${String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\[/g, '&#91;').replace(/\]/g, '&#93;')}"`,
  );
  return {
    text: `[${[name, ...attributes].join(' ')}]`,
    dropsSlots: spec.children.length > 0,
  };
}

/**
 * The Content-Security-Policy lines a strict site needs, from the README's
 * "Security and privacy": the script's origin joins `script-src` when it is
 * not the page's own, and a pre-rendered snippet's `<style>` hashes join
 * `style-src` (an inline style needs one).
 */
export function policyFor(folder, pageOrigin, styleHashes = []) {
  const base = scriptFolder(folder);
  let source = "'self'";
  try {
    const url = new URL(base, pageOrigin);
    if (/^https?:$/.test(url.protocol) && url.origin !== new URL(pageOrigin).origin) {
      source = `'self' ${url.origin}`;
    }
  } catch {
    // A folder that does not parse is the page's own.
  }
  return [
    `Content-Security-Policy: default-src 'self'; script-src ${source}; style-src ${["'self'", ...styleHashes].join(' ')};`,
    "  object-src 'none'; base-uri 'none';",
    "  require-trusted-types-for 'script'; trusted-types lit-html",
  ].join('\n');
}
