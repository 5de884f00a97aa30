import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'src/locales/', 'build/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  litConfigs['flat/recommended'],
  wcConfigs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Only src/define.ts registers elements (.dependency-cruiser.cjs checks
    // that nothing else imports it).
    files: ['src/**/*.ts'],
    ignores: ['src/define.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'customElements',
          property: 'define',
          message: 'Register elements in src/define.ts only.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', '*.mjs', '*.cjs', 'test/wordpress/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    rules: {
      // chai's property assertions (`expect(x).to.be.true`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
