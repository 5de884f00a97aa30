export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/locales/**'],
  litelement: true,
  // Keep package.json's "customElements" as written: analysing into a scratch
  // folder (the staleness check) must not point it there.
  packagejson: false,
};
