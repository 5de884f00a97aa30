import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * The drop-in script: one self-registering, minified ES module with Lit
 * inside. It is built from the compiled `lib/` (run `tsc` first), so the
 * bundle and the npm entry share one compilation.
 */
export default {
  input: 'lib/define.js',
  output: {
    file: 'dist/cst-widgets.js',
    format: 'es',
    sourcemap: true,
    sourcemapExcludeSources: false,
  },
  plugins: [
    // Lit's default export condition is its production build; never resolve
    // the "development" condition into the shipped file.
    nodeResolve({ exportConditions: ['production', 'default', 'module', 'import'] }),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
  ],
};
