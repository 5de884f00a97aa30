/**
 * The design rules of src/, checked by `npm run lint` (dependency-cruiser).
 * Type-only imports count: a rule about what a module knows holds for its
 * types too.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'An import cycle: each module should be readable without the other.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'npm-entry-registers-nothing',
      severity: 'error',
      comment:
        'src/index.ts is the side-effect-free npm entry: nothing it imports may reach src/define.ts, the only file that registers elements.',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/define\\.ts$', reachable: true },
    },
    {
      name: 'no-widget-registers-itself',
      severity: 'error',
      comment: 'Only src/define.ts registers elements; no other source imports it.',
      from: { path: '^src/', pathNot: '^src/define\\.ts$' },
      to: { path: '^src/define\\.ts$' },
    },
    {
      name: 'shared-code-knows-no-widget',
      severity: 'error',
      comment: 'src/internal/ and src/content/ serve every widget and import none.',
      from: { path: '^src/(internal|content)/' },
      to: { path: '^src/components/' },
    },
    {
      name: 'widgets-do-not-know-each-other',
      severity: 'error',
      comment: 'One folder per widget: a widget imports shared code, not another widget.',
      from: { path: '^src/components/([^/]+)/' },
      to: { path: '^src/components/', pathNot: '^src/components/$1/' },
    },
    {
      name: 'feature-files-import-no-script-code',
      severity: 'error',
      comment:
        'A feature file (loaded on demand) gets what it needs from the kit (src/internal/kit.ts): it imports only types, words and suggest.ts.',
      from: {
        path: '(benefits-strict|benefits-content|own-words-reader)\\.ts$',
      },
      to: {
        dependencyTypesNot: ['type-only'],
        pathNot: '^src/content/|^src/internal/suggest\\.ts$',
      },
    },
    {
      name: 'source-never-imports-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
