import { expect } from '@open-wc/testing';
import {
  type Widget,
  boxes,
  errorsIn,
  frameWith,
  layout,
  loadScript,
  page,
  prerendered,
  recordFrames,
  sameBoxes,
  shown,
  upgraded,
  windowOf,
} from './helpers.js';

/**
 * A pre-rendered snippet (the configurator's code) in a page, then the
 * drop-in script: the script upgrades each widget in place. In every frame
 * the browser draws from the moment the script is added until every widget
 * has rendered, the host page's paragraphs and the widgets keep their boxes;
 * afterwards each widget shows the same markup, every box in the same place,
 * once (no second copy), and it works.
 */
const README_SNIPPET = [
  '<cst-disclaimer></cst-disclaimer>',
  '<cst-benefits layout="accordion"></cst-benefits>',
  '<cst-ask-provider questions urgent provider="your GP" contact-href="tel:+441234567890" contact-label="Call the clinic"></cst-ask-provider>',
];

const CASES: { name: string; lang: string; elements: string[]; folder?: string }[] = [
  { name: 'the README snippet, in English', lang: 'en', elements: README_SNIPPET },
  {
    // The French file comes 2.5 s late (scripts/test-server.mjs), after the
    // 1.5 s a widget otherwise waits before it shows English.
    name: 'the README snippet in French, its language file late',
    lang: 'fr',
    elements: README_SNIPPET,
    folder: '/late-files/dist/',
  },
  {
    name: 'claims="strict" and questions, the strict file late',
    lang: 'en-GB',
    elements: [
      '<cst-benefits claims="strict" layout="accordion"></cst-benefits>',
      '<cst-ask-provider questions></cst-ask-provider>',
    ],
    folder: '/late-files/dist/',
  },
  {
    // Slotted elements show in the pre-rendered slots before the script, and
    // the reader of own words comes late.
    name: 'your own words in slots, and a disclaimer’s own text',
    lang: 'en',
    elements: [
      '<cst-benefits layout="list"><span slot="heading">Riverside Clinic</span><p slot="intro">We offer gentle sessions.</p></cst-benefits>',
      '<cst-ask-provider provider="your GP"><p slot="advice">Please ask your GP first.</p></cst-ask-provider>',
      '<cst-disclaimer><p>Our sessions do not replace medical care.</p></cst-disclaimer>',
    ],
    folder: '/late-files/dist/',
  },
  {
    name: 'cards and a list, with a disclaimer that can be dismissed',
    lang: 'de',
    elements: [
      '<cst-benefits></cst-benefits>',
      '<cst-benefits layout="list" evidence="hide" hide-intro></cst-benefits>',
      '<cst-disclaimer dismissible theme="dark"></cst-disclaimer>',
    ],
  },
];

for (const { name, lang, elements, folder } of CASES) {
  describe(`a pre-rendered snippet upgraded in place: ${name}`, () => {
    let frame: HTMLIFrameElement;
    let widgets: Widget[];
    let start: { layout: string[]; shown: string[]; boxes: string[][] };
    let drawn: string[][];
    let errors: string[];

    before(async () => {
      const snippet = await prerendered(lang, elements);
      frame = await frameWith(page(lang, snippet));
      const doc = frame.contentDocument!;
      const parsed = [
        ...doc.querySelectorAll<Widget>('cst-disclaimer, cst-benefits, cst-ask-provider'),
      ];
      start = {
        layout: layout(doc),
        shown: parsed.map(shown),
        boxes: parsed.map(boxes),
      };
      errors = errorsIn(windowOf(frame));
      const recorder = recordFrames(windowOf(frame));
      loadScript(frame, folder);
      widgets = await upgraded(frame);
      drawn = recorder.stop();
    });

    after(() => frame.remove());

    it('shows every widget, whole, before the script runs', () => {
      expect(start.shown.length).to.equal(elements.length);
      for (const markup of start.shown) {
        expect(markup).to.contain('part="base"');
        expect(markup).to.contain('part="review"');
      }
    });

    it('moves nothing on the page in any frame while the script upgrades it', () => {
      expect(drawn.length, 'frames drawn').to.be.above(2);
      const moved = drawn.filter((frameLayout) => !sameBoxes(frameLayout, start.layout));
      expect(moved, 'frames in which something had moved').to.deep.equal([]);
      expect(sameBoxes(layout(frame.contentDocument!), start.layout)).to.be.true;
    });

    it('shows the same markup after the upgrade, every box in the same place, once', () => {
      expect(errors).to.deep.equal([]);
      widgets.forEach((el, index) => {
        expect(el.hasUpdated, el.localName).to.be.true;
        expect(shown(el), el.localName).to.equal(start.shown[index]);
        const now = boxes(el);
        if (!sameBoxes(now, start.boxes[index]!)) {
          expect(now, el.localName).to.deep.equal(start.boxes[index]);
        }
        expect(el.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
        // The parser's <style> went with its nodes: the widget's own styles are adopted.
        expect(el.shadowRoot!.querySelector('style')).to.equal(null);
        expect(el.querySelector('template')).to.equal(null);
      });
    });

    it('is live once upgraded: its buttons work', async () => {
      const button = widgets
        .map((el) =>
          el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]'),
        )
        .find(Boolean);
      if (!button) return; // no accordion in this case
      button.click();
      await Promise.all(widgets.map((el) => el.updateComplete));
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });
  });
}
