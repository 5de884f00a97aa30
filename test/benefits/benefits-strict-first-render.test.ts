import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { strictFile, type CstBenefits } from '../../src/components/benefits/benefits.js';
import { shadow } from '../helpers.js';

/**
 * A strict widget's first render waits for its file, as it does for a
 * language file: when the file comes in time, the first thing the page shows
 * is the strict wording, with no fallback sentence before it (which would
 * make the page jump as the widget grows). A page of its own, because a page
 * loads the file only once.
 */
const FALLBACK = 'Craniosacral therapy (CST) is a gentle, hands-on approach.';

describe('<cst-benefits claims="strict">: the first render', () => {
  it('waits for a file that comes in time, and shows the strict wording at once', async () => {
    const load = strictFile.load;
    let loads = 0;
    strictFile.load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return load();
    };
    const el = document.createElement('cst-benefits') as CstBenefits;
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(shadow(el).textContent ?? ''));
    try {
      el.setAttribute('claims', 'strict');
      document.body.append(el);
      observer.observe(shadow(el), {
        childList: true,
        subtree: true,
        characterData: true,
      });
      await waitUntil(
        () => shadow(el).querySelector('[part~="topics"]') !== null,
        'the strict wording never showed',
        { timeout: 5000 },
      );
      await el.updateComplete;
      expect(loads).to.equal(1);
      expect(seen.length).to.be.greaterThan(0);
      // Every state the shadow root was ever in had the full strict wording.
      for (const content of seen) {
        expect(content).to.contain('About craniosacral therapy');
        expect(content.replace(/\s+/g, ' ').trim()).not.to.equal(FALLBACK);
      }
    } finally {
      observer.disconnect();
      strictFile.load = load;
      el.remove();
    }
  });
});
