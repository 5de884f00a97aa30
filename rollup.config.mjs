import { nodeResolve } from '@rollup/plugin-node-resolve';
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
/**
 * Collapses the whitespace and comments inside css`…` templates: the styles
 * are a large part of the script, and terser leaves template text alone.
 */
function minifyCss() {
  return {
    name: 'minify-css-templates',
    transform(code, id) {
      if (!id.includes('/lib/')) return null;
      const minified = code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => {
        const compact = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,>])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${compact}\``;
      });
      return minified === code ? null : { code: minified, map: null };
    },
  };
}

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
 * Collapses each run of whitespace in the text of html`…` templates to one
 * space, and drops it where it cannot show: before the `>` that ends a tag,
 * and beside the tags of block elements (at the start or end of a line, or
 * between blocks, a browser draws no space). The indentation of the
 * templates was 0.2 KiB gzip of the script. The widgets have no
 * preformatted text, and the expressions inside `${…}` are left as they are.
 */
const BLOCK = '(?:p|div|ul|ol|li|section|h[1-6])';
const SPACE_BEFORE_BLOCK = new RegExp(` (?=</?${BLOCK}[ >])`, 'g');
const SPACE_AFTER_BLOCK = new RegExp(`(</?${BLOCK}>) `, 'g');

function compactTemplateText(text) {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ >/g, '>')
    .replace(SPACE_BEFORE_BLOCK, '')
    .replace(SPACE_AFTER_BLOCK, '$1');
}

function collapseHtmlWhitespace() {
  return {
    name: 'collapse-html-whitespace',
    transform(code, id) {
      if (!id.includes('/lib/') || !/\bhtml\s*`/.test(code)) return null;
      const quasis = [];
      walk(this.parse(code), (node) => {
        if (
          node.type === 'TaggedTemplateExpression' &&
          node.tag.type === 'Identifier' &&
          node.tag.name === 'html'
        ) {
          quasis.push(...node.quasi.quasis);
        }
      });
      if (quasis.length === 0) return null;
      let result = '';
      let last = 0;
      for (const { start, end } of quasis.sort((a, b) => a.start - b.start)) {
        result += code.slice(last, start) + compactTemplateText(code.slice(start, end));
        last = end;
      }
      return { code: result + code.slice(last), map: null };
    },
  };
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

const plugins = [
  minifyCss(),
  collapseHtmlWhitespace(),
  dropMsgDescriptions(),
  // Lit's default export condition is its production build; never resolve
  // the "development" condition into the shipped file.
  nodeResolve({ exportConditions: ['production', 'default', 'module', 'import'] }),
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2 },
    // Private members (`_name`) are never read from outside the script, so
    // their names can be short. `_$…` names are Lit's cross-version protocol
    // and stay. No code may name a private member in a string.
    mangle: { properties: { regex: /^_[a-zA-Z]/ } },
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
