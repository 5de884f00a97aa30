/**
 * What the buttons under `<cst-ask-provider questions>` do: print the
 * question list on its own, or copy it as plain text, so that a visitor can
 * take the questions to their doctor. Nothing is stored or sent anywhere.
 *
 * Loaded on demand (`import()` from ask-provider.ts), so pages without the
 * question list never download it. It reads what the widget shows, in the
 * widget's language, from its shadow root.
 *
 * Guest-safe: no inline styles, no `innerHTML`, no `document.write`, no
 * popup. Printing adds one constructed style sheet to the document and one
 * hidden element to `<body>` for as long as the print lasts.
 */
import type { msg as Msg } from '@lit/localize';
import type { renderIn as RenderIn } from '../../internal/locale.js';
import * as content from '../../content/ask-provider-print.js';

/**
 * What the widget lends this module: the script's `msg` and `renderIn`, so
 * that the messages come in the widget's language. Passed rather than
 * imported, so that this module imports nothing from the script.
 */
interface Localize {
  msg: typeof Msg;
  renderIn: typeof RenderIn;
}

/**
 * How long the copy message stays, in milliseconds: long enough to read
 * twice, then it goes, so that reading the page later does not meet it. An
 * object, so that tests can shorten it.
 */
export const timing = { messageMs: 10_000 };

/** Marks the element that holds the printed copy of the question list. */
const SHEET = 'data-cst-print';

/**
 * For the page, only while printing: everything in `<body>` but the printed
 * copy is hidden, on white, with sensible margins. In an anonymous cascade
 * layer, whose `!important` declarations beat the page's own, whatever their
 * specificity; the copy is hidden on screen.
 */
const PAGE_CSS = `
@media not print {
  [${SHEET}] { display: none !important; }
}
@media print {
  @layer {
    html, body {
      background: #fff !important;
      color: #000 !important;
    }
    body {
      display: block !important;
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      visibility: hidden !important;
    }
    body > :not([${SHEET}]) { display: none !important; }
    [${SHEET}] {
      display: block !important;
      visibility: visible !important;
      position: static !important;
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      background: #fff !important;
      transform: none !important;
    }
  }
}
@page { margin: 2cm; }
`;

/**
 * For the printed copy, after the widget's own styles: black on white, no
 * box, no stripe; the list's heading is the title of the page.
 */
const PAPER_CSS = `
[part~='base'] {
  color: #000;
  background: #fff;
  border: 0;
  padding: 0;
}
.questions .heading {
  font-size: 1.4em;
}
`;

let pageSheet: CSSStyleSheet | undefined;
let paperSheet: CSSStyleSheet | undefined;

function sheet(css: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(css);
  return result;
}

/** Undoes the print that is under way, if any. */
let endPrint: (() => void) | undefined;

/** Pending clearing of each widget's message. */
const clearing = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/** The shadow roots whose clicks this module handles. */
const attached = new WeakSet<ShadowRoot>();

/**
 * Handles the clicks on the two buttons under the question list of
 * `widget`, a `<cst-ask-provider>`: the first prints the list, the second
 * copies it. Once per widget, however often it is called; it listens on the
 * shadow root, which outlives the buttons when `questions` is switched off
 * and on. Does nothing where there is no shadow root (server rendering).
 */
export function attach(
  widget: HTMLElement,
  msg: typeof Msg,
  renderIn: typeof RenderIn,
): void {
  const root = widget.shadowRoot;
  if (!root || attached.has(root)) return;
  attached.add(root);
  root.addEventListener('click', (event) => {
    const list = root.querySelector('[part~="questions"]');
    const [print, copy] = list?.querySelectorAll('.actions > button') ?? [];
    if (event.target === print) printQuestions(widget, list!);
    else if (event.target === copy) void copyQuestions(list!, { msg, renderIn });
  });
}

/**
 * The question list as plain text: the heading, the advice, and each group
 * with its questions, one per line, a dash before each question and a blank
 * line before each group. Taken from what the widget shows, so it is in the
 * widget's language.
 */
function questionsText(list: Element): string {
  return [...list.querySelectorAll('.heading, p, li')]
    .map((node) => {
      const line = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (node.localName === 'li') return `- ${line}`;
      return node.classList.contains('group') ? `\n${line}` : line;
    })
    .join('\n');
}

async function copyQuestions(list: Element, { msg, renderIn }: Localize): Promise<void> {
  const text = questionsText(list);
  let copied: boolean;
  try {
    // Missing outside secure contexts: the TypeError then comes at once, and
    // the fallback still runs inside the click, as some browsers require.
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    // Not allowed (a frame without clipboard permission, a call that came
    // too late after the click): copy from a selection instead.
    copied = copyFromSelection(list, text);
  }
  const language = list.closest('[lang]')?.getAttribute('lang') ?? 'en';
  say(
    list.querySelector('[role="status"]'),
    renderIn(language, () => (copied ? content.copied(msg) : content.copyFailed(msg))),
  );
}

/**
 * The older way to copy: select the text in a temporary, visually hidden
 * text box, ask the browser to copy the selection, then put focus back
 * where it was.
 */
function copyFromSelection(list: Element, text: string): boolean {
  const root = list.getRootNode() as ShadowRoot;
  const focused = root.activeElement as HTMLElement | null;
  const box = document.createElement('textarea');
  box.value = text;
  box.readOnly = true;
  box.className = 'visually-hidden';
  box.tabIndex = -1;
  list.append(box);
  try {
    box.focus({ preventScroll: true });
    box.select();
    // iOS selects nothing with select() alone.
    box.setSelectionRange(0, text.length);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    box.remove();
    focused?.focus({ preventScroll: true });
  }
}

/**
 * Shows `message` in the live region, which reads it out, and clears it
 * later. It empties the region first and writes a moment after, so that the
 * same message said twice (a second copy) is read out twice.
 */
function say(status: Element | null, message: string) {
  if (!status) return;
  clearTimeout(clearing.get(status));
  status.textContent = '';
  clearing.set(
    status,
    setTimeout(() => {
      status.textContent = message;
      clearing.set(
        status,
        setTimeout(() => (status.textContent = ''), timing.messageMs),
      );
    }, 100),
  );
}

/**
 * Prints the question list alone: a copy of it, with the widget's styles,
 * goes at the end of `<body>` in a shadow root of its own (so it prints the
 * same wherever the widget sits, even in another component's shadow root),
 * and a print-only sheet hides the rest of the page. Both go when the print
 * ends (`afterprint`), when `print()` throws, or at once if the browser
 * ignored `print()` (no `beforeprint`, e.g. a sandboxed frame without
 * `allow-modals`). A browser whose print dialog does not block keeps them
 * until it sends `afterprint`.
 */
function printQuestions(widget: HTMLElement, list: Element): void {
  endPrint?.();
  const holder = document.createElement('div');
  holder.setAttribute(SHEET, '');
  // The widget's direction, which may come from an ancestor the copy lacks.
  holder.dir = getComputedStyle(widget).direction;
  const root = holder.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [
    ...(list.getRootNode() as ShadowRoot).adoptedStyleSheets,
    (paperSheet ??= sheet(PAPER_CSS)),
  ];
  // The callout box (with its `lang`) around a copy of the list, buttons out.
  const box = list.parentElement!.cloneNode() as Element;
  box.removeAttribute('aria-labelledby');
  const copy = list.cloneNode(true) as Element;
  copy.querySelector('.actions')?.remove();
  box.append(copy);
  root.append(box);
  const page = (pageSheet ??= sheet(PAGE_CSS));

  let started = false;
  const onBeforePrint = () => (started = true);
  const end = () => {
    removeEventListener('beforeprint', onBeforePrint);
    removeEventListener('afterprint', end);
    holder.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
      (each) => each !== page,
    );
    endPrint = undefined;
  };
  endPrint = end;
  addEventListener('beforeprint', onBeforePrint);
  addEventListener('afterprint', end);
  (document.body ?? document.documentElement).append(holder);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
  try {
    window.print();
    if (!started) end();
  } catch {
    end();
  }
}
