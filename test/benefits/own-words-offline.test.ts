import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { ownWordsFile } from '../../src/internal/own-words.js';
import { collectErrors, shadow } from '../helpers.js';

/**
 * A site's own words when their reader, features/own-words-reader.js, cannot
 * load (blocked, offline, a 404): each slot that has an element still shows
 * it, with one warning, and the file is asked for once. Its own page: the
 * file is loaded once per page.
 */
describe('a site’s own words when their reader cannot load', () => {
  const load = ownWordsFile.load;
  let loads = 0;
  before(() => {
    ownWordsFile.load = () => {
      loads += 1;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    };
  });
  after(() => {
    ownWordsFile.load = load;
  });

  it('still shows the site’s heading, intro and advice, with one warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    let page!: HTMLElement;
    try {
      const errors = await collectErrors(async () => {
        page = await fixture<HTMLElement>(
          html`<div>
            <cst-benefits
              ><span slot="heading">CST at our clinic</span>
              <p slot="intro">What we do.</p></cst-benefits
            >
            <cst-ask-provider><span slot="heading">Ask us first</span></cst-ask-provider>
          </div>`,
        );
        for (const el of page.children) {
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        }
      });
      expect(errors).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
    const [benefits, ask] = [...page.children];
    for (const [el, name, text] of [
      [benefits, 'heading', 'CST at our clinic'],
      [benefits, 'intro', 'What we do.'],
      [ask, 'heading', 'Ask us first'],
    ] as const) {
      const slot = shadow(el!).querySelector<HTMLSlotElement>(`slot[name="${name}"]`);
      expect(slot, `${el!.localName} ${name}`).to.exist;
      expect(slot!.assignedElements().map((node) => node.textContent)).to.deep.equal([
        text,
      ]);
    }
    expect(loads).to.equal(1);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^cst-widgets: features\/own-words-reader\.js: it could not be loaded \(TypeError: .+\), so the site's slotted elements show as they are\.$/,
    );
  });
});
