import { expect } from '@open-wc/testing';

/**
 * WCAG 2.2 colour contrast, computed from what the browser renders: relative
 * luminance and contrast ratio (WCAG 2.2, "relative luminance" and "contrast
 * ratio" definitions), the colour behind an element (its own and its
 * ancestors' backgrounds, composited, across shadow roots and slots), and
 * checks that collect every text, focus indicator and control border of a
 * widget that falls short.
 */

/** An sRGB colour with channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * Parses a computed colour: `rgb()`/`rgba()` (comma or space syntax) and
 * `color(srgb …)`, which browsers give for `color-mix()`. Anything else
 * throws, so a check can never pass on a colour it did not understand.
 */
export function parseColor(value: string): Rgba {
  const text = value.trim();
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let match = /^rgba?\(([^)]+)\)$/.exec(text);
  if (match) {
    const parts = match[1]!
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number.parseFloat);
    const [r = 0, g = 0, b = 0, a = 1] = parts;
    return { r, g, b, a };
  }
  match = /^color\(srgb ([^)]+)\)$/.exec(text);
  if (match) {
    const [r = 0, g = 0, b = 0, a = 1] = match[1]!
      .split(/[\s/]+/)
      .filter(Boolean)
      .map(Number.parseFloat);
    return { r: r * 255, g: g * 255, b: b * 255, a };
  }
  throw new Error(`contrast: cannot parse the colour "${value}"`);
}

/** `top` painted over the opaque colour `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return {
    r: mix(top.r, bottom.r),
    g: mix(top.g, bottom.g),
    b: mix(top.b, bottom.b),
    a: 1,
  };
}

/** WCAG relative luminance of an opaque sRGB colour. */
export function luminance({ r, g, b }: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The parent in the flattened tree: slot, then parent, then shadow host. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The opaque colour behind `el`'s content: its background and those of its
 * ancestors, composited, over the page's canvas (white: the test pages are
 * light). Background images are not considered; the widgets use none.
 */
export function backgroundOf(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const color = parseColor(getComputedStyle(node).backgroundColor);
    if (color.a > 0) layers.push(color);
    if (color.a >= 1) break;
  }
  return layers.reduceRight((below, layer) => composite(layer, below), WHITE);
}

/** A contrast that falls short, with what to look at. */
export interface Shortfall {
  what: string;
  ratio: number;
  needed: number;
}

function describe(el: Element): string {
  const part = el.getAttribute('part');
  const cls = el.getAttribute('class');
  return `<${el.localName}${part ? ` part="${part}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

function rendered(el: Element): boolean {
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible';
}

/** Screen-reader-only text (clipped to nothing) has no visual contrast to meet. */
function visuallyHidden(el: Element): boolean {
  for (let node: Element | null = el; node; node = flatParent(node)) {
    if (node.classList.contains('visually-hidden')) return true;
  }
  return false;
}

/** Every element of the tree under `root` (shadow roots included), in order. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

/**
 * Text contrast (WCAG 1.4.3): every rendered element of `root` with text of
 * its own needs 4.5:1 against what is behind it, or 3:1 when the text is
 * large (24px, or 18.66px bold).
 */
export function textShortfalls(root: ParentNode): Shortfall[] {
  const out: Shortfall[] = [];
  for (const el of allElements(root)) {
    const ownText = [...el.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
    );
    if (!ownText || !rendered(el) || visuallyHidden(el)) continue;
    const style = getComputedStyle(el);
    const size = Number.parseFloat(style.fontSize);
    const bold = Number.parseInt(style.fontWeight, 10) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    const background = backgroundOf(el);
    const ratio = contrastRatio(
      composite(parseColor(style.color), background),
      background,
    );
    if (ratio < needed) out.push({ what: `text of ${describe(el)}`, ratio, needed });
  }
  return out;
}

/**
 * Non-text contrast (WCAG 1.4.11) of controls: every visible border of a
 * button needs 3:1 against the colour around the button.
 */
export function controlBorderShortfalls(root: ParentNode): Shortfall[] {
  const out: Shortfall[] = [];
  for (const el of allElements(root)) {
    if (el.localName !== 'button' || !rendered(el)) continue;
    const style = getComputedStyle(el);
    const around = backgroundOf(flatParent(el)!);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      if (style[`border${side}Style`] === 'none') continue;
      if (Number.parseFloat(style[`border${side}Width`]) === 0) continue;
      const color = composite(parseColor(style[`border${side}Color`]), around);
      const ratio = contrastRatio(color, around);
      if (ratio < 3)
        out.push({ what: `${side} border of ${describe(el)}`, ratio, needed: 3 });
    }
  }
  return out;
}

/** How a focus indicator is drawn, read while the element has keyboard focus. */
export interface FocusRing {
  style: string;
  width: number;
  ratio: number;
}

/**
 * The outline of `el` while it has focus (the caller focuses it), and its
 * contrast against the colour around the element: the outline is drawn
 * outside, with an offset, so that colour is what it must stand out from.
 */
export function focusRing(el: Element): FocusRing {
  const style = getComputedStyle(el);
  const around = backgroundOf(flatParent(el)!);
  const color = composite(parseColor(style.outlineColor), around);
  return {
    style: style.outlineStyle,
    width: Number.parseFloat(style.outlineWidth),
    ratio: contrastRatio(color, around),
  };
}

/** Formats shortfalls for an assertion message. */
export function report(shortfalls: Shortfall[]): string {
  return shortfalls
    .map((s) => `${s.what}: ${s.ratio.toFixed(2)}:1, needs ${s.needed}:1`)
    .join('\n');
}

/** Focuses `target` as the keyboard would, so that :focus-visible applies. */
export function focusFromKeyboard(target: HTMLElement): void {
  target.focus({ focusVisible: true } as FocusOptions);
  expect(target.matches(':focus-visible'), 'focus is visible').to.equal(true);
}

/**
 * The focus indicator of every link and button of a widget's shadow tree: a
 * solid outline at least 2px wide (WCAG 2.4.7; the 2px of 2.4.13) with 3:1
 * against the colour around it (1.4.11).
 */
export function expectFocusRings(el: Element): void {
  // Links in a closed accordion panel cannot take focus until it opens.
  const targets = [
    ...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], button'),
  ].filter((target) => !target.closest('[hidden]'));
  const rings = targets.map((target) => {
    focusFromKeyboard(target);
    return { target: target.outerHTML.slice(0, 60), ...focusRing(target) };
  });
  for (const ring of rings) {
    expect(ring.style, `outline style of ${ring.target}`).to.equal('solid');
    expect(ring.width, `outline width of ${ring.target}`).to.be.at.least(2);
    expect(ring.ratio, `outline contrast of ${ring.target}`).to.be.at.least(3);
  }
}
