import type { CSSResultOrNative } from 'lit';

/** Each window's copy of each widget's style sheets. */
const copies = new WeakMap<Window, Map<readonly CSSResultOrNative[], CSSStyleSheet[]>>();

/**
 * Gives `root` its widget's `styles` again after the widget was moved into
 * another document (an iframe's, with `adoptNode`): constructed style sheets
 * belong to the document they were made in, and browsers drop them from a
 * shadow root that moves to another. The copies are made once per window,
 * through the CSSOM, which a strict `style-src` allows.
 */
export function adoptStylesIn(root: ShadowRoot, styles: readonly CSSResultOrNative[]) {
  const view = root.ownerDocument.defaultView;
  if (!view || !('adoptedStyleSheets' in root)) return;
  let byStyles = copies.get(view);
  if (!byStyles) copies.set(view, (byStyles = new Map()));
  let sheets = byStyles.get(styles);
  if (!sheets) {
    sheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(
        'cssText' in style
          ? style.cssText
          : [...style.cssRules].map((rule) => rule.cssText).join('\n'),
      );
      return sheet;
    });
    byStyles.set(styles, sheets);
  }
  root.adoptedStyleSheets = sheets;
}
