import { posix } from 'node:path';

/**
 * The manifest lists the public API only: the widgets, the element base
 * they inherit their attributes from, and the two entry points. Its module
 * paths name the files the package ships (`lib/…/*.js`), not the sources.
 */
export default {
  globs: [
    'src/index.ts',
    'src/define.ts',
    'src/components/*/*.ts',
    'src/internal/cst-element.ts',
  ],
  // Feature files and styles are parts of a widget, not API of their own.
  exclude: [
    'src/components/**/*.styles.ts',
    'src/components/benefits/benefits-content.ts',
    'src/components/benefits/benefits-strict.ts',
    'src/components/ask-provider/ask-provider-print.ts',
    'src/**/*.test.ts',
  ],
  litelement: true,
  // Keep package.json's "customElements" as written: analysing into a scratch
  // folder (the staleness check) must not point it there.
  packagejson: false,
  plugins: [publicOnly(), shippedPaths()],
};

/**
 * Classes and their public members only: no private or protected member,
 * and no exported constant or function (tests' hooks, not API).
 */
function publicOnly() {
  const isPublic = (member) => !member.privacy || member.privacy === 'public';
  return {
    name: 'public-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.declarations = (module.declarations ?? []).filter(
          (declaration) => declaration.kind === 'class',
        );
        for (const declaration of module.declarations) {
          if (declaration.members)
            declaration.members = declaration.members.filter(isPublic);
        }
        const names = new Set(module.declarations.map((declaration) => declaration.name));
        module.exports = (module.exports ?? []).filter(
          (entry) =>
            entry.kind !== 'js' ||
            names.has(entry.declaration.name) ||
            entry.declaration.module !== module.path,
        );
      }
    },
  };
}

/** `src/components/x/x.ts` → `lib/components/x/x.js`, wherever a module is named. */
function shippedPaths() {
  const shipped = (value, from) => {
    if (typeof value !== 'string') return value;
    const path = value.startsWith('.') ? posix.join(posix.dirname(from), value) : value;
    return path.replace(/^\/?src\/(.*)\.[jt]s$/, 'lib/$1.js');
  };
  const rewrite = (node, from) => {
    if (Array.isArray(node)) return node.forEach((child) => rewrite(child, from));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'path' || key === 'module') node[key] = shipped(value, from);
      else rewrite(value, from);
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) rewrite(module, module.path);
      // In path order: the globs are matched in parallel, in no fixed order.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };
}
