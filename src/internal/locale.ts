/**
 * Which language each widget speaks, and its strings.
 *
 * @lit/localize's runtime mode keeps one active locale per copy of the
 * library, but a bilingual page needs two widgets in two languages at once.
 * So the widgets use its *reentrant* mode: `msg()` asks `getLocale()` on
 * every call, and each widget sets the locale only while it renders
 * (`renderIn`). Rendering is synchronous, so no other widget can interleave.
 * The translations still come from the XLIFF files through `lit-localize
 * build`; only the way a locale is chosen differs.
 *
 * @lit/localize can be configured once per copy. In an app that bundles the
 * npm build, that copy may be the app's own: so the widgets configure it
 * only when one of them first renders in a language other than English
 * (English needs no configuration), and when the app configured it first,
 * they warn once and show English.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';
import { languageModules } from './files.js';
import { normaliseLangTag } from './locale-tag.js';
import { OptionalFile } from './optional-file.js';

export type Language = typeof sourceLocale | (typeof targetLocales)[number];

const TARGETS: readonly string[] = targetLocales;
/**
 * Where a language file registers its strings when a page loads it with its
 * own script tag (rollup.config.mjs), before the script: the widgets then
 * find them at once, with no request and no English render first.
 */
const REGISTRY = Symbol.for('cst-widgets.locales');
let rendering: string = sourceLocale;
/** undefined: not tried yet; then whether the widgets' strings are in charge. */
let configured: boolean | undefined;

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

function configure(): boolean {
  if (configured !== undefined) return configured;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => rendering,
      loadLocaleSync: (locale) => languageFiles[locale]?.module,
    });
    configured = true;
  } catch {
    configured = false;
    console.warn(
      'cst-widgets: the page configured @lit/localize first, so the widgets show English.',
    );
  }
  return configured;
}

/** Runs `body` (a synchronous render) with `msg()` answering in `language`. */
export function renderIn<T>(language: string, body: () => T): T {
  const previous = rendering;
  rendering = language;
  try {
    return body();
  } finally {
    rendering = previous;
  }
}

function parse(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(normaliseLangTag(tag));
  } catch {
    return undefined;
  }
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

/**
 * The language to render in now: `language` if its strings are here (and
 * @lit/localize is the widgets' to configure), else English.
 */
export function usable(language: string): string {
  return languageFile(language)?.module && configure() ? language : sourceLocale;
}
