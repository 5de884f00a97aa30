/**
 * Which language each widget speaks, and its strings.
 *
 * A bilingual page needs two widgets in two languages at once, so there is
 * no page-wide locale: each widget speaks its own language while it renders
 * (`renderIn`, through the widgets' own `msg()` in msg.ts). Rendering is
 * synchronous, so no other widget can interleave. The translations come from
 * the XLIFF files through `lit-localize build`.
 */
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';
import { languageModules } from './files.js';
import { normaliseLangTag } from './locale-tag.js';
import { speak } from './msg.js';
import { OptionalFile } from './optional-file.js';

export type Language = typeof sourceLocale | (typeof targetLocales)[number];

const TARGETS: readonly string[] = targetLocales;
/**
 * Where a language file registers its strings when a page loads it with its
 * own script tag (rollup.config.mjs), before the script: the widgets then
 * find them at once, with no request and no English render first.
 */
const REGISTRY = Symbol.for('cst-widgets.locales');

/** The language files, one optional file each (optional-file.ts). */
export const languageFiles: Record<
  string,
  OptionalFile<LocaleModule>
> = Object.fromEntries(
  TARGETS.map((code) => [
    code,
    new OptionalFile({
      file: `locales/${code}.js`,
      fallback: `widgets in "${code}" show English`,
      load: () => registered(code) ?? languageModules[code]!(),
      exports: ['templates'],
    }),
  ]),
);

/** Runs `body` (a synchronous render) with `msg()` answering in `language`. */
export function renderIn<T>(language: string, body: () => T): T {
  return speak(languageFile(language)?.module?.templates, body);
}

/**
 * Parsed tags, by tag as written: every widget asks for its language and
 * region on every render, and a page has few distinct tags.
 */
const parsed = new Map<string, Intl.Locale | undefined>();

function parse(tag: string): Intl.Locale | undefined {
  if (parsed.has(tag)) return parsed.get(tag);
  let locale: Intl.Locale | undefined;
  try {
    locale = new Intl.Locale(normaliseLangTag(tag));
  } catch {
    locale = undefined;
  }
  parsed.set(tag, locale);
  return locale;
}

/** The shipped language for a BCP 47 tag: `es-MX` → `es`; unknown → `en`. */
export function languageOf(tag: string): Language {
  const language = parse(tag)?.language;
  return language && TARGETS.includes(language) ? (language as Language) : sourceLocale;
}

/** The region of a tag, upper-case (`en-gb` → `GB`), or undefined. */
export function regionOf(tag: string): string | undefined {
  return parse(tag)?.region;
}

/**
 * The language tag that applies to `el`: its own `lang`, else the nearest
 * ancestor's (through shadow roots), else `<html lang>`, else ''. As in HTML,
 * `lang=""` means "unknown language" and stops the search.
 */
export function langTagOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag !== null) return tag.trim();
    const parent: Element | null = node.parentElement;
    node =
      parent ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return '';
}

/** The file of `language`, or undefined for English (built in). */
export const languageFile = (language: string): OptionalFile<LocaleModule> | undefined =>
  languageFiles[language];

/**
 * The strings of a language file that the page loaded with its own script
 * tag, before the script: used at once, with no request.
 */
function registered(code: string): Promise<LocaleModule> | undefined {
  const registry = (
    globalThis as { [REGISTRY]?: Record<string, LocaleModule['templates']> }
  )[REGISTRY];
  const templates =
    registry && Object.hasOwn(registry, code) ? registry[code] : undefined;
  return templates && Promise.resolve({ templates });
}

/** The language to render in now: `language` if its strings are here, else English. */
export function usable(language: string): string {
  return languageFile(language)?.module ? language : sourceLocale;
}
