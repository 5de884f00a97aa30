/** What may take focus; each is tried, so disabled, hidden or inert ones are passed over. */
const FOCUSABLE =
  'a[href],area[href],button,input,select,textarea,summary,iframe,[tabindex],[contenteditable]';

/**
 * The children of `node` as the page shows them (the composed tree): an
 * element's open shadow root instead of its own children, and a slot's
 * assigned nodes (else its fallback content).
 */
function shownChildren(node: Node): Node[] {
  const element = node as Element;
  if (element.shadowRoot) return [...element.shadowRoot.childNodes];
  if (element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes();
    if (assigned.length > 0) return assigned;
  }
  return [...node.childNodes];
}

/**
 * Moves focus from `widget`, which is about to lose it, to the first element
 * after it in the composed tree that takes focus (in other widgets' shadow
 * roots too), else to the nearest one before it; never to `<body>`.
 */
export function focusNextAfter(widget: Element, preventScroll: boolean): void {
  const before: HTMLElement[] = [];
  const after: HTMLElement[] = [];
  let passed = false;
  const visit = (node: Node) => {
    for (const child of shownChildren(node)) {
      if (child === widget) {
        passed = true;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as HTMLElement;
      if (element.matches(FOCUSABLE) && element.tabIndex >= 0) {
        (passed ? after : before).push(element);
      }
      visit(element);
    }
  };
  visit(widget.ownerDocument);
  for (const element of [...after, ...before.reverse()]) {
    element.focus({ preventScroll });
    if (element.matches(':focus')) return;
  }
}
