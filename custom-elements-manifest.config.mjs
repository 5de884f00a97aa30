export default {
  globs: ['src/**/*.ts'],
  // The claims check is a separate export (`cst-widgets/claims`), not part of
  // any element.
  exclude: ['src/locales/**', 'src/claims/**', 'src/content/claims/**'],
  litelement: true,
  // Keep package.json's "customElements" as written: analysing into a scratch
  // folder (the staleness check) must not point it there.
  packagejson: false,
};
