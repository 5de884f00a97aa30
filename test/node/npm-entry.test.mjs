// The npm build imported on a server, as Next.js, Astro or Eleventy do before
// they render a page: nothing may throw for want of a window or a document.
// Run by `npm run test:node` (in `npm run check`), after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('importing the npm entry (lib/index.js) in Node throws nothing and registers nothing', async () => {
  const entry = await import('../../lib/index.js');
  assert.deepEqual(Object.keys(entry).sort(), [
    'CstAskProvider',
    'CstBenefits',
    'CstDisclaimer',
    'CstDismissEvent',
  ]);
  assert.equal(typeof document, 'undefined');
  for (const tag of ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider']) {
    assert.equal(globalThis.customElements?.get(tag), undefined, tag);
  }
});

test('importing cst-widgets/define.js in Node registers the elements, twice without an error', async () => {
  await import('../../lib/define.js');
  const first = ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider'].map((tag) =>
    customElements.get(tag),
  );
  assert.ok(first.every((constructor) => typeof constructor === 'function'));
  await import('../../lib/define.js?again');
  assert.deepEqual(
    ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider'].map((tag) =>
      customElements.get(tag),
    ),
    first,
  );
});

test('a widget can be constructed and its dismiss event created in Node', async () => {
  const { CstDisclaimer, CstDismissEvent } = await import('../../lib/index.js');
  const el = new CstDisclaimer();
  assert.equal(el.position, 'inline');
  assert.equal(new CstDismissEvent('r1').revision, 'r1');
});
