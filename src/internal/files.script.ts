/**
 * Where the optional files are, in the drop-in script (`dist/`): beside the
 * script itself, `locales/<code>.js` and `features/<name>.js`, resolved from
 * the script's own URL, never the page's. rollup.config.mjs puts this file in
 * the place of files.ts.
 *
 * That URL is of no use when the script has none of its own: pasted inline
 * by a site builder (its URL is then the page's), or run from a `blob:` or
 * `data:` URL. The widgets then load nothing (they would ask the page's
 * site, or another site that a `<base href>` names, for files it does not
 * have) and show English, with one warning per file.
 */
import { targetLocales } from '../locales/locale-codes.js';
import type { FileLocation } from './files.js';

export type { FileLocation };

let location: FileLocation | undefined;

export function whereFilesAre(): FileLocation {
  location ??= find(import.meta.url);
  return location;
}

/**
 * An inline script's URL is the page's base URL; a real file's ends in
 * `.js` (a query, such as WordPress's `?ver=3`, is not part of the path).
 */
function find(scriptUrl: string): FileLocation {
  const url = new URL(scriptUrl);
  const ownFile =
    /^https?:$/.test(url.protocol) &&
    url.href !== document.baseURI &&
    /\.m?js$/.test(url.pathname);
  return ownFile
    ? {}
    : { problem: 'the script is not a file of its own (inline, blob: or data:)' };
}

/**
 * Each language file, `locales/<code>.js` beside the script: a relative
 * `import()` resolves against the URL of the module that makes it.
 */
export const languageModules: Record<string, () => Promise<unknown>> = Object.fromEntries(
  targetLocales.map((code) => [code, () => import(`./locales/${code}.js`)]),
);
