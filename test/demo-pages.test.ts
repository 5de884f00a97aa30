import { expect, fixture, waitUntil } from '@open-wc/testing';

/**
 * The demo pages a practitioner opens besides the configurator (it has its
 * own tests in configurator.test.ts), each loaded in a frame as a page of
 * its own with the built dist/cst-widgets.js (run `npm run build` first):
 * axe finds nothing on them, widgets and page together.
 */
const PAGES = [
  '/demo/examples.html',
  '/demo/rtl.html',
  '/demo/host-css.html?css=bootstrap',
  '/demo/host-css.html?css=none',
];

type AxeRun = (
  context: Element,
  options: object,
) => Promise<{
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
}>;

async function open(path: string): Promise<Window & { axe?: { run: AxeRun } }> {
  const holder = await fixture<HTMLElement>('<div></div>');
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1280px; block-size: 900px; border: 0';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  holder.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { axe?: { run: AxeRun } };
  const tags = ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider'];
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  for (const el of win.document.querySelectorAll<
    HTMLElement & { updateComplete?: Promise<unknown> }
  >(tags.join(','))) {
    await el.updateComplete;
  }
  return win;
}

describe('the demo pages', () => {
  for (const path of PAGES) {
    it(`axe finds nothing on ${path}`, async () => {
      const win = await open(path);
      const script = win.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      const ready = new Promise((resolve, reject) => {
        script.onload = resolve;
        script.onerror = reject;
      });
      win.document.head.append(script);
      await ready;
      await waitUntil(() => win.axe, 'axe did not load');
      // A host style sheet's transitions (Bootstrap's .btn) must end before
      // colours are measured.
      await Promise.all(
        win.document.getAnimations().map((animation) => animation.finished),
      );
      const results = await win.axe!.run(win.document.documentElement, {
        resultTypes: ['violations'],
        rules: { 'target-size': { enabled: true } },
      });
      // No exception: the examples page shows a widget several times, and
      // since the explainer and the callout are no landmarks, that is fine.
      const found = results.violations.flatMap((violation) =>
        violation.nodes.map(
          (node) =>
            `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}`,
        ),
      );
      expect(found).to.deep.equal([]);
    });
  }
});
