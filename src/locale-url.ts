/**
 * Where a language file lives: `locales/<code>.js` beside the module that
 * contains this code. In the drop-in script that module is
 * dist/cst-widgets.js itself, in the npm build it is lib/locale-url.js, so
 * the files sit at dist/locales/ and lib/locales/ — resolved from the
 * script's own URL, never the page's. This is why this file lives at the top
 * of src/ and not in src/internal/.
 */
export function localeUrl(locale: string): string {
  return new URL(`./locales/${locale}.js`, import.meta.url).href;
}
