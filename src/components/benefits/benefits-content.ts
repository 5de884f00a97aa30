/**
 * A site's own words for `<cst-benefits>`, as a JSON document: a
 * `<script type="application/json">` child of the element and/or a file at
 * `content-src` on the page's own origin. Loaded by own-words.ts only for a
 * widget that has one (the drop-in script ships it as
 * dist/features/benefits-content.js).
 *
 * The document (README, "Your own words"):
 *
 *     {
 *       "title": "…",                 the top heading
 *       "intro": ["…", "…"],          1–5 paragraphs (or one string)
 *       "closing": "…",
 *       "labels": { "reported": "…", "research": "…", "evidence": "…", "sources": "…" },
 *       "topics": [                   at most 20
 *         { "id": "pain", "title": "…" },   a built-in topic: what you give changes
 *         { "id": "massage", "title": "…", "reported": "…", "research": "…",
 *           "evidence": "…", "citations": [{ "text": "…", "url": "https://…" }] }
 *       ]
 *     }
 *
 * Every field is optional, but a topic of the site's own needs a title, what
 * people report, what research shows and an evidence label: a topic that
 * does not say what research shows is never shown. Anything wrong (not JSON,
 * a wrong type, an unknown field, too long, a link that is not http(s)) gets
 * one console warning that says what and where, and that part keeps our
 * words. Nothing here throws, and every string is shown as text.
 *
 * Where the child and `content-src` both set a field, the child wins: the
 * file can hold a site's words for every page, the child a page's own.
 */
import type { ReaderKit as Kit } from '../../internal/own-words-reader.js';
import type { Labels, Topic } from '../../content/benefits.js';
import type { Citation } from '../../content/citations.js';

/**
 * What a site replaces in `<cst-benefits>`. Text, or nodes made here (a
 * `<slot>`, paragraphs whose text is set as text): Lit inserts a node as it
 * is, and leaves it in place while the same words are shown.
 */
export interface OwnWords {
  /** The top heading's text. */
  title: unknown;
  /** The whole introduction. */
  intro: unknown;
  /** The closing paragraph. */
  closing: unknown;
  labels: Partial<Labels>;
  /** Our topics, with the site's changes and its own topics after them. */
  topics: (ours: Record<string, Topic>) => Record<string, Topic>;
}

/**
 * An object of the fields given, with no prototype: reading a field it
 * lacks gives undefined, whatever another script added to
 * `Object.prototype`.
 */
function bare<T extends object>(...parts: Partial<T>[]): T {
  return Object.assign(Object.create(null) as T, ...parts);
}

/** How much is read: a document, a text, an intro, topics, citations, a URL. */
export const LIMITS = {
  document: 100_000,
  text: 2_000,
  paragraphs: 5,
  topics: 20,
  citations: 10,
  url: 2_000,
};

const FIELDS = ['title', 'intro', 'closing', 'labels', 'topics'];
const LABELS = ['reported', 'research', 'evidence', 'sources'];
const TOPIC = ['id', 'title', 'reported', 'research', 'evidence', 'citations'];
const CITATION = ['text', 'url'];
/** What a topic of the site's own must say, in the order it shows. */
const REQUIRED = ['title', 'reported', 'research', 'evidence'] as const;
/** Lower-case letters, digits and dashes: usable in `benefits="…"` and as an id. */
const ID = /^[a-z][a-z0-9-]{0,39}$/;

type Text = (typeof REQUIRED)[number];

/** A topic as a document gives it: only the fields it got right. */
interface TopicWords extends Partial<Record<Text, string>> {
  id: string;
  citations?: Citation[];
  /** Where it was first given, for warnings: `content.topics[2] ("sleep")`. */
  where: string;
  /** In which document. */
  from: string;
}

/** A document's words that passed every check. */
export interface Words {
  title?: string;
  intro?: string[];
  closing?: string;
  labels: Partial<Labels>;
  topics: TopicWords[];
}

const warn = (message: string) => console.warn(`cst-benefits: ${message}`);

/** A short, quoted form of author text for a warning. */
const quote = (text: string) =>
  JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** What a JSON value is, in words: "a number", "a list", "null". */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const IGNORED = 'it is ignored';

/** `did you mean "research"?`, or the names it could be. */
function near(name: string, known: readonly string[], kit: Kit): string {
  const best = kit.suggest(name, known);
  return best ? `did you mean "${best}"?` : `the known ones are ${known.join(', ')}.`;
}
const LEFT_OUT = 'the citation is left out';

/**
 * Checks one document. Each problem gets one warning that names the field
 * (`content.topics[2].title`), the problem, what happens, and `from` (which
 * document); whatever is wrong is left out, so our words stay there.
 */
export function check(value: unknown, from: string, kit: Kit): Words {
  const words = bare<Words>({ labels: bare({}), topics: [] });
  const say = (path: string, problem: string) => warn(`${path} ${problem} (in ${from}).`);

  /** An object, its unknown fields warned about (and ignored). */
  const object = (
    value: unknown,
    path: string,
    known: readonly string[],
    then = IGNORED,
  ) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      say(path, `should be an object ({ … }), not ${kind(value)}; ${then}`);
      return undefined;
    }
    const fields = value as Record<string, unknown>;
    for (const name of Object.keys(fields)) {
      if (!known.includes(name)) {
        say(
          `${path}.${name.slice(0, 40)}`,
          `is not a known field; ${near(name, known, kit)} It is ignored`,
        );
      }
    }
    return fields;
  };

  /** Author text: a string, not blank, not too long; trimmed. */
  const text = (value: unknown, path: string, then = IGNORED): string | undefined => {
    if (value === undefined) say(path, `is missing; ${then}`);
    else if (typeof value !== 'string') {
      say(path, `should be text (in "quotes"), not ${kind(value)}; ${then}`);
    } else if (value.trim() === '') say(path, `is empty; ${then}`);
    else if (value.trim().length > LIMITS.text) {
      say(path, `is longer than ${LIMITS.text} characters; ${then}`);
    } else return value.trim();
    return undefined;
  };

  /** A list, of which at most `max` items are read. */
  const list = (value: unknown, path: string, max: number): unknown[] | undefined => {
    if (!Array.isArray(value)) {
      say(path, `should be a list ([ … ]), not ${kind(value)}; ${IGNORED}`);
      return undefined;
    }
    if (value.length > max) {
      say(path, `has ${value.length} items; the first ${max} are read, the rest ignored`);
    }
    return value.slice(0, max);
  };

  const citation = (value: unknown, path: string): Citation | undefined => {
    const fields = object(value, path, CITATION, LEFT_OUT);
    const short = fields && text(fields.text, `${path}.text`, LEFT_OUT);
    const written = short && text(fields.url, `${path}.url`, LEFT_OUT);
    if (!written) return undefined;
    const url = kit.safeHref(written);
    if (url && /^https?:/.test(url)) return { short, url, journal: new URL(url).host };
    say(
      `${path}.url`,
      `${quote(written)} is not an https:// or http:// link; ${LEFT_OUT}`,
    );
    return undefined;
  };

  const topic = (value: unknown, path: string): TopicWords | undefined => {
    const then = 'the topic is left out';
    const fields = object(value, path, TOPIC, then);
    if (!fields) return undefined;
    const id = fields.id;
    if (typeof id !== 'string' || !ID.test(id)) {
      say(
        `${path}.id`,
        `${id === undefined ? 'is missing' : `${typeof id === 'string' ? quote(id) : kind(id)} is not an id`}: write lower-case letters, digits and dashes, starting with a letter (e.g. "my-topic"); ${then}`,
      );
      return undefined;
    }
    const result = bare<TopicWords>({ id, where: `${path} ("${id}")`, from });
    for (const name of REQUIRED) {
      const value = Object.hasOwn(fields, name)
        ? text(fields[name], `${path}.${name}`)
        : undefined;
      if (value) result[name] = value;
    }
    if (Object.hasOwn(fields, 'citations')) {
      const path2 = `${path}.citations`;
      const given = list(fields.citations, path2, LIMITS.citations);
      // A citation that is wrong is left out (warned); the others stay.
      if (given) {
        result.citations = given
          .map((entry, index) => citation(entry, `${path2}[${index}]`))
          .filter((entry): entry is Citation => !!entry);
      }
    }
    return result;
  };

  const fields = object(value, 'content', FIELDS, 'our words are shown');
  if (!fields) return words;
  for (const name of ['title', 'closing'] as const) {
    const value = Object.hasOwn(fields, name)
      ? text(fields[name], `content.${name}`)
      : undefined;
    if (value) words[name] = value;
  }
  if (Object.hasOwn(fields, 'intro')) {
    const given = typeof fields.intro === 'string' ? [fields.intro] : fields.intro;
    const paragraphs = list(given, 'content.intro', LIMITS.paragraphs)?.map(
      (entry, index) => text(entry, `content.intro[${index}]`, 'so our intro is shown'),
    );
    // Half an intro would read oddly: any paragraph wrong keeps ours whole.
    if (paragraphs?.length === 0) say('content.intro', 'is an empty list; it is ignored');
    else if (paragraphs?.every(Boolean)) words.intro = paragraphs as string[];
  }
  if (Object.hasOwn(fields, 'labels')) {
    const labels = object(fields.labels, 'content.labels', LABELS);
    for (const name of LABELS) {
      const value =
        labels && Object.hasOwn(labels, name)
          ? text(labels[name], `content.labels.${name}`)
          : undefined;
      if (value) words.labels[name as keyof Labels] = value;
    }
  }
  if (Object.hasOwn(fields, 'topics')) {
    const seen = new Set<string>();
    list(fields.topics, 'content.topics', LIMITS.topics)?.forEach((entry, index) => {
      const given = topic(entry, `content.topics[${index}]`);
      if (given && seen.has(given.id)) {
        say(given.where, 'has an id given earlier in the list; it is left out');
      } else if (given) {
        seen.add(given.id);
        words.topics.push(given);
      }
    });
  }
  return words;
}

/** `top` laid over `base`, field by field: where both give one, `top` wins. */
function merge(base: Words, top: Words): Words {
  const topics = base.topics.map((entry) => bare<TopicWords>(entry));
  for (const entry of top.topics) {
    const same = topics.find((t) => t.id === entry.id);
    if (same) Object.assign(same, { ...entry, where: same.where, from: same.from });
    else topics.push(entry);
  }
  return bare<Words>(base, top, {
    labels: bare(base.labels, top.labels),
    topics,
  });
}

/** A paragraph of author text, set as text: never parsed as markup. */
function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

/**
 * The merged words as a widget uses them. A built-in topic keeps our words
 * for whatever the documents leave out; a topic of the site's own that does
 * not say all it must is left out, with a warning (once).
 */
function ownWords(words: Words): Partial<OwnWords> {
  const own: Partial<OwnWords> = { labels: words.labels };
  if (words.title) own.title = words.title;
  // Our intro's study backs our intro's words, so it goes with them.
  if (words.intro) own.intro = words.intro.map(paragraph);
  if (words.closing) {
    // In the place of ours, as ours: the closing part.
    const closing = paragraph(words.closing);
    closing.part = 'closing';
    closing.className = 'closing';
    own.closing = closing;
  }
  const warned = new Set<TopicWords>();
  if (words.topics.length > 0) {
    own.topics = (ours) => {
      const all = { ...ours };
      for (const entry of words.topics) {
        const ours = Object.hasOwn(all, entry.id) ? all[entry.id] : undefined;
        const topic = bare<Partial<Topic>>(ours ?? {});
        for (const name of REQUIRED) if (entry[name]) topic[name] = entry[name];
        if (entry.citations) topic.citations = entry.citations;
        const missing = REQUIRED.filter((name) => !topic[name]);
        if (missing.length === 0) {
          all[entry.id] = { citations: [], ...topic } as Topic;
        } else if (!warned.has(entry)) {
          warned.add(entry);
          warn(
            `${entry.where} ${
              missing.includes('research')
                ? 'does not say what research shows ("research"): every topic must, so it is not shown'
                : `has no ${missing.map((name) => `"${name}"`).join(', ')}: a topic of your own needs a title, what people report ("reported"), what research shows ("research") and an evidence label ("evidence"), so it is not shown`
            } (in ${entry.from}).`,
          );
        }
      }
      return all;
    };
  }
  return own;
}

const CHILD = 'the <script type="application/json"> inside the element';

/** Parses and checks a document's text; undefined (warned) when unusable. */
function parse(text: string, from: string, kit: Kit, type = ''): Words | undefined {
  if (text.length > LIMITS.document) {
    warn(
      `the document is longer than ${LIMITS.document} characters, so it is ignored (in ${from}).`,
    );
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    warn(
      `the document is not valid JSON (${(error as Error).message})${type && !/json/i.test(type) ? `: the server sent ${type.slice(0, 60)}` : ''}, so it is ignored (in ${from}).`,
    );
    return undefined;
  }
  return check(value, from, kit);
}

/** Reads `content-src`: same origin, http(s) only, no cookies elsewhere. */
export async function fetchWords(src: string, kit: Kit): Promise<Words | undefined> {
  const from = `content-src ${quote(src)}`;
  let url: URL | undefined;
  try {
    url = src.length > LIMITS.url ? undefined : new URL(src, document.baseURI);
  } catch {
    // Reported below.
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    warn(
      `${from} is not a valid https:// or http:// link${src.length > LIMITS.url ? ` (it is over ${LIMITS.url} characters)` : ''}, so it is ignored.`,
    );
    return undefined;
  }
  if (url.origin !== location.origin) {
    warn(
      `${from} is not on this site (${location.origin}): only a file from the page's own origin is read, so it is ignored.`,
    );
    return undefined;
  }
  let response: Response;
  let text: string;
  try {
    // same-origin mode: a redirect to another site fails, no cookie leaves.
    response = await fetch(url, {
      mode: 'same-origin',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      warn(
        `${from} could not be loaded: the server answered ${response.status}, so it is ignored.`,
      );
      return undefined;
    }
    if (Number(response.headers.get('content-length')) > LIMITS.document * 4) {
      warn(`${from} is longer than ${LIMITS.document} characters, so it is ignored.`);
      return undefined;
    }
    text = await response.text();
  } catch (error) {
    warn(`${from} could not be loaded (${(error as Error).message}), so it is ignored.`);
    return undefined;
  }
  return parse(text, from, kit, response.headers.get('content-type') ?? '');
}

/** The JSON children of `el`, and its other `<script>` children. */
function scripts(el: Element): [HTMLScriptElement[], HTMLScriptElement[]] {
  const all = [...el.children].filter(
    (child): child is HTMLScriptElement => child.localName === 'script',
  );
  const isJson = (script: HTMLScriptElement) =>
    script.type.trim().toLowerCase() === 'application/json';
  return [all.filter(isJson), all.filter((script) => !isJson(script))];
}

/** The text of `el`'s JSON child (the first), or undefined. */
export function childText(el: Element): string | undefined {
  return scripts(el)[0][0]?.textContent ?? undefined;
}

/** The child text last read per widget, and its words, so each warns once. */
const parsed = new WeakMap<Element, { text?: string; words?: Words }>();

/**
 * The site's words for `el`: its JSON child over `fetched` (from
 * `content-src`), or undefined when it has neither.
 */
export function words(
  el: Element,
  fetched: Words | undefined,
  kit: Kit,
): Partial<OwnWords> | undefined {
  const text = childText(el);
  let last = parsed.get(el);
  if (!last || last.text !== text) {
    const [json, others] = scripts(el);
    for (const script of others) {
      if (/json/i.test(script.type)) {
        warn(
          `a <script type=${quote(script.type)}> inside the element is not read: write type="application/json".`,
        );
      }
    }
    if (json.length > 1) {
      warn('only the first <script type="application/json"> inside the element is read.');
    }
    last = { text, words: text === undefined ? undefined : parse(text, CHILD, kit) };
    parsed.set(el, last);
  }
  const child = last.words;
  const merged = fetched && child ? merge(fetched, child) : (child ?? fetched);
  return merged && ownWords(merged);
}
