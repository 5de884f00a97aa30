/**
 * Where the optional files are, in the npm build (`lib/`): an app's bundler
 * (Vite, webpack, esbuild) sees these `import()` calls with fixed paths,
 * makes a chunk of each language and serves it from wherever it puts the
 * app's files. Nothing is resolved at run time, so nothing here can fail
 * before a request is made.
 *
 * The drop-in script replaces this file with files.script.ts (see
 * rollup.config.mjs), which finds its files beside the script instead.
 */

/** Why the files cannot be loaded here, if they cannot. */
export interface FileLocation {
  problem?: string;
}

export function whereFilesAre(): FileLocation {
  return {};
}

/** Each shipped language's strings, as a module exporting `templates`. */
export const languageModules: Record<string, () => Promise<unknown>> = {
  de: () => import('../locales/de.js'),
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
  it: () => import('../locales/it.js'),
  pt: () => import('../locales/pt.js'),
};
