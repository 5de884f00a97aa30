import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { templates as de } from '../src/locales/de.js';
import { templates as es } from '../src/locales/es.js';
import { templates as fr } from '../src/locales/fr.js';
import { templates as it_ } from '../src/locales/it.js';
import { templates as pt } from '../src/locales/pt.js';
import { a11yTree, axNodes, itWithA11yTree, shadow, type AXNode } from './helpers.js';
import { LANGUAGES, VARIANTS, markup, prepare, widgetsIn } from './variants.js';

/**
 * Semantics chosen by behaviour (WCAG 1.3.1, 4.1.2, 4.1.3): what each widget
 * is (role), what it is called (name), its headings, the tier prefixes of
 * the NHS care-card pattern, and what is announced. Checked on the DOM in
 * every engine, and in Chromium's accessibility tree as well.
 */

const TRANSLATIONS: Record<string, Record<string, unknown>> = { de, es, fr, it: it_, pt };

const squash = (text: string | null | undefined) =>
  (text ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name from aria-labelledby or aria-label (what the widgets use). */
function nameOf(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-labelledby');
  if (ids)
    return squash(
      ids
        .split(/\s+/)
        .map((id) => root.getElementById(id)?.textContent)
        .join(' '),
    );
  return squash(el.getAttribute('aria-label'));
}

async function render(html: string, lang = 'en'): Promise<HTMLElement> {
  const root = await fixture<HTMLElement>(`<div>${html}</div>`);
  await prepare(root, lang);
  return widgetsIn(root)[0]!;
}

function base(el: Element): HTMLElement {
  return shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
}

describe('semantics', () => {
  describe('landmarks and names (DOM, every engine)', () => {
    // A section with no name is no landmark: a page with three widgets
    // does not get three more regions, and the emergency note is not inside
    // one named "Non-urgent advice".
    for (const tag of ['cst-benefits', 'cst-ask-provider']) {
      it(`<${tag}> is no landmark: a section without a name`, async () => {
        const el = await render(`<${tag} urgent questions layout="accordion"></${tag}>`);
        expect(base(el).localName).to.equal('section');
        expect(nameOf(base(el))).to.equal('');
        expect(shadow(el).querySelector('[role="region"], [aria-labelledby="title"]')).to
          .be.null;
      });
    }

    it('<cst-ask-provider> names its lists: the cautions, and each question list by its lead-in', async () => {
      const el = await render('<cst-ask-provider questions></cst-ask-provider>');
      const cautions = shadow(el).querySelector('[part~="cautions"]')!;
      expect(cautions.localName).to.equal('ul');
      expect(nameOf(cautions)).to.equal('Reasons to ask a doctor first');
      const lists = [...shadow(el).querySelectorAll('[part~="questions"] ul')];
      expect(lists.map(nameOf)).to.deep.equal(['Ask your doctor:', 'Ask the therapist:']);
      // Each lead-in comes just before its list.
      for (const list of lists) {
        expect(nameOf(list)).to.equal(squash(list.previousElementSibling!.textContent));
      }
    });

    it('an inline <cst-disclaimer> is a note, a fixed one a region, both named', async () => {
      for (const [attributes, role] of [
        ['', 'note'],
        ['position="top"', 'region'],
        ['position="bottom"', 'region'],
      ] as const) {
        const el = await render(`<cst-disclaimer ${attributes}></cst-disclaimer>`);
        expect(base(el).getAttribute('role'), attributes).to.equal(role);
        expect(nameOf(base(el))).to.equal('Health disclaimer');
      }
    });

    it('no widget in any variant is an alert or an assertive live region', async () => {
      const root = await fixture<HTMLElement>(
        `<div>${VARIANTS.map((variant) => markup(variant)).join('')}</div>`,
      );
      await prepare(root);
      for (const el of widgetsIn(root)) {
        const tree = shadow(el);
        expect(tree.querySelector('[role="alert"], [role="alertdialog"]')).to.equal(null);
        expect(tree.querySelector('[aria-live="assertive"]')).to.equal(null);
      }
    });

    it('names every accordion button by its topic and ties it to its panel', async () => {
      const el = await render('<cst-benefits layout="accordion"></cst-benefits>');
      const buttons = [...shadow(el).querySelectorAll('button[aria-expanded]')];
      expect(buttons.length).to.equal(5);
      for (const toggle of buttons) {
        const panel = shadow(el).getElementById(toggle.getAttribute('aria-controls')!)!;
        // No region per open panel: its button, just before it, says what it is.
        expect(panel.hasAttribute('role')).to.equal(false);
        expect(panel.hasAttribute('aria-labelledby')).to.equal(false);
        expect(panel.hidden).to.equal(toggle.getAttribute('aria-expanded') === 'false');
        // The button sits in a heading one level below the top heading.
        expect(toggle.parentElement!.localName).to.equal('h3');
      }
    });
  });

  describe('headings follow heading-level', () => {
    for (const tag of ['cst-benefits', 'cst-ask-provider'] as const) {
      for (const level of [1, 2, 3, 4, 5, 6]) {
        it(`<${tag} heading-level="${level}">: h${level}, sub-headings h${Math.min(level + 1, 6)}`, async () => {
          const el = await render(
            `<${tag} heading-level="${level}" questions urgent></${tag}>`,
          );
          const headings = [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
          expect(headings[0]!.localName).to.equal(`h${level}`);
          expect(headings.length).to.be.greaterThan(1);
          for (const sub of headings.slice(1)) {
            expect(sub.localName).to.equal(`h${Math.min(level + 1, 6)}`);
          }
        });
      }
    }
  });

  describe('the dismiss button says what it dismisses, visible word first (2.5.3)', () => {
    for (const lang of LANGUAGES) {
      it(`lang="${lang}"`, async () => {
        const el = await render(
          `<cst-disclaimer dismissible lang="${lang}"></cst-disclaimer>`,
          lang,
        );
        const button = shadow(el).querySelector('[part~="close-button"]')!;
        const hidden = button.querySelector('.visually-hidden')!;
        const visible = squash(button.textContent!.replace(hidden.textContent!, ''));
        const name = squash(button.textContent);
        expect(name.startsWith(`${visible} `), name).to.equal(true);
        expect(squash(hidden.textContent)).to.not.equal('');
        if (lang !== 'en')
          expect(squash(hidden.textContent)).to.not.equal('health disclaimer');
        else expect(name).to.equal('Dismiss health disclaimer');
      });
    }
  });

  describe('tier prefixes (NHS care card), heard but not seen, in every language', () => {
    for (const lang of LANGUAGES) {
      it(`lang="${lang}"`, async () => {
        const disclaimer = await render(
          `<cst-disclaimer lang="${lang}"></cst-disclaimer>`,
          lang,
        );
        const ask = await render(
          `<cst-ask-provider urgent lang="${lang}"></cst-ask-provider>`,
          lang,
        );
        const prefixes = [
          shadow(disclaimer).querySelector('[part~="message"] > .visually-hidden')!,
          shadow(ask).querySelector('[part~="heading"] > .visually-hidden')!,
          shadow(ask).querySelector('[part~="urgent"] .heading > .visually-hidden')!,
        ];
        // Trimmed, not squashed: French puts a no-break space before its colon.
        const words = prefixes.map((prefix) => prefix.textContent!.trim());
        if (lang === 'en') {
          expect(words).to.deep.equal([
            'Important:',
            'Non-urgent advice:',
            'Emergency advice:',
          ]);
        } else {
          for (const word of words) {
            expect(Object.values(TRANSLATIONS[lang]!)).to.include(word);
          }
        }
        for (const prefix of prefixes) {
          // Read first, drawn as nothing.
          const { width, height } = prefix.getBoundingClientRect();
          expect(width * height).to.be.at.most(1);
          expect(getComputedStyle(prefix).clipPath).to.not.equal('none');
        }
        expect(base(disclaimer).textContent!.trim().startsWith(words[0]!)).to.equal(true);
      });
    }
  });

  describe('announcements', () => {
    /** Every text the live region of `el` is given, as it is given. */
    function listen(el: Element): string[] {
      const said: string[] = [];
      const status = shadow(el).querySelector('[role="status"]')!;
      new MutationObserver(() => {
        if (squash(status.textContent)) said.push(squash(status.textContent));
      }).observe(status, { childList: true, characterData: true, subtree: true });
      return said;
    }

    it('a top banner added after load is announced politely, once', async () => {
      // Each banner is announced once per visit: ids keep the tests apart.
      const el = await render(
        '<cst-disclaimer position="top" id="once" dismissible remember="none"></cst-disclaimer>',
      );
      const status = shadow(el).querySelector('[role="status"]')!;
      // role="status" is a polite live region; it sits outside the banner.
      expect(status.getAttribute('aria-live')).to.equal(null);
      expect(base(el).contains(status)).to.equal(false);
      const said = listen(el);
      await waitUntil(() => said.length > 0, 'nothing was announced', { timeout: 2000 });
      expect(said[0]).to.match(
        /^Important: Please note: Craniosacral therapy \(CST\) is/,
      );
      // Re-rendering, moving or relabelling the banner does not say it again.
      el.setAttribute('dismiss-label', 'Close');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(said.length).to.equal(1);
    });

    it('announces slotted text, and speaks the widget’s language', async () => {
      const own = await render(
        '<cst-disclaimer position="bottom" id="own"><p>Our own words.</p></cst-disclaimer>',
      );
      const saidOwn = listen(own);
      await waitUntil(() => saidOwn.length > 0, 'nothing was announced', {
        timeout: 2000,
      });
      expect(saidOwn[0]).to.equal('Important: Our own words.');

      const german = await render(
        '<cst-disclaimer position="bottom" id="german" lang="de"></cst-disclaimer>',
        'de',
      );
      const saidGerman = listen(german);
      await waitUntil(() => saidGerman.length > 0, 'nothing was announced', {
        timeout: 2000,
      });
      expect(saidGerman[0]).to.match(/^Wichtig: /);
    });

    it('a banner an app shows again after a navigation is not announced again', async () => {
      const first = await render(
        '<cst-disclaimer position="top" id="spa-banner"></cst-disclaimer>',
      );
      const said = listen(first);
      await waitUntil(() => said.length > 0, 'nothing was announced', { timeout: 2000 });
      // The app's next view: the old element goes, a new one comes.
      first.remove();
      const next = await render(
        '<cst-disclaimer position="top" id="spa-banner"></cst-disclaimer>',
      );
      const saidNext = listen(next);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(saidNext).to.deep.equal([]);
      // Another banner is news.
      const other = await render(
        '<cst-disclaimer position="top" id="spa-other"></cst-disclaimer>',
      );
      const saidOther = listen(other);
      await waitUntil(() => saidOther.length > 0, 'the other banner was not announced', {
        timeout: 2000,
      });
    });

    it('an inline disclaimer is page content: no live region, nothing announced', async () => {
      const el = await render('<cst-disclaimer dismissible></cst-disclaimer>');
      expect(shadow(el).querySelector('[role="status"], [aria-live]')).to.equal(null);
    });

    it('a banner that is in the page when it loads is not announced', async () => {
      const frame = document.createElement('iframe');
      frame.srcdoc = `<!doctype html><html lang="en"><body>
        <cst-disclaimer position="bottom"></cst-disclaimer>
        <script type="module" src="/src/define.ts"></script></body></html>`;
      const root = await fixture<HTMLElement>('<div></div>');
      root.append(frame);
      const statusIn = () =>
        frame.contentDocument
          ?.querySelector('cst-disclaimer')
          ?.shadowRoot?.querySelector('[role="status"]');
      await waitUntil(() => statusIn(), 'the banner did not render', { timeout: 5000 });
      await waitUntil(() => frame.contentDocument!.readyState === 'complete', 'no load', {
        timeout: 5000,
      });
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(statusIn()!.textContent).to.equal('');
    });
  });

  describe("Chromium's accessibility tree", () => {
    /** Nodes of the tree that carry meaning, as "role: name". */
    function meaningful(tree: AXNode): string[] {
      return axNodes(tree)
        .filter(
          (node) =>
            !['none', 'generic', 'StaticText', 'InlineTextBox'].includes(node.role),
        )
        .filter((node) => node.role !== 'RootWebArea')
        .map((node) =>
          [
            node.role,
            node.name ? `"${squash(node.name)}"` : '',
            node.level && node.role === 'heading' ? `level ${node.level}` : '',
            node.expanded !== undefined ? `expanded ${node.expanded}` : '',
          ]
            .filter(Boolean)
            .join(' '),
        );
    }

    itWithA11yTree(
      '<cst-disclaimer>: a named note, or a named region with a button',
      async () => {
        await render('<cst-disclaimer></cst-disclaimer>');
        expect(meaningful(await a11yTree())).to.deep.equal([
          'note "Health disclaimer"',
          'paragraph',
          'strong',
          // The review stamp.
          'paragraph',
        ]);

        await render(
          '<cst-disclaimer position="top" dismissible remember="none"></cst-disclaimer>',
        );
        const tree = meaningful(await a11yTree());
        expect(tree).to.include.members([
          'region "Health disclaimer"',
          // The visible word first (WCAG 2.5.3), then what it dismisses.
          'button "Dismiss health disclaimer"',
          'status',
        ]);
        const text = axNodes(await a11yTree())
          .filter((node) => node.role === 'StaticText')
          .map((node) => node.name);
        expect(text[0]).to.equal('Important:');
      },
    );

    itWithA11yTree(
      '<cst-benefits layout="accordion">: headings, list, disclosures',
      async () => {
        const el = await render(
          '<cst-benefits layout="accordion" benefits="pain stress" heading-level="3"></cst-benefits>',
        );
        const title =
          'Craniosacral therapy: what people hope for, and what research shows';
        expect(meaningful(await a11yTree())).to.deep.equal([
          `heading "${title}" level 3`,
          'paragraph',
          'paragraph',
          'paragraph',
          'strong',
          'link "Guillaud et al., 2016"',
          'list',
          'listitem',
          'heading "Pain" level 4',
          'button "Pain" expanded true',
          'paragraph',
          'strong',
          'paragraph',
          'strong',
          'paragraph',
          'strong',
          'paragraph',
          'strong',
          'link "Haller et al., 2020"',
          'link "Ceballos-Laita et al., 2024"',
          'listitem',
          'heading "Stress" level 4',
          'button "Stress" expanded false',
          'paragraph',
          // The review stamp.
          'paragraph',
        ]);
        expect(el).to.exist;
      },
    );

    itWithA11yTree(
      '<cst-ask-provider>: no region, headings with their tier, named lists, link',
      async () => {
        await render(
          '<cst-ask-provider urgent questions contact-href="tel:+441234567890" contact-label="Call the clinic"></cst-ask-provider>',
        );
        const tree = meaningful(await a11yTree());
        expect(tree.slice(0, 2)).to.deep.equal([
          'heading "Non-urgent advice: Talk to a healthcare provider first" level 2',
          'heading "Emergency advice: In an emergency, do not wait" level 3',
        ]);
        expect(tree.filter((line) => line.startsWith('region'))).to.deep.equal([]);
        expect(tree).to.include.members([
          'list "Reasons to ask a doctor first"',
          'list "Ask your doctor:"',
          'list "Ask the therapist:"',
          // The number printed after it is not on screen, nor heard.
          'link "Call the clinic"',
        ]);
        // 5 warning signs, 8 reasons to ask a doctor first, 4 + 4 questions.
        expect(tree.filter((line) => line === 'listitem').length).to.equal(21);
      },
    );
  });
});
