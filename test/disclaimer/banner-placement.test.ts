import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CstDisclaimer } from '../../src/components/disclaimer/disclaimer.js';
import { collectErrors } from '../helpers.js';

/**
 * Top and bottom banners share the window with each other and with the site
 * (src/components/disclaimer/banner-placement.ts). Each case runs in a frame
 * of its own size, so a short or zoomed window is a real one in every engine
 * (at 400 % zoom a 1280×1024 screen is a 320×256 window).
 */

interface Page {
  doc: Document;
  win: Window;
  banners: CstDisclaimer[];
}

/** A page of `width`×`height` with `body`, the script loaded as a site loads it. */
async function page(
  width: number,
  height: number,
  body: string,
  head = '',
): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size: ${width}px; block-size: ${height}px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <style>body { margin: 0; font: 16px/1.5 sans-serif }</style>${head}</head>
    <body>${body}<script type="module" src="/src/define.ts"></script></body></html>`;
  const root = await fixture<HTMLElement>('<div></div>');
  root.append(frame);
  await waitUntil(
    () => frame.contentWindow?.customElements.get('cst-disclaimer'),
    'the script did not run in the frame',
    { timeout: 10000 },
  );
  const doc = frame.contentDocument!;
  const banners = [...doc.querySelectorAll<CstDisclaimer>('cst-disclaimer')];
  await Promise.all(banners.map((el) => el.updateComplete));
  await settled(doc);
  return { doc, win: frame.contentWindow!, banners };
}

function boxOf(el: CstDisclaimer): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]');
}

function buttonOf(el: CstDisclaimer): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!;
}

function spacerOf(el: CstDisclaimer): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>('.spacer');
}

const frames = (win: Window, count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) =>
      left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1));
    step(count);
  });

/** Waits until every fixed banner is placed and its spacer matches it. */
async function settled(doc: Document) {
  await waitUntil(
    () =>
      [...doc.querySelectorAll<CstDisclaimer>('cst-disclaimer')].every((el) => {
        const box = boxOf(el);
        if (!box || box.matches('.position-inline')) return true;
        if (box.getClientRects().length === 0) return true;
        const fit = box.dataset.fit;
        const spacer = spacerOf(el)!.offsetHeight;
        return fit === 'static' ? spacer === 0 : !!fit && spacer === box.offsetHeight;
      }),
    'the banners were not placed',
    { timeout: 3000 },
  );
  await frames(doc.defaultView!);
}

/** Whether the point at the centre of `target` shows `target` (nothing covers it). */
function uncovered(target: Element): boolean {
  const { left, top, width, height } = target.getBoundingClientRect();
  const x = left + width / 2;
  const y = top + height / 2;
  let hit = target.ownerDocument.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return !!hit && (hit === target || target.contains(hit));
}

/** Whether `target` lies wholly inside the window. */
function inWindow(target: Element, win: Window): boolean {
  const { top, bottom, left, right } = target.getBoundingClientRect();
  const { clientWidth, clientHeight } = win.document.documentElement;
  return (
    top >= 0 && left >= 0 && bottom <= clientHeight + 0.5 && right <= clientWidth + 0.5
  );
}

const rect = (el: Element) => el.getBoundingClientRect();
const html = (doc: Document) => doc.documentElement;

const HEADER = `<header id="masthead" style="position: fixed; inset: 0 0 auto; z-index: 2000;
  block-size: 60px; background: #036"><a id="home" href="#">Home</a> <a id="book" href="#">Book</a></header>`;

describe('<cst-disclaimer> banners on a shared page', () => {
  describe("the site's fixed header", () => {
    it('a top banner sits below the bar named by avoid, whose links stay clear', async () => {
      const { doc, banners } = await page(
        800,
        600,
        `${HEADER}<cst-disclaimer position="top" avoid="#masthead" dismissible></cst-disclaimer>`,
      );
      const box = boxOf(banners[0]!)!;
      expect(rect(box).top).to.be.closeTo(60, 0.5);
      for (const id of ['home', 'book'])
        expect(uncovered(doc.getElementById(id)!)).to.equal(true);
      expect(uncovered(buttonOf(banners[0]!))).to.equal(true);
    });

    it('follows the bar when it grows', async () => {
      const { doc, banners } = await page(
        800,
        600,
        `${HEADER}<cst-disclaimer position="top" avoid="#masthead"></cst-disclaimer>`,
      );
      doc.getElementById('masthead')!.style.blockSize = '90px';
      await waitUntil(
        () => Math.abs(rect(boxOf(banners[0]!)!).top - 90) < 0.5,
        'did not follow',
        {
          timeout: 3000,
        },
      );
    });

    it('keeps clear of a sticky bar where it sticks', async () => {
      const { banners } = await page(
        800,
        600,
        `<div style="block-size: 40px">Top bar</div>
        <header id="bar" style="position: sticky; top: 0; block-size: 50px">Menu</header>
        <cst-disclaimer position="top" avoid="#bar"></cst-disclaimer>
        <div style="block-size: 2000px"></div>`,
      );
      expect(rect(boxOf(banners[0]!)!).top).to.be.closeTo(50, 0.5);
    });

    it('a bottom banner sits above a fixed bottom bar', async () => {
      const { banners } = await page(
        800,
        600,
        `<nav id="tabs" style="position: fixed; inset: auto 0 0; block-size: 48px">Tabs</nav>
        <cst-disclaimer position="bottom" avoid="#tabs"></cst-disclaimer>`,
      );
      expect(rect(boxOf(banners[0]!)!).bottom).to.be.closeTo(600 - 48, 0.5);
    });

    it('--cst-disclaimer-inset moves it from the edge by the site’s length', async () => {
      const { banners } = await page(
        800,
        600,
        `<cst-disclaimer position="top" style="--cst-disclaimer-inset: 3em"></cst-disclaimer>`,
      );
      expect(rect(boxOf(banners[0]!)!).top).to.be.closeTo(48, 0.5);
    });

    for (const avoid of [
      '',
      '   ',
      '#nothing-here',
      '<b>',
      '###',
      'main',
      '#static-bar',
    ]) {
      it(`stays at the edge for avoid=${JSON.stringify(avoid)} (nothing fixed found)`, async () => {
        const errors = await collectErrors(async () => {
          const { banners } = await page(
            800,
            600,
            `<main id="static-bar" style="block-size: 80px">Main</main>
            <cst-disclaimer position="top" avoid="${avoid.replace(/"/g, '&quot;')}"></cst-disclaimer>`,
          );
          expect(rect(boxOf(banners[0]!)!).top).to.equal(0);
          expect(boxOf(banners[0]!)!.dataset.fit).to.equal('full');
        });
        expect(errors).to.deep.equal([]);
      });
    }
  });

  describe('several banners', () => {
    it('stack at each edge in document order, never overlapping', async () => {
      // Tall enough for four full banners in a third of it.
      const { banners } = await page(
        1280,
        1200,
        `<cst-disclaimer position="top" id="a"><p>First.</p></cst-disclaimer>
        <cst-disclaimer position="top" id="b"><p>Second.</p></cst-disclaimer>
        <main style="block-size: 3000px"></main>
        <cst-disclaimer position="bottom" id="c"><p>Third.</p></cst-disclaimer>
        <cst-disclaimer position="bottom" id="d"><p>Fourth.</p></cst-disclaimer>`,
      );
      const boxes = banners.map((el) => rect(boxOf(el)!));
      expect(boxes[0]!.top).to.equal(0);
      expect(boxes[1]!.top).to.be.closeTo(boxes[0]!.bottom, 0.5);
      expect(boxes[3]!.bottom).to.be.closeTo(1200, 0.5);
      expect(boxes[2]!.bottom).to.be.closeTo(boxes[3]!.top, 0.5);
      for (const el of banners) {
        expect(boxOf(el)!.dataset.fit).to.equal('full');
        expect(uncovered(buttonOf(el) ?? boxOf(el)!)).to.equal(true);
      }
    });

    it('close the gap when one is dismissed', async () => {
      const { banners } = await page(
        1280,
        900,
        `<cst-disclaimer position="top" id="a" dismissible remember="none"><p>First.</p></cst-disclaimer>
        <cst-disclaimer position="top" id="b"><p>Second.</p></cst-disclaimer>`,
      );
      buttonOf(banners[0]!).click();
      await banners[0]!.updateComplete;
      await waitUntil(
        () => rect(boxOf(banners[1]!)!).top === 0,
        'the second did not move up',
        {
          timeout: 3000,
        },
      );
    });
  });

  describe('short and zoomed windows: at most a third, Dismiss in view', () => {
    const both = `<cst-disclaimer position="top" dismissible remember="none" id="t"></cst-disclaimer>
      <main style="block-size: 3000px"><a href="#">A link</a></main>
      <cst-disclaimer position="bottom" dismissible remember="none" id="b"></cst-disclaimer>`;

    for (const [width, height, what] of [
      [1280, 900, 'a laptop'],
      [320, 640, 'a phone'],
      [640, 512, '200 % zoom'],
      [320, 256, '400 % zoom'],
    ] as const) {
      it(`top and bottom banners on ${what} (${width}×${height})`, async () => {
        const { win, banners } = await page(width, height, both);
        let covered = 0;
        for (const el of banners) {
          const box = boxOf(el)!;
          if (box.dataset.fit !== 'static') covered += rect(box).height;
          else expect(win.getComputedStyle(box).position).to.equal('static');
        }
        expect(covered, 'height covered by fixed banners').to.be.at.most(height / 3 + 1);
        // Every Dismiss button can be seen (static ones where they are in the page).
        for (const el of banners) {
          const button = buttonOf(el);
          button.scrollIntoView({ block: 'nearest' });
          await frames(win);
          expect(inWindow(button, win), `${el.id}: Dismiss in the window`).to.equal(true);
          expect(uncovered(button), `${el.id}: Dismiss not covered`).to.equal(true);
        }
      });
    }

    it('a long banner becomes compact: its text scrolls, the button stays in view', async () => {
      const long = 'A long text from the site about its own care. '.repeat(30);
      const { win, banners } = await page(
        800,
        600,
        `<cst-disclaimer position="bottom" dismissible remember="none"><p>${long}</p></cst-disclaimer>`,
      );
      const box = boxOf(banners[0]!)!;
      expect(box.dataset.fit).to.equal('compact');
      expect(rect(box).height).to.be.at.most(600 / 3 + 1);
      expect(box.scrollHeight).to.be.above(box.clientHeight);
      // The keyboard can reach and scroll it.
      expect(box.tabIndex).to.equal(0);
      for (const scrollTop of [0, box.scrollHeight]) {
        box.scrollTop = scrollTop;
        await frames(win);
        expect(inWindow(buttonOf(banners[0]!), win)).to.equal(true);
        expect(uncovered(buttonOf(banners[0]!))).to.equal(true);
      }
    });

    it('a banner a little taller than a third stays compact, frame after frame', async () => {
      // Taller by less than its own padding: an engine that leaves the end
      // padding out of a scrolling box's scrollHeight (Firefox) must not make
      // it look as if it fits once it is compact.
      const { doc, win, banners } = await page(
        800,
        2000,
        '<cst-disclaimer position="top" dismissible remember="none"></cst-disclaimer>',
      );
      const box = boxOf(banners[0]!)!;
      expect(box.dataset.fit).to.equal('full');
      const natural = box.offsetHeight;
      const frame = doc.defaultView!.frameElement as HTMLIFrameElement;
      frame.style.blockSize = `${3 * (natural - 4)}px`;
      await waitUntil(() => box.dataset.fit === 'compact', 'not compact', {
        timeout: 3000,
      });
      const fits: string[] = [];
      for (let count = 0; count < 8; count += 1) {
        await frames(win, 1);
        fits.push(box.dataset.fit!);
      }
      expect(fits).to.deep.equal(Array(8).fill('compact'));
      expect(rect(box).height).to.be.at.most(natural - 4 + 1);
    });

    it('is fixed again when the window grows', async () => {
      const { doc, banners } = await page(320, 256, both);
      expect(banners.map((el) => boxOf(el)!.dataset.fit)).to.deep.equal([
        'static',
        'static',
      ]);
      const frame = doc.defaultView!.frameElement as HTMLIFrameElement;
      frame.style.inlineSize = '1280px';
      frame.style.blockSize = '900px';
      await waitUntil(
        () => banners.every((el) => boxOf(el)!.dataset.fit === 'full'),
        'not fixed again',
        { timeout: 3000 },
      );
    });
  });

  describe('scroll padding: added to the page’s own, put back exactly', () => {
    /** The computed scroll-padding-top of the page, in px. */
    const paddingTop = (doc: Document) =>
      parseFloat(doc.defaultView!.getComputedStyle(html(doc)).scrollPaddingTop) || 0;

    it('adds to an inline value, and restores it, priority included', async () => {
      const { doc, banners } = await page(
        800,
        600,
        `<cst-disclaimer position="top" dismissible remember="none"></cst-disclaimer>`,
      );
      html(doc).style.setProperty('scroll-padding-top', '12px', 'important');
      // A change of the banner's size places it again.
      banners[0]!.append(doc.createElement('br'), 'More.');
      await waitUntil(
        () => paddingTop(doc) === 12 + boxOf(banners[0]!)!.offsetHeight,
        `padding ${paddingTop(doc)} is not 12 + the banner`,
        { timeout: 3000 },
      );
      buttonOf(banners[0]!).click();
      await banners[0]!.updateComplete;
      expect(html(doc).style.getPropertyValue('scroll-padding-top')).to.equal('12px');
      expect(html(doc).style.getPropertyPriority('scroll-padding-top')).to.equal(
        'important',
      );
    });

    it('keeps a shorthand, each side as it was', async () => {
      const { doc, banners } = await page(
        800,
        600,
        `<cst-disclaimer position="bottom" dismissible remember="none"></cst-disclaimer>`,
      );
      banners[0]!.remove();
      await settled(doc);
      html(doc).style.setProperty('scroll-padding', '5px 7px 9px');
      const before = ['top', 'right', 'bottom', 'left'].map((side) =>
        html(doc).style.getPropertyValue(`scroll-padding-${side}`),
      );
      doc.body.append(banners[0]!);
      await settled(doc);
      const height = boxOf(banners[0]!)!.offsetHeight;
      expect(
        parseFloat(doc.defaultView!.getComputedStyle(html(doc)).scrollPaddingBottom),
      ).to.be.closeTo(9 + height, 0.5);
      buttonOf(banners[0]!).click();
      await banners[0]!.updateComplete;
      expect(
        ['top', 'right', 'bottom', 'left'].map((side) =>
          html(doc).style.getPropertyValue(`scroll-padding-${side}`),
        ),
      ).to.deep.equal(before);
    });

    it('adds to a style sheet value in any unit and leaves no inline style after', async () => {
      const { doc, banners } = await page(
        800,
        600,
        `<cst-disclaimer position="top" dismissible remember="none"></cst-disclaimer>`,
        '<style>html { scroll-padding-top: 2em; }</style>',
      );
      expect(paddingTop(doc)).to.be.closeTo(32 + boxOf(banners[0]!)!.offsetHeight, 0.5);
      buttonOf(banners[0]!).click();
      await banners[0]!.updateComplete;
      expect(html(doc).getAttribute('style') ?? '').to.equal('');
      expect(paddingTop(doc)).to.equal(32);
    });

    it('is per banner: dismissing one keeps the other’s', async () => {
      const { doc, banners } = await page(
        1280,
        900,
        `<cst-disclaimer position="top" id="one" dismissible remember="none"><p>One.</p></cst-disclaimer>
        <cst-disclaimer position="top" id="two"><p>Two.</p></cst-disclaimer>`,
      );
      const heights = banners.map((el) => boxOf(el)!.offsetHeight);
      expect(paddingTop(doc)).to.be.closeTo(heights[0]! + heights[1]!, 0.5);
      buttonOf(banners[0]!).click();
      await banners[0]!.updateComplete;
      await settled(doc);
      expect(paddingTop(doc)).to.be.closeTo(heights[1]!, 0.5);
    });

    it('is never written for a banner removed before it rendered', async () => {
      const { doc, win } = await page(800, 600, '');
      html(doc).style.setProperty('scroll-padding-top', '7px');
      const el = doc.createElement('cst-disclaimer');
      el.setAttribute('position', 'top');
      doc.body.append(el);
      el.remove();
      await (el as CstDisclaimer).updateComplete;
      await frames(win, 3);
      expect(html(doc).getAttribute('style')).to.equal('scroll-padding-top: 7px;');
    });

    it('is never written while the banner is in a hidden part of the page', async () => {
      const { doc, banners } = await page(
        800,
        600,
        `<div id="tab" hidden><cst-disclaimer position="top"></cst-disclaimer></div>`,
        '<style>html { scroll-padding-top: 5px; }</style>',
      );
      expect(html(doc).getAttribute('style') ?? '').to.equal('');
      expect(spacerOf(banners[0]!)!.style.blockSize).to.equal('0px');
      doc.getElementById('tab')!.hidden = false;
      await waitUntil(() => paddingTop(doc) > 5, 'not written once shown', {
        timeout: 3000,
      });
      doc.getElementById('tab')!.hidden = true;
      await waitUntil(
        () => (html(doc).getAttribute('style') ?? '') === '',
        'not put back',
        {
          timeout: 3000,
        },
      );
      expect(paddingTop(doc)).to.equal(5);
    });

    it('inside a transformed wrapper the banner is static and writes nothing', async () => {
      const { doc, win, banners } = await page(
        800,
        600,
        `<div style="transform: translateX(0)"><cst-disclaimer position="top"></cst-disclaimer>
        <div style="block-size: 2000px"></div></div>`,
      );
      const box = boxOf(banners[0]!)!;
      expect(box.dataset.fit).to.equal('static');
      expect(win.getComputedStyle(box).position).to.equal('static');
      expect(spacerOf(banners[0]!)!.offsetHeight).to.equal(0);
      expect(html(doc).getAttribute('style') ?? '').to.equal('');
    });

    it('moved into another document, it pads that one, keeps its styles, and gives this one back', async () => {
      const { doc, banners } = await page(
        800,
        600,
        `<cst-disclaimer position="top"></cst-disclaimer>`,
      );
      expect(paddingTop(doc)).to.be.above(0);
      const other = await page(800, 600, '');
      const el = banners[0]!;
      other.doc.body.append(other.doc.adoptNode(el));
      await el.updateComplete;
      await settled(other.doc);
      expect(html(doc).getAttribute('style') ?? '').to.equal('');
      expect(paddingTop(other.doc)).to.be.closeTo(boxOf(el)!.offsetHeight, 0.5);
      expect(other.win.getComputedStyle(boxOf(el)!).position).to.equal('fixed');
      expect(other.win.getComputedStyle(boxOf(el)!).paddingTop).to.equal('16px');
    });
  });
});
