/**
 * Which language each widget speaks, and the loading of language files.
 *
 * @lit/localize's runtime mode keeps one active locale per copy of the
 * library, but a bilingual page needs two widgets in two languages at once.
 * So the widgets use its *reentrant* mode: `msg()` asks `getLocale()` on
 * every call, and each widget sets the locale only while it renders
 * (`renderIn`). Rendering is synchronous, so no other widget can interleave.
 * The translations still come from the XLIFF files through `lit-localize
 * build`; only the way a locale is chosen differs.
 */
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../locales/locale-codes.js';
import { localeUrl } from '../locale-url.js';
import { normaliseLangTag } from './locale-tag.js';

export type Language = typeof sourceLocale | (typeof targetLocales)[number];

const TARGETS: readonly string[] = targetLocales;
const loaded = new Map<string, LocaleModule>();
const loading = new Map<string, Promise<void>>();
const failed = new Set<string>();
const REGISTRY = Symbol.for('cst-widgets.locales');
let rendering: string = sourceLocale;
let configured = false;

function configure() {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => rendering,
      loadLocaleSync: (locale) => loaded.get(locale),
    });
  } catch {
    // The page's own app already configured this copy of @lit/localize (an
    // npm build shared with the app). Its msg() stays in charge; the widgets
    // then speak English or the app's locale.
  }
}

/**
 * How a language file is fetched: a dynamic import of the file beside the
 * script. An object, so tests can make a load fail as a blocked network would.
 */
export const languageFiles = {
  load(language: string): Promise<LocaleModule> {
    // A plain variable, not an inlined call: terser would otherwise turn the
    // argument into a comma expression that import() reads as two arguments.
    const url: string = localeUrl(language);
    return import(/* @vite-ignore */ url) as Promise<LocaleModule>;
  },
};

/** Runs `body` (a synchronous render) with `msg()` answering in `language`. */
export function renderIn<T>(language: string, body: () => T): T {
  configure();
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

/** True when `language` can be rendered right now (English, or loaded). */
export function isReady(language: string): boolean {
  return language === sourceLocale || has(language) || failed.has(language);
}

/** The language to render in now: `language` if ready, else English. */
export function usable(language: string): string {
  return has(language) ? language : sourceLocale;
}

/**
 * True when the strings of `language` are at hand: imported by a widget, or
 * registered by the language file itself when the page loaded it with its
 * own script tag (see rollup.config.mjs) — then no widget waits for import().
 */
function has(language: string): boolean {
  const templates = (
    globalThis as { [REGISTRY]?: Record<string, LocaleModule['templates']> }
  )[REGISTRY]?.[language];
  if (templates && !loaded.has(language)) loaded.set(language, { templates });
  return loaded.has(language);
}

/**
 * Loads a language file once. Resolves when it is loaded or has failed; a
 * failure leaves the widgets in English, warns once and is not retried.
 */
export function loadLanguage(language: string): Promise<void> {
  if (isReady(language)) return Promise.resolve();
  let promise = loading.get(language);
  if (!promise) {
    promise = languageFiles.load(language).then(
      (module) => {
        loaded.set(language, module);
      },
      (error: unknown) => {
        failed.add(language);
        console.warn(
          `cst-widgets: could not load the "${language}" language file; showing English.`,
          error,
        );
      },
    );
    loading.set(language, promise);
  }
  return promise;
}
