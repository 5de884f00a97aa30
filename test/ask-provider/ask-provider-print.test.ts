import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CstAskProvider } from '../../src/components/ask-provider/ask-provider.js';
import { timing } from '../../src/components/ask-provider/ask-provider-print.js';
import '../../src/define.js';
import { axeViolations } from '../axe.js';
import { controlBorderShortfalls, report, textShortfalls } from '../contrast.js';
import {
  canEmulateMediaFeatures,
  collectErrors,
  itEmulatingMediaFeatures,
  markup,
  shadow,
  withMedia,
} from '../helpers.js';

/**
 * The buttons under `<cst-ask-provider questions>`: "Print the questions"
 * prints the question list alone, "Copy the questions" puts it on the
 * clipboard as plain text (src/components/ask-provider/ask-provider-print.ts).
 * The clipboard and `window.print()` are stubbed: a test cannot read the real
 * clipboard everywhere, nor close a print dialog.
 */

const EN_TEXT = `Questions worth asking
Tell everyone who cares for you about all the treatments and therapies you use.

Ask your doctor:
- Is CST safe for me, with my health and the medicines I take?
- Is there good research on whether it helps with my problem?
- Do my symptoms need tests or other care first?
- How will I know if it helps, and when should I stop?

Ask the therapist:
- What training do you have? Who are you registered with?
- How many sessions do you suggest, and what will they cost?
- Will my health insurance pay for sessions?
- Will you share notes with my doctor?`;

const DE_TEXT = `Gute Fragen für das Gespräch
Informieren Sie alle, die sich um Ihre Gesundheit kümmern, über alle Behandlungen und Therapien, die Sie nutzen.

Fragen Sie Ihre Ärztin oder Ihren Arzt:
- Ist CST bei meinem Gesundheitszustand und den Medikamenten, die ich nehme, für mich sicher?
- Gibt es gute Studien dazu, ob es bei meinem Problem hilft?
- Brauche ich wegen meiner Beschwerden zuerst Untersuchungen oder eine andere Versorgung?
- Woran merke ich, ob es hilft, und wann sollte ich aufhören?

Fragen Sie Ihre Therapeutin oder Ihren Therapeuten:
- Welche Ausbildung haben Sie? Bei welchem Berufsverband sind Sie Mitglied?
- Wie viele Sitzungen schlagen Sie vor, und was kosten sie?
- Übernimmt meine Krankenkasse die Kosten der Sitzungen?
- Geben Sie Ihre Aufzeichnungen an meine Ärztin oder meinen Arzt weiter?`;

const COPIED = 'The questions are copied. You can paste them into a note or an email.';
const COPY_FAILED =
  'Copying did not work. Please select the questions above and copy them yourself.';
const DE_COPIED =
  'Die Fragen sind kopiert. Sie können sie in eine Notiz oder eine E-Mail einfügen.';
const DE_COPY_FAILED =
  'Das Kopieren hat nicht geklappt. Bitte markieren Sie die Fragen oben und kopieren Sie sie selbst.';

/** The attribute that marks the printed copy of the list (ask-provider-print.ts). */
const SHEET = 'data-cst-print';

type Widget = CstAskProvider;

/**
 * Waits until every widget under `root` has rendered in `lang` and the
 * feature module, which the buttons load as they first show, handles their
 * clicks.
 */
async function ready(root: ParentNode, lang = 'en'): Promise<Widget[]> {
  const widgets = [...root.querySelectorAll<Widget>('cst-ask-provider')];
  if (root instanceof Element && root.localName === 'cst-ask-provider') {
    widgets.push(root as Widget);
  }
  await waitUntil(
    () =>
      widgets.every(
        (el) =>
          el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === lang,
      ),
    `not every widget rendered in "${lang}"`,
    { timeout: 5000 },
  );
  await import('../../src/components/ask-provider/ask-provider-print.js');
  // The widgets' own import() resolves in the same turn; let it attach.
  await new Promise((resolve) => setTimeout(resolve));
  return widgets;
}

async function create(html: string, lang = 'en'): Promise<Widget> {
  const el = await fixture<Widget>(html);
  await ready(el, lang);
  return el;
}

const printButton = (el: Element) =>
  shadow(el).querySelectorAll<HTMLButtonElement>('.actions > button')[0]!;
const copyButton = (el: Element) =>
  shadow(el).querySelectorAll<HTMLButtonElement>('.actions > button')[1]!;
const status = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="status"]')!;
const holders = () => [...document.querySelectorAll<HTMLElement>(`[${SHEET}]`)];

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Replaces `navigator.clipboard` until `restore()`; `undefined` takes it away. */
function stubClipboard(clipboard: Partial<Clipboard> | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: clipboard,
  });
}

/** Replaces `document.execCommand` until `restore()`. */
function stubExecCommand(fn: (command: string) => boolean) {
  Object.defineProperty(document, 'execCommand', { configurable: true, value: fn });
}

/** Replaces `window.print` until `restore()`. */
function stubPrint(fn: () => void) {
  Object.defineProperty(window, 'print', { configurable: true, value: fn });
}

/** Removes the stubs: the real clipboard, execCommand and print() show again. */
function restore() {
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(document, 'execCommand');
  Reflect.deleteProperty(window, 'print');
}

/** A clipboard that takes what is written. */
function recordingClipboard(): { written: string[]; clipboard: Partial<Clipboard> } {
  const written: string[] = [];
  return {
    written,
    clipboard: {
      writeText: (text: string) => {
        written.push(text);
        return Promise.resolve();
      },
    },
  };
}

/** A clipboard that refuses, as in a frame without clipboard permission. */
const refusingClipboard: Partial<Clipboard> = {
  writeText: () =>
    Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
};

/** Activates `button` from the keyboard, as a visitor does. */
async function press(button: HTMLButtonElement, key: 'Enter' | ' ' = 'Enter') {
  button.focus();
  await sendKeys({ press: key });
}

async function message(el: Element): Promise<string> {
  await waitUntil(() => status(el).textContent !== '', 'no message', { timeout: 3000 });
  return status(el).textContent!;
}

/** A print that stays open until `close()`, as a print dialog does. */
function openPrint() {
  const calls: number[] = [];
  stubPrint(() => {
    calls.push(1);
    dispatchEvent(new Event('beforeprint'));
  });
  return {
    calls,
    close: () => dispatchEvent(new Event('afterprint')),
  };
}

/** Records the requests made until `stop()`, which waits for their entries. */
function recordRequests() {
  const requested: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) requested.push(entry.name);
  });
  observer.observe({ type: 'resource' });
  return {
    async stop() {
      // Resource entries reach the observer in a later task.
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.disconnect();
      return requested;
    },
  };
}

describe('<cst-ask-provider questions>: print and copy', () => {
  let messageMs: number;

  beforeEach(() => {
    messageMs = timing.messageMs;
  });

  afterEach(() => {
    restore();
    timing.messageMs = messageMs;
    for (const holder of holders()) holder.remove();
  });

  describe('the buttons', () => {
    it('work from the first render: no file to wait for, and none requested', async () => {
      const print = openPrint();
      const { written, clipboard } = recordingClipboard();
      stubClipboard(clipboard);
      const requests = recordRequests();
      const errors = await collectErrors(async () => {
        const el = await fixture<Widget>(
          '<cst-ask-provider questions></cst-ask-provider>',
        );
        await el.updateComplete;
        // At once: nothing may have loaded in between.
        printButton(el).click();
        expect(print.calls).to.have.length(1);
        print.close();
        copyButton(el).click();
        expect(written).to.deep.equal([EN_TEXT]);
      });
      expect(errors).to.deep.equal([]);
      expect(await requests.stop()).to.deep.equal([]);
    });

    it('stay working through twenty changes of the widget, with no rejection and no request', async () => {
      const requests = recordRequests();
      const errors = await collectErrors(async () => {
        const el = await fixture<Widget>(
          '<cst-ask-provider questions></cst-ask-provider>',
        );
        for (let change = 0; change < 20; change += 1) {
          el.setAttribute('provider', `your doctor ${change}`);
          if (change % 5 === 0) el.toggleAttribute('questions');
          await el.updateComplete;
        }
        el.setAttribute('questions', '');
        await el.updateComplete;
        const print = openPrint();
        printButton(el).click();
        expect(print.calls).to.have.length(1);
        print.close();
      });
      expect(errors).to.deep.equal([]);
      expect(await requests.stop()).to.deep.equal([]);
    });

    it('show only with `questions`, after the lists, as real buttons', async () => {
      const without = await create('<cst-ask-provider></cst-ask-provider>');
      expect(shadow(without).querySelector('button')).to.equal(null);
      expect(shadow(without).querySelector('[role="status"]')).to.equal(null);

      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      const list = shadow(el).querySelector('[part~="questions"]')!;
      const buttons = [...list.querySelectorAll('button')];
      expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal([
        'Print the questions',
        'Copy the questions',
      ]);
      // After the last list, in the question block.
      const lists = list.querySelectorAll('ul');
      expect(
        lists[1]!.compareDocumentPosition(buttons[0]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).to.not.equal(0);
      for (const button of buttons) {
        expect(button.getAttribute('role')).to.equal(null);
        const box = button.getBoundingClientRect();
        expect(box.height, 'target height').to.be.at.least(24);
        expect(box.width, 'target width').to.be.at.least(24);
      }

      el.questions = false;
      await el.updateComplete;
      expect(shadow(el).querySelector('button')).to.equal(null);
    });

    it('are translated', async () => {
      const el = await create(
        '<cst-ask-provider questions lang="fr"></cst-ask-provider>',
        'fr',
      );
      expect(printButton(el).textContent!.trim()).to.equal('Imprimer les questions');
      expect(copyButton(el).textContent!.trim()).to.equal('Copier les questions');
    });

    it('mirror in right-to-left: the first button is at the start (right)', async () => {
      const wrapper = await fixture<HTMLElement>(
        '<div dir="rtl"><cst-ask-provider questions></cst-ask-provider></div>',
      );
      const [el] = await ready(wrapper);
      const print = printButton(el!).getBoundingClientRect();
      const copy = copyButton(el!).getBoundingClientRect();
      expect(print.right).to.be.greaterThan(copy.right);
    });

    it('pass axe and meet contrast, in light and dark, with a message showing', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await create(
          `<cst-ask-provider questions theme="${theme}"></cst-ask-provider>`,
        );
        stubClipboard(recordingClipboard().clipboard);
        copyButton(el).click();
        expect(await message(el)).to.equal(COPIED);
        expect(await axeViolations(el)).to.deep.equal([]);
        const root = shadow(el);
        expect(report(textShortfalls(root)), theme).to.equal('');
        expect(report(controlBorderShortfalls(root)), theme).to.equal('');
        restore();
      }
    });

    itEmulatingMediaFeatures('are hidden when the page is printed', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      await withMedia(
        [],
        async () => {
          expect(
            getComputedStyle(shadow(el).querySelector('.actions')!).display,
          ).to.equal('none');
          // The questions themselves print.
          expect(shadow(el).querySelector('li')!.getClientRects().length).to.be.above(0);
        },
        'print',
      );
    });

    itEmulatingMediaFeatures('keep their borders in forced colours', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      await withMedia([{ name: 'forced-colors', value: 'active' }], async () => {
        for (const button of [printButton(el), copyButton(el)]) {
          const style = getComputedStyle(button);
          expect(style.borderTopStyle).to.equal('solid');
          expect(Number.parseFloat(style.borderTopWidth)).to.be.at.least(1);
        }
      });
    });
  });

  describe('Copy', () => {
    it('copies the heading, the advice and both groups, one per line', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      const { written, clipboard } = recordingClipboard();
      stubClipboard(clipboard);
      copyButton(el).click();
      expect(await message(el)).to.equal(COPIED);
      expect(written).to.deep.equal([EN_TEXT]);
    });

    it('copies in the widget’s language (German), and says so in German', async () => {
      const el = await create(
        '<cst-ask-provider questions lang="de-DE"></cst-ask-provider>',
        'de',
      );
      const { written, clipboard } = recordingClipboard();
      stubClipboard(clipboard);
      copyButton(el).click();
      expect(await message(el)).to.equal(DE_COPIED);
      expect(written).to.deep.equal([DE_TEXT]);
    });

    it('copies what the list shows: a site’s provider, emergency note and contact stay out', async () => {
      // The list itself names no provider; text from attributes never leaks in.
      const el = await create(
        `<cst-ask-provider questions urgent provider="your GP <b>Dr Ali</b> \u202Eevil"
          contact-href="tel:+441234567890" contact-label="Call us"></cst-ask-provider>`,
      );
      const { written, clipboard } = recordingClipboard();
      stubClipboard(clipboard);
      copyButton(el).click();
      await message(el);
      expect(written).to.deep.equal([EN_TEXT]);
      // The same text, whatever the provider: the German site's provider too.
      const german = await create(
        '<cst-ask-provider questions lang="de" provider="Ihrem Hausarzt"></cst-ask-provider>',
        'de',
      );
      copyButton(german).click();
      await message(german);
      expect(written).to.deep.equal([EN_TEXT, DE_TEXT]);
    });

    it('copies from a selection when the clipboard API refuses, and says it copied', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      stubClipboard(refusingClipboard);
      const seen: { command: string; selected: string; focused: Element | null }[] = [];
      stubExecCommand((command) => {
        const box = deepActive() as HTMLTextAreaElement;
        seen.push({
          command,
          selected: box.value.slice(box.selectionStart, box.selectionEnd),
          focused: box,
        });
        return true;
      });
      await press(copyButton(el));
      expect(await message(el)).to.equal(COPIED);
      expect(seen.length).to.equal(1);
      expect(seen[0]!.command).to.equal('copy');
      expect(seen[0]!.selected).to.equal(EN_TEXT);
      expect(seen[0]!.focused!.localName).to.equal('textarea');
      // The temporary text box is gone, and focus is back on the button.
      expect(shadow(el).querySelector('textarea')).to.equal(null);
      expect(deepActive()).to.equal(copyButton(el));
    });

    it('copies from a selection when there is no clipboard API (insecure page)', async () => {
      const el = await create(
        '<cst-ask-provider questions lang="de"></cst-ask-provider>',
        'de',
      );
      stubClipboard(undefined);
      const selected: string[] = [];
      stubExecCommand(() => {
        const box = deepActive() as HTMLTextAreaElement;
        selected.push(box.value.slice(box.selectionStart, box.selectionEnd));
        return true;
      });
      await press(copyButton(el), ' ');
      expect(await message(el)).to.equal(DE_COPIED);
      expect(selected).to.deep.equal([DE_TEXT]);
    });

    it('the selection fallback really copies: the browser copies exactly the text', async () => {
      // No stub of execCommand: each engine copies the selection of the
      // temporary text box after a key press (Chromium, Firefox and WebKit).
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      stubClipboard(refusingClipboard);
      const copied: string[] = [];
      const onCopy = (event: Event) => {
        const box = event.composedPath()[0] as HTMLTextAreaElement;
        copied.push(box.value.slice(box.selectionStart, box.selectionEnd));
      };
      document.addEventListener('copy', onCopy);
      try {
        await press(copyButton(el));
        expect(await message(el)).to.equal(COPIED);
        expect(copied).to.deep.equal([EN_TEXT]);
      } finally {
        document.removeEventListener('copy', onCopy);
      }
    });

    it('says how to copy by hand when both ways fail', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      stubClipboard(refusingClipboard);
      stubExecCommand(() => false);
      await press(copyButton(el));
      expect(await message(el)).to.equal(COPY_FAILED);
      expect(shadow(el).querySelector('textarea')).to.equal(null);
      expect(deepActive()).to.equal(copyButton(el));
    });

    it('says how to copy by hand when the copy command throws, in the widget’s language', async () => {
      const el = await create(
        '<cst-ask-provider questions lang="de"></cst-ask-provider>',
        'de',
      );
      stubClipboard(undefined);
      stubExecCommand(() => {
        throw new DOMException('Not allowed', 'SecurityError');
      });
      const errors = await collectErrors(async () => {
        copyButton(el).click();
        expect(await message(el)).to.equal(DE_COPY_FAILED);
      });
      expect(errors).to.deep.equal([]);
    });

    it('announces in a polite live region that is shown next to the buttons, then clears it', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      timing.messageMs = 50;
      const live = status(el);
      // There before anything is said, so screen readers watch it.
      expect(live.getAttribute('role')).to.equal('status');
      expect(live.textContent).to.equal('');
      expect(live.parentElement).to.equal(copyButton(el).parentElement);
      stubClipboard(recordingClipboard().clipboard);
      const said: string[] = [];
      let box: DOMRect | undefined;
      const observer = new MutationObserver(() => {
        said.push(live.textContent!);
        box ??= live.getBoundingClientRect();
      });
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      copyButton(el).click();
      await waitUntil(() => said.length === 2, 'the message did not come and go', {
        timeout: 3000,
      });
      observer.disconnect();
      expect(said).to.deep.equal([COPIED, '']);
      // Visible while it shows: a box of its own, not clipped away for screen
      // readers only.
      expect(live.closest('.visually-hidden')).to.equal(null);
      expect(getComputedStyle(live).visibility).to.equal('visible');
      expect(box!.width).to.be.above(50);
      expect(box!.height).to.be.above(10);
    });

    it('says it again when copied again, and replaces it when the outcome changes', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      const live = status(el);
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(live.textContent!));
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      try {
        stubClipboard(recordingClipboard().clipboard);
        copyButton(el).click();
        await waitUntil(() => said.length === 1, 'no message', { timeout: 3000 });
        // The same message again: emptied, then written anew, so that
        // screen readers read it again.
        copyButton(el).click();
        await waitUntil(() => said.length === 3, 'no second message', { timeout: 3000 });
        stubClipboard(refusingClipboard);
        stubExecCommand(() => false);
        copyButton(el).click();
        await waitUntil(() => said.length === 5, 'no third message', { timeout: 3000 });
        expect(said).to.deep.equal([COPIED, '', COPIED, '', COPY_FAILED]);
      } finally {
        observer.disconnect();
      }
    });
  });

  describe('Print', () => {
    it('prints a copy of the list alone, and leaves the page as it was', async () => {
      const own = new CSSStyleSheet();
      own.replaceSync('.page-own { color: rgb(1, 2, 3) }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, own];
      try {
        const el = await create(
          '<cst-ask-provider questions urgent contact-href="/contact"></cst-ask-provider>',
        );
        const sheetsBefore = [...document.adoptedStyleSheets];
        const widgetBefore = markup(shadow(el));
        const bodyBefore = [...document.body.children];
        const print = openPrint();

        printButton(el).click();

        expect(print.calls.length).to.equal(1);
        // While the print lasts: one sheet more, and the copy of the list.
        expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore.length + 1);
        expect(document.adoptedStyleSheets.slice(0, -1)).to.deep.equal(sheetsBefore);
        const [holder] = holders();
        expect(holders().length).to.equal(1);
        expect(holder!.parentElement).to.equal(document.body);
        const copy = holder!.shadowRoot!;
        expect(copy.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
        expect(copy.querySelector('button, [role="status"], .urgent, a')).to.equal(null);
        const lines = [...copy.querySelectorAll('.heading, p, li')].map((n) =>
          n.textContent!.replace(/\s+/g, ' ').trim(),
        );
        expect(lines.join('\n')).to.equal(
          EN_TEXT.replace(/\n\n/g, '\n').replace(/\n- /g, '\n'),
        );
        // Hidden on screen.
        expect(holder!.getClientRects().length).to.equal(0);

        print.close();

        expect(document.adoptedStyleSheets).to.deep.equal(sheetsBefore);
        expect(
          document.adoptedStyleSheets.every((s, i) => s === sheetsBefore[i]),
        ).to.equal(true);
        expect(holders()).to.deep.equal([]);
        expect([...document.body.children]).to.deep.equal(bodyBefore);
        expect(markup(shadow(el))).to.equal(widgetBefore);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter(
          (s) => s !== own,
        );
      }
    });

    if (canEmulateMediaFeatures) {
      it('shows only the questions on paper, black on white (needs CDP media emulation: Chromium only)', async () => {
        const page = await fixture<HTMLElement>(
          `<div>
            <h1 class="page-title">A practitioner’s page</h1>
            <p>Some text of the page.</p>
            <cst-ask-provider questions urgent theme="dark"></cst-ask-provider>
          </div>`,
        );
        const [el] = await ready(page);
        const print = openPrint();
        printButton(el!).click();
        try {
          await withMedia(
            [],
            async () => {
              expect(matchMedia('print').matches).to.equal(true);
              const [holder] = holders();
              // Nothing of the page has a box: only the copy of the list.
              for (const child of document.body.children) {
                if (child === holder || child.localName === 'script') continue;
                expect(
                  child.getClientRects().length,
                  child.outerHTML.slice(0, 60),
                ).to.equal(0);
              }
              expect(getComputedStyle(document.body).visibility).to.equal('hidden');
              expect(getComputedStyle(holder!).visibility).to.equal('visible');
              const copy = holder!.shadowRoot!;
              const base = copy.querySelector<HTMLElement>('[part~="base"]')!;
              expect(getComputedStyle(base).color).to.equal('rgb(0, 0, 0)');
              expect(getComputedStyle(base).backgroundColor).to.equal(
                'rgb(255, 255, 255)',
              );
              expect(getComputedStyle(base).borderInlineStartWidth).to.equal('0px');
              const drawn = [...copy.querySelectorAll('.heading, p, li')];
              expect(drawn.length).to.equal(12);
              for (const node of drawn) {
                expect(node.getClientRects().length, node.textContent!).to.be.above(0);
                expect(getComputedStyle(node).color).to.equal('rgb(0, 0, 0)');
              }
              // It fits on one page (A4 or Letter, less 2 cm margins: ~900 px high).
              expect(base.getBoundingClientRect().height).to.be.below(900);
            },
            'print',
          );
        } finally {
          print.close();
        }
        expect(holders()).to.deep.equal([]);
      });
    } else {
      it('hides the page and shows the copy with a print-only sheet (no media emulation here)', async () => {
        const el = await create('<cst-ask-provider questions></cst-ask-provider>');
        const before = [...document.adoptedStyleSheets];
        const print = openPrint();
        printButton(el).click();
        try {
          const added = document.adoptedStyleSheets.filter((s) => !before.includes(s));
          expect(added.length).to.equal(1);
          const rules = [...added[0]!.cssRules].map((rule) => rule.cssText).join('\n');
          expect(rules).to.match(/@media print/);
          expect(rules).to.match(
            /body > :not\(\[data-cst-print\]\) \{ display: none !important; \}/,
          );
          expect(rules).to.match(/@page \{ margin: 2cm; \}/);
          // On screen the page is untouched and the copy has no box.
          expect(holders()[0]!.getClientRects().length).to.equal(0);
          expect(el.getClientRects().length).to.be.above(0);
        } finally {
          print.close();
        }
        expect(document.adoptedStyleSheets).to.deep.equal(before);
      });
    }

    it('restores the page at once when the print dialog blocks (afterprint inside print())', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      const before = [...document.adoptedStyleSheets];
      let during = 0;
      stubPrint(() => {
        dispatchEvent(new Event('beforeprint'));
        during = holders().length;
        dispatchEvent(new Event('afterprint'));
      });
      printButton(el).click();
      expect(during).to.equal(1);
      expect(holders()).to.deep.equal([]);
      expect(document.adoptedStyleSheets).to.deep.equal(before);
    });

    it('restores the page at once when the browser ignores print() (no beforeprint)', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      const before = [...document.adoptedStyleSheets];
      let called = false;
      stubPrint(() => {
        called = true;
      });
      printButton(el).click();
      expect(called).to.equal(true);
      expect(holders()).to.deep.equal([]);
      expect(document.adoptedStyleSheets).to.deep.equal(before);
    });

    it('restores the page when print() throws, with no error on the page', async () => {
      const el = await create('<cst-ask-provider questions></cst-ask-provider>');
      const before = [...document.adoptedStyleSheets];
      stubPrint(() => {
        dispatchEvent(new Event('beforeprint'));
        throw new DOMException('Printing is not allowed', 'NotAllowedError');
      });
      const errors = await collectErrors(() => printButton(el).click());
      expect(errors).to.deep.equal([]);
      expect(holders()).to.deep.equal([]);
      expect(document.adoptedStyleSheets).to.deep.equal(before);
      // The afterprint that may still come finds nothing to undo.
      dispatchEvent(new Event('afterprint'));
      expect(document.adoptedStyleSheets).to.deep.equal(before);
    });

    it('prints the list of the widget pressed, when a page has several, in its language', async () => {
      const page = await fixture<HTMLElement>(
        `<div>
          <cst-ask-provider questions lang="en"></cst-ask-provider>
          <cst-ask-provider questions lang="de"></cst-ask-provider>
        </div>`,
      );
      const widgets = [...page.querySelectorAll<Widget>('cst-ask-provider')];
      await ready(widgets[0]!, 'en');
      await ready(widgets[1]!, 'de');
      const before = [...document.adoptedStyleSheets];
      const print = openPrint();
      printButton(widgets[1]!).click();
      expect(holders().length).to.equal(1);
      const copy = holders()[0]!.shadowRoot!;
      expect(copy.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de');
      expect(copy.querySelector('.heading')!.textContent!.trim()).to.equal(
        'Gute Fragen für das Gespräch',
      );
      // A second print while the first is open replaces it: one copy, one sheet.
      printButton(widgets[0]!).click();
      expect(holders().length).to.equal(1);
      expect(
        holders()[0]!.shadowRoot!.querySelector('.heading')!.textContent!.trim(),
      ).to.equal('Questions worth asking');
      expect(document.adoptedStyleSheets.length).to.equal(before.length + 1);
      print.close();
      expect(holders()).to.deep.equal([]);
      expect(document.adoptedStyleSheets).to.deep.equal(before);
    });

    it('prints from inside another component’s shadow root, keeping right-to-left', async () => {
      const outer = await fixture<HTMLElement>('<div dir="rtl"></div>');
      const host = document.createElement('div');
      outer.append(host);
      const inner = host.attachShadow({ mode: 'open' });
      const el = document.createElement('cst-ask-provider') as Widget;
      el.questions = true;
      inner.append(el);
      await ready(inner);
      const print = openPrint();
      printButton(el).click();
      try {
        const [holder] = holders();
        expect(holder!.parentElement).to.equal(document.body);
        expect(holder!.dir).to.equal('rtl');
        const copy = holder!.shadowRoot!;
        expect(copy.querySelectorAll('li').length).to.equal(8);
        if (canEmulateMediaFeatures) {
          await withMedia(
            [],
            async () => {
              const li = copy.querySelector('li')!;
              expect(getComputedStyle(li).direction).to.equal('rtl');
              expect(li.getClientRects().length).to.be.above(0);
              expect(outer.getClientRects().length).to.equal(0);
              // The list's indent is on the right, as on screen.
              const ul = copy.querySelector('ul')!;
              expect(Number.parseFloat(getComputedStyle(ul).paddingRight)).to.be.above(0);
              expect(getComputedStyle(ul).paddingLeft).to.equal('0px');
            },
            'print',
          );
        }
      } finally {
        print.close();
      }
      expect(holders()).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches Print, then Copy; Enter prints and Space copies', async () => {
      const page = await fixture<HTMLElement>(
        '<div><button id="before">Before</button><cst-ask-provider questions></cst-ask-provider></div>',
      );
      const [el] = await ready(page);
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(printButton(el!));
      // A visible focus outline, 2px or more.
      const outline = getComputedStyle(printButton(el!));
      expect(outline.outlineStyle).to.equal('solid');
      expect(Number.parseFloat(outline.outlineWidth)).to.be.at.least(2);

      const print = openPrint();
      await sendKeys({ press: 'Enter' });
      expect(print.calls.length).to.equal(1);
      print.close();
      expect(holders()).to.deep.equal([]);
      expect(deepActive()).to.equal(printButton(el!));

      await sendKeys({ press: 'Tab' });
      expect(deepActive()).to.equal(copyButton(el!));
      const { written, clipboard } = recordingClipboard();
      stubClipboard(clipboard);
      await sendKeys({ press: ' ' });
      expect(await message(el!)).to.equal(COPIED);
      expect(written).to.deep.equal([EN_TEXT]);
    });
  });
});
