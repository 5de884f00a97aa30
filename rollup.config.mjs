import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import localize from './lit-localize.json' with { type: 'json' };

/**
 * The drop-in script: one self-registering, minified ES module with Lit and
 * English inside, plus one small file per other language in dist/locales/,
 * fetched only when a widget needs it. Built from the compiled `lib/` (run
 * `tsc` first), so the bundle and the npm entry share one compilation.
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

const plugins = [
  minifyCss(),
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

const script = {
  input: 'lib/define.js',
  // @lit/localize declares no sideEffects; only what the widgets import from
  // it is needed, not the runtime-mode loader that comes with its index.
  treeshake: { moduleSideEffects: (id) => !/[\\/]@lit[\\/]localize[\\/]/.test(id) },
  output: { file: 'dist/cst-widgets.js', format: 'es', sourcemap: true },
  plugins,
};

// One build per language, so that no chunk is shared with the script: each
// language file stands alone and the script stays one file.
const languages = localize.targetLocales.map((locale) => ({
  input: `lib/locales/${locale}.js`,
  output: { file: `dist/locales/${locale}.js`, format: 'es', sourcemap: true },
  plugins,
}));

export default [script, ...languages];
