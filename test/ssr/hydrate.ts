/**
 * Loaded into the server-rendered page (/ssr/page.html) by
 * test/ssr-hydration.test.ts: Lit's hydration support first, then the
 * elements from the npm sources, so their first update adopts the declarative
 * shadow DOM instead of rendering anew.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/define.js';
