export default {
  globs: ['src/**/*.ts'],
  // The claims check is a separate export (`cst-widgets/claims`), not part of
  // any element.
  exclude: ['src/locales/**', 'src/claims/**', 'src/content/claims/**'],
  litelement: true,
  // Keep package.json's "customElements" as written: analysing into a scratch
  // folder (the staleness check) must not point it there.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order its file search finishes,
      // which varies from run to run on a busy machine; sorted by path, the
      // manifest (and the staleness check) is the same on every run.
      name: 'modules-in-path-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) =>
          a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
        );
      },
    },
  ],
};
