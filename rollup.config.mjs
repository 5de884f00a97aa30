import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinify } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import terser from '@rollup/plugin-terser';
import { resolve } from 'node:path';
import localize from './lit-localize.json' with { type: 'json' };

/**
 * The drop-in script: one self-registering, minified ES module with Lit and
 * English inside, plus one small file per other language in dist/locales/
 * and one per optional feature in dist/features/, each fetched only when a
 * widget needs it. Built from the compiled `lib/` (run `tsc` first), so the
 * bundle and the npm entry share one compilation.
 */
/** Calls `visit` with every node of the syntax tree `node`, depth first. */
function walk(node, visit) {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    if (key !== 'type' && typeof node[key] === 'object') walk(node[key], visit);
  }
}

/**
 * Drops the notes for translators from `msg(text, { desc })` calls. They
 * live in xliff/ for translators; no code reads them at run time, and they
 * were 60 strings in the script (~0.6 KiB gzip). Calls with any other option
 * are left alone. The text is blanked, not cut, so positions and source maps
 * stay right.
 */
function dropMsgDescriptions() {
  return {
    name: 'drop-msg-descriptions',
    transform(code, id) {
      if (!id.includes('/lib/') || !code.includes('desc')) return null;
      const cuts = [];
      walk(this.parse(code), (node) => {
        const [text, options] = node.arguments ?? [];
        if (
          node.type === 'CallExpression' &&
          node.callee.type === 'Identifier' &&
          node.callee.name === 'msg' &&
          node.arguments.length === 2 &&
          options.type === 'ObjectExpression' &&
          options.properties.length === 1 &&
          options.properties[0].type === 'Property' &&
          !options.properties[0].computed &&
          options.properties[0].key.name === 'desc'
        ) {
          cuts.push([text.end, options.end]);
        }
      });
      if (cuts.length === 0) return null;
      let result = code;
      for (const [start, end] of cuts) {
        const blank = code.slice(start, end).replace(/[^\n]/g, ' ');
        result = result.slice(0, start) + blank + result.slice(end);
      }
      return { code: result, map: null };
    },
  };
}

/**
 * The drop-in script finds its language and feature files beside itself
 * (lib/internal/files.script.js); the npm build leaves that to the app's
 * bundler (lib/internal/files.js, with an `import()` per language).
 */
function scriptFiles() {
  return {
    name: 'script-files',
    async resolveId(source, importer, options) {
      if (!/[\\/]files\.js$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, {
        ...options,
        skipSelf: true,
      });
      if (!resolved || !/[\\/]lib[\\/]internal[\\/]files\.js$/.test(resolved.id))
        return null;
      return resolved.id.replace(/files\.js$/, 'files.script.js');
    },
  };
}

const plugins = [
  scriptFiles(),
  // The markup and styles inside html`…` and css`…`, minified by Lit's own
  // plugin (html-minifier-next and lightningcss): terser leaves template
  // text alone, and the indentation alone is a tenth of the script.
  minifyTemplates({
    failOnError: true,
    // The minifier cannot parse a template that binds a tag name
    // (`<${tag}>` of lit/static-html.js): such a template ships as written.
    options: {
      shouldMinify: (template) =>
        defaultShouldMinify(template) &&
        !template.parts.slice(0, -1).some((part) => /<\/?$/.test(part.text)),
    },
  }),
  dropMsgDescriptions(),
  // Lit's default export condition is its production build; never resolve
  // the "development" condition into the shipped file.
  nodeResolve({ exportConditions: ['production', 'default', 'module', 'import'] }),
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
  }),
];

// @lit/localize declares no sideEffects; only what the widgets import from
// it is needed, not the runtime-mode loader that comes with its index.
const treeshake = {
  moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/]/.test(id),
};

/**
 * Optional features (a widget's code that only some pages use) are loaded
 * with `import()` when a widget needs them; rollup splits each into
 * `dist/features/<name>.js`. A feature imports nothing from the script (only,
 * if need be, another feature): the widget hands it what it needs (`msg`,
 * `renderIn`, …). An import of the script from a feature would load a second
 * copy of it on pages that add a query to the script's URL (WordPress adds
 * `?ver=`); scripts/check-size.mjs fails the build on one.
 */
const script = {
  input: 'lib/define.js',
  treeshake,
  output: {
    dir: 'dist',
    entryFileNames: 'cst-widgets.js',
    chunkFileNames: 'features/[name].js',
    format: 'es',
    sourcemap: true,
  },
  plugins,
};

/**
 * A language file also registers its strings under a global symbol when it
 * runs, so that a page can load it with its own script tag (with
 * `blocking="render"`, before the first paint) and widgets find the strings
 * at once, without waiting for their own import() of the same file.
 * src/internal/locale.ts reads the same symbol.
 */
function selfRegistering(locale) {
  const id = `\0register-${locale}`;
  return {
    name: 'register-language',
    resolveId: (source) => (source === id ? id : null),
    load: (moduleId) =>
      moduleId === id
        ? `import { templates } from ${JSON.stringify(resolve(`lib/locales/${locale}.js`))};
(globalThis[Symbol.for('cst-widgets.locales')] ??= {})[${JSON.stringify(locale)}] = templates;
export { templates };`
        : null,
  };
}

// One build per language, so that no chunk is shared with the script: each
// language file stands alone and the script stays one file.
const languages = localize.targetLocales.map((locale) => ({
  input: `\0register-${locale}`,
  output: { file: `dist/locales/${locale}.js`, format: 'es', sourcemap: true },
  treeshake,
  plugins: [selfRegistering(locale), ...plugins],
}));

export default [script, ...languages];
