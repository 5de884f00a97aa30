import { expect } from '@open-wc/testing';
import * as entry from '../src/index.js';

describe('npm entry (cst-widgets)', () => {
  it('exports the element and event classes', () => {
    expect(Object.keys(entry).sort()).to.deep.equal([
      'CstAskProvider',
      'CstBenefits',
      'CstDisclaimer',
      'CstDismissEvent',
    ]);
  });

  it('registers nothing when imported', () => {
    for (const tag of ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('lets an app register a class under its own tag name', async () => {
    customElements.define('my-clinic-disclaimer', entry.CstDisclaimer);
    const el = document.createElement('my-clinic-disclaimer') as entry.CstDisclaimer;
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('complementary therapy');
    el.remove();
  });
});
