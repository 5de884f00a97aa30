import { expect, fixture, waitUntil } from '@open-wc/testing';

/**
 * The configurator's WordPress tab: the plugin's shortcode for the widget set
 * up, with the same attributes as the HTML snippet, written so that the
 * shortcode survives any text (test/wordpress/e2e.test.mjs renders such a
 * shortcode on a real WordPress).
 */

interface Spec {
  tag: string;
  attributes: [string, string][];
  children: { tag: string; slot?: string; text: string }[];
}
type Model = { shortcode(spec: Spec): { text: string; dropsSlots: boolean } };

const model = (await import(
  /* @vite-ignore */ new URL('/demo/configurator/model.js', location.href).href
)) as Model;

describe('the configurator: the WordPress shortcode', () => {
  it('names the shortcode after the element and writes booleans bare', () => {
    expect(
      model.shortcode({ tag: 'cst-benefits', attributes: [], children: [] }),
    ).to.deep.equal({
      text: '[cst_benefits]',
      dropsSlots: false,
    });
    expect(
      model.shortcode({
        tag: 'cst-ask-provider',
        attributes: [
          ['questions', ''],
          ['urgent', ''],
          ['provider', 'your GP'],
          ['contact-href', 'tel:+441234567890'],
        ],
        children: [],
      }).text,
    ).to.equal(
      '[cst_ask_provider questions urgent provider="your GP" contact-href="tel:+441234567890"]',
    );
  });

  it('keeps quotes, brackets and ampersands from ending the shortcode', () => {
    const { text } = model.shortcode({
      tag: 'cst-ask-provider',
      attributes: [['provider', 'Dr "Who" [GP] & partners <b>']],
      children: [],
    });
    expect(text).to.equal(
      '[cst_ask_provider provider="Dr &quot;Who&quot; &#91;GP&#93; &amp; partners <b>"]',
    );
    // One shortcode: no quote or bracket inside ends it early.
    expect(text.slice(1, -1)).not.to.match(/[[\]]/);
    expect(text.match(/"/g)).to.have.length(2);
  });

  it('says when the own words of slots cannot go into a shortcode', () => {
    const spec = {
      tag: 'cst-disclaimer',
      attributes: [],
      children: [{ tag: 'p', text: 'Our own words.' }],
    };
    expect(model.shortcode(spec)).to.deep.equal({
      text: '[cst_disclaimer]',
      dropsSlots: true,
    });
  });

  it('shows the shortcode of the widget set up in the WordPress tab, and follows it', async () => {
    const holder = await fixture<HTMLElement>('<div></div>');
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 1280px; block-size: 900px; border: 0';
    frame.src = '/demo/';
    holder.append(frame);
    await waitUntil(
      () => frame.contentDocument?.documentElement?.dataset.ready !== undefined,
      'the configurator did not start',
      { timeout: 10000 },
    );
    const doc = frame.contentDocument!;
    const panel = doc.getElementById('panel-wordpress')!;
    const shortcode = () => doc.getElementById('shortcode')!.textContent;
    expect(panel.contains(doc.getElementById('shortcode'))).to.be.true;
    (doc.getElementById('widget-cst-ask-provider') as HTMLInputElement).click();
    await waitUntil(
      () => shortcode() === '[cst_ask_provider]',
      `shortcode: ${shortcode()}`,
    );
    const urgent = [...doc.querySelectorAll<HTMLElement>('#settings [data-attribute]')]
      .find((el) => el.dataset.attribute === 'urgent')!
      .querySelector('input')!;
    urgent.click();
    await waitUntil(
      () => shortcode() === '[cst_ask_provider urgent]',
      `shortcode after ticking urgent: ${shortcode()}`,
    );
    expect(doc.getElementById('shortcode-slots')!.hidden).to.be.true;
  });
});
