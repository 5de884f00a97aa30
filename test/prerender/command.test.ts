import { expect } from '@open-wc/testing';
import {
  type Widget,
  errorsIn,
  layout,
  loadScript,
  recordFrames,
  sameBoxes,
  upgraded,
  windowOf,
} from './helpers.js';

/**
 * What `cst-widgets prerender` writes for a static site (rendered in Node by
 * @lit-labs/ssr, from the npm build): the test server runs the command on
 * test/prerender/command-page.html, a French page with an English (UK)
 * section, for each request. The drop-in script upgrades it in place.
 */
function loadFrame(): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 412px; block-size: 900px; border: 0';
    frame.src = '/prerender/command-page.html';
    frame.onload = () => resolve(frame);
    frame.onerror = reject;
    document.body.append(frame);
  });
}

/**
 * A widget's words, without its style sheet. The server writes the npm
 * build's templates with their line breaks, the script its minified ones: so
 * the spaces between two block elements differ, which shows nothing.
 */
function words(el: Element): string {
  return [...el.shadowRoot!.childNodes]
    .filter((node) => node.nodeType !== Node.COMMENT_NODE && node.nodeName !== 'STYLE')
    .map((node) => node.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
const letters = (text: string) => text.replace(/\s+/g, '');

describe('the output of `cst-widgets prerender`, upgraded in place', () => {
  let frame: HTMLIFrameElement;
  let widgets: Widget[];
  let startLayout: string[];
  let startWords: string[];
  let drawn: string[][];
  let errors: string[];

  before(async () => {
    frame = await loadFrame();
    const doc = frame.contentDocument!;
    const parsed = [
      ...doc.querySelectorAll<Widget>('cst-disclaimer, cst-benefits, cst-ask-provider'),
    ];
    startLayout = layout(doc);
    startWords = parsed.map(words);
    errors = errorsIn(windowOf(frame));
    const recorder = recordFrames(windowOf(frame));
    loadScript(frame, '/late-files/dist/');
    widgets = await upgraded(frame);
    drawn = recorder.stop();
  });

  after(() => frame.remove());

  it('is in each widget’s language, with the strict wording and the region’s number, before any script', () => {
    expect(startWords).to.have.length(4);
    expect(startWords[0]).to.contain('thérapie complémentaire');
    expect(startWords[1]).to.contain('Ce que montre la recherche');
    expect(startWords[2]).to.contain('What a session is like');
    expect(startWords[2]).not.to.match(/research|pain|stress/i);
    expect(startWords[3]).to.contain('999');
  });

  it('moves nothing on the page in any frame while the script upgrades it, late files and all', () => {
    const moved = drawn.filter((frameLayout) => !sameBoxes(frameLayout, startLayout));
    expect(drawn.length).to.be.above(2);
    expect(moved, 'frames in which something had moved').to.deep.equal([]);
  });

  it('shows the same words after the upgrade, once, with no error', () => {
    expect(errors).to.deep.equal([]);
    expect(widgets.map(words).map(letters)).to.deep.equal(startWords.map(letters));
    for (const el of widgets) {
      expect(el.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    }
  });
});
