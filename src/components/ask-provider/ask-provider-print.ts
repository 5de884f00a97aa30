/**
 * What the buttons under `<cst-ask-provider questions>` do: print the
 * question list on its own, or copy it as plain text, so that a visitor can
 * take the questions to their doctor. Nothing is stored or sent anywhere.
 *
 * Part of the script: the README's own snippet shows the question list, and
 * a file of its own would cost a page a round trip for 1.5 KiB, and a
 * button that does nothing until it arrives. It reads what the widget
 * shows, in the widget's language, from its shadow root.
 *
 * Guest-safe: no inline styles, no `innerHTML`, no `document.write`, no
 * popup. Printing adds one constructed style sheet to the document and one
 * hidden element to `<body>` for as long as the print lasts.
 */
import { css } from 'lit';

/**
 * How long the copy message stays, in milliseconds: long enough to read
 * twice, then it goes, so that reading the page later does not meet it. An
 * object, so that tests can shorten it.
 */
export const timing = { messageMs: 10_000 };

/** Marks the element that holds the printed copy of the question list (PAGE_CSS names it too). */
const SHEET = 'data-cst-print';

/**
 * For the page, only while printing: everything in `<body>` but the printed
 * copy is hidden, on white, with sensible margins. In an anonymous cascade
 * layer, whose `!important` declarations beat the page's own, whatever their
 * specificity; the copy is hidden on screen.
 */
const PAGE_CSS = css`
  @media not print {
    [data-cst-print] {
      display: none !important;
    }
  }
  @media print {
    @layer {
      html,
      body {
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
      body > :not([data-cst-print]) {
        display: none !important;
      }
      [data-cst-print] {
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
  @page {
    margin: 2cm;
  }
`;

/**
 * For the printed copy, after the widget's own styles: black on white, no
 * box, no stripe; the list's heading is the title of the page.
 */
const PAPER_CSS = css`
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

/** Undoes the print that is under way, if any. */
let endPrint: (() => void) | undefined;

/** Pending clearing of each widget's message. */
const clearing = new WeakMap<Element, ReturnType<typeof setTimeout>>();

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

/**
 * Copies the question list as plain text: through the clipboard API, else
 * from a selection. Resolves to whether it copied; call it inside the click.
 */
export async function copyQuestions(list: Element): Promise<boolean> {
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
  return copied;
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
export function say(status: Element | null, message: string) {
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
export function printQuestions(widget: HTMLElement, list: Element): void {
  endPrint?.();
  const holder = document.createElement('div');
  holder.setAttribute(SHEET, '');
  // The widget's direction, which may come from an ancestor the copy lacks.
  holder.dir = getComputedStyle(widget).direction;
  const root = holder.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [
    ...(list.getRootNode() as ShadowRoot).adoptedStyleSheets,
    PAPER_CSS.styleSheet!,
  ];
  // The callout box (with its `lang`) around a copy of the list, buttons out.
  const box = list.parentElement!.cloneNode() as Element;
  box.removeAttribute('aria-labelledby');
  const copy = list.cloneNode(true) as Element;
  copy.querySelector('.actions')?.remove();
  box.append(copy);
  root.append(box);
  const page = PAGE_CSS.styleSheet!;

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
