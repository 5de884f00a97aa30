import { expect } from '@open-wc/testing';
import {
  type Widget,
  errorsIn,
  frameWith,
  loadScript,
  page,
  prerendered,
  upgraded,
  windowOf,
} from './helpers.js';

/**
 * Pre-rendered markup that is wrong: empty, cut short, closed, another
 * widget's, someone else's, or pasted where the parser does not attach it.
 * Whatever it holds, once the script runs each widget shows what it renders
 * itself (never blank, nothing of that markup kept), with no error.
 */
const FAKE = '<p class="fake">CST cures everything.</p><img class="fake" src="data:,">';

const CASES: { name: string; element: string; expect: RegExp }[] = [
  {
    name: 'an empty shadow root',
    element:
      '<cst-disclaimer><template shadowrootmode="open"></template></cst-disclaimer>',
    expect: /complementary therapy/,
  },
  {
    name: 'markup cut short',
    element:
      '<cst-benefits><template shadowrootmode="open"><section part="base"><h2>Abo</template></cst-benefits>',
    expect: /What research shows/,
  },
  {
    name: 'someone else’s words and elements, with a style of their own',
    element: `<cst-ask-provider><template shadowrootmode="open"><style>* { display: none }</style>${FAKE}</template></cst-ask-provider>`,
    expect: /Talk to a healthcare provider first/,
  },
  {
    name: 'a closed shadow root',
    element: `<cst-disclaimer><template shadowrootmode="closed">${FAKE}</template></cst-disclaimer>`,
    expect: /complementary therapy/,
  },
];

describe('bad pre-rendered markup', () => {
  for (const { name, element, expect: words } of CASES) {
    it(`${name}: the widget shows its own content, none of that markup`, async () => {
      const frame = await frameWith(page('en', [element]));
      try {
        const errors = errorsIn(windowOf(frame));
        loadScript(frame);
        const [el] = (await upgraded(frame)) as [Widget];
        expect(errors).to.deep.equal([]);
        expect(el.hasUpdated).to.be.true;
        expect(el.getBoundingClientRect().height, 'not blank').to.be.above(40);
        // A closed root cannot be read from here; its size says it rendered.
        if (!element.includes('"closed"')) {
          const root = el.shadowRoot!;
          expect(root.textContent).to.match(words);
          expect(root.querySelectorAll('.fake, img, style')).to.have.length(0);
          expect(root.querySelectorAll('[part~="base"]')).to.have.length(1);
        }
      } finally {
        frame.remove();
      }
    });
  }

  it('another widget’s pre-rendered markup: replaced by the widget’s own', async () => {
    const [benefits] = await prerendered('en', ['<cst-benefits></cst-benefits>']);
    const wrong = benefits!
      .replace(/^<cst-benefits>/, '<cst-disclaimer>')
      .replace(/<\/cst-benefits>$/, '</cst-disclaimer>');
    const frame = await frameWith(page('en', [wrong]));
    try {
      loadScript(frame);
      const [el] = await upgraded(frame);
      expect(el!.shadowRoot!.textContent).to.match(/complementary therapy/);
      expect(el!.shadowRoot!.textContent).not.to.match(/What research shows/);
    } finally {
      frame.remove();
    }
  });

  it('a snippet set through innerHTML (its template stays a template): the widget renders, and a disclaimer keeps its own text', async () => {
    const [disclaimer, benefits] = await prerendered('en', [
      '<cst-disclaimer></cst-disclaimer>',
      '<cst-benefits></cst-benefits>',
    ]);
    const frame = await frameWith(page('en', []));
    try {
      const errors = errorsIn(windowOf(frame));
      loadScript(frame);
      await windowOf(frame).customElements.whenDefined('cst-disclaimer');
      const box = frame.contentDocument!.createElement('div');
      box.innerHTML = `${disclaimer}${benefits}`;
      frame.contentDocument!.body.append(box);
      const widgets = await upgraded(frame);
      expect(errors).to.deep.equal([]);
      const [first, second] = widgets as [Widget, Widget];
      // The template is inert light DOM: never shown, never the disclaimer's own text.
      expect(first.querySelector('template')).to.not.equal(null);
      expect(first.shadowRoot!.textContent).to.match(/complementary therapy/);
      expect(second.shadowRoot!.textContent).to.match(/What research shows/);
      expect(second.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    } finally {
      frame.remove();
    }
  });
});
