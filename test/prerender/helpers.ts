/**
 * Pages with pre-rendered widgets, in frames, for the tests in this folder:
 * the snippet as the configurator writes it (demo/configurator/prerender.js,
 * from the widgets the drop-in script renders), in a page that loads the
 * drop-in script, dist/cst-widgets.js, only when the test says so.
 */
import { shadowTemplate } from '../../demo/configurator/prerender.js';

export type Widget = HTMLElement & {
  updateComplete: Promise<boolean>;
  hasUpdated: boolean;
};
export type FrameWindow = Window & typeof globalThis;

export const TAGS = ['cst-disclaimer', 'cst-benefits', 'cst-ask-provider'];

/** The host page around the widgets: each followed by a paragraph of the page's own. */
export function page(lang: string, widgets: string[]): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<style>body { margin: 0; padding: 8px; font: 16px/1.5 sans-serif; } p { margin: 0.5em 0; }</style>
</head><body>
<p class="host">The practitioner's page starts here.</p>
${widgets.map((widget) => `${widget}\n<p class="host">The page goes on after the widget.</p>`).join('\n')}
<p class="host">The end of the page.</p>
</body></html>`;
}

/** A frame of the test page showing `html`, once it has loaded. */
export function frameWith(html: string, width = 412): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = `inline-size: ${width}px; block-size: 900px; border: 0`;
    frame.onload = () => resolve(frame);
    frame.onerror = reject;
    frame.srcdoc = html;
    document.body.append(frame);
  });
}

export const windowOf = (frame: HTMLIFrameElement) => frame.contentWindow as FrameWindow;

/** Errors and unhandled rejections in a frame, from now on. */
export function errorsIn(win: FrameWindow): string[] {
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(event.message));
  win.addEventListener('unhandledrejection', (event) =>
    errors.push(String(event.reason)),
  );
  return errors;
}

/** Adds the drop-in script (from `folder`) to the frame's page. */
export function loadScript(frame: HTMLIFrameElement, folder = '/dist/') {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `${folder}cst-widgets.js`;
  doc.body.append(script);
}

/** Once every widget of the frame has rendered what it will show, and a frame has been drawn. */
export async function upgraded(frame: HTMLIFrameElement): Promise<Widget[]> {
  const win = windowOf(frame);
  for (const tag of TAGS) await win.customElements.whenDefined(tag);
  const widgets = [...frame.contentDocument!.querySelectorAll<Widget>(TAGS.join(','))];
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
  }
  return widgets;
}

/**
 * Each element of `elements` (markup as a site author writes it) with its
 * pre-rendered shadow root inside, taken from the widgets as the drop-in
 * script renders them in a page in `lang`.
 */
export async function prerendered(lang: string, elements: string[]): Promise<string[]> {
  const frame = await frameWith(page(lang, elements));
  try {
    loadScript(frame);
    const widgets = await upgraded(frame);
    return widgets.map((el, index) => {
      const written = elements[index]!;
      const end = written.indexOf('>') + 1;
      return `${written.slice(0, end)}${shadowTemplate(el)}${written.slice(end)}`;
    });
  } finally {
    frame.remove();
  }
}

/** What shows of a widget: its shadow tree's markup, Lit's markers and runs of spaces aside. */
export function shown(el: Element): string {
  const root = el.shadowRoot!;
  const box = document.createElement('div');
  for (const node of root.childNodes) {
    if (node.nodeType !== Node.COMMENT_NODE) box.append(node.cloneNode(true));
  }
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode!.removeChild(comment));
  box.querySelectorAll('style').forEach((style) => style.remove());
  box.normalize();
  return box.innerHTML.replace(/\s+/g, ' ');
}

/** Every box of a widget's shadow tree, from the host's corner, to 1/100 px. */
export function boxes(el: Element): string[] {
  const host = el.getBoundingClientRect();
  return [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => node.localName !== 'style')
    .map((node) => {
      const { x, y, width, height } = node.getBoundingClientRect();
      const [left, top, w, h] = [x - host.x, y - host.y, width, height].map((n) =>
        n.toFixed(2),
      );
      return `${node.localName} ${left},${top} ${w}x${h}`;
    });
}

/** Where the host page's own paragraphs and the widgets are: one line per box. */
export function layout(doc: Document): string[] {
  return [...doc.querySelectorAll(`p.host, ${TAGS.join(',')}`)].map((el) => {
    const { x, y, width, height } = el.getBoundingClientRect();
    return `${el.localName} ${[x, y, width, height].map((n) => n.toFixed(2)).join(' ')}`;
  });
}

/**
 * Records `layout(doc)` in every animation frame until `stop()` is called:
 * each frame the browser drew in between, as it drew it.
 */
export function recordFrames(win: FrameWindow): { stop: () => string[][] } {
  const frames: string[][] = [];
  let running = true;
  const tick = () => {
    frames.push(layout(win.document));
    if (running) win.requestAnimationFrame(tick);
  };
  win.requestAnimationFrame(tick);
  return {
    stop: () => {
      running = false;
      return frames;
    },
  };
}

/**
 * Boxes (from `boxes` or `layout`) that are the same to 0.05 px: a text run
 * that Lit wrote as several text nodes and the parser as one can measure
 * 1/100 px apart, which no one sees and the Layout Instability API ignores.
 */
export function sameBoxes(actual: string[], expected: string[]): boolean {
  if (actual.length !== expected.length) return false;
  return actual.every((line, index) => {
    const numbers = (text: string) => text.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    const [a, b] = [numbers(line), numbers(expected[index]!)];
    const words = (text: string) => text.replace(/-?\d+(\.\d+)?/g, '#');
    return (
      words(line) === words(expected[index]!) &&
      a.length === b.length &&
      a.every((n, i) => Math.abs(n - b[i]!) <= 0.05)
    );
  });
}
