import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { CstBenefits } from '../../src/components/benefits/benefits.js';
import { CstBenefits as BenefitsClass } from '../../src/components/benefits/benefits.js';
import { LIMITS } from '../../src/components/benefits/benefits-content.js';
import { suggest } from '../../src/internal/suggest.js';
import * as content from '../../src/content/benefits.js';
import { axeViolations } from '../axe.js';
import { collectErrors, shadow, text, warningsOf } from '../helpers.js';

/**
 * Site authors' own words: named slots on <cst-benefits> and
 * <cst-ask-provider>, and the JSON document of <cst-benefits> (a
 * `<script type="application/json">` child and/or `content-src`). Every slot
 * replaces its text and falls back when empty; the document replaces what it
 * names, merges and orders as documented, and every kind of bad input keeps
 * our words for that part, with one warning that says what and where. The
 * honesty core (what research shows, the hidden tier prefixes) always stays.
 * Bad input in bulk, property-based: own-words-fuzz.test.ts.
 */

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const FIXTURES = '/test/fixtures';
const OUR_TITLE = 'Craniosacral therapy: what people hope for, and what research shows';
const OUR_INTRO = 'John E. Upledger';
const OUR_CLOSING = 'More research is needed to know if CST helps';
const OUR_ADVICE = 'before you start craniosacral therapy (CST)';
const TOPIC_TITLES = [
  'Pain',
  'Stress',
  'Nervous system',
  'Immune system',
  'Mental and emotional well-being',
];

/** Lets the children's observer, a fetch and the updates they cause run. */
async function settle(el: Element) {
  for (let round = 0; round < 3; round += 1) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await (el as Widget).updateComplete;
  }
}

/** An element with `children` (HTML) and, if given, a JSON child. */
async function place<T extends Widget = CstBenefits>(
  tag: string,
  {
    attributes = {},
    children = '',
    json,
  }: { attributes?: Record<string, string>; children?: string; json?: unknown } = {},
): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = children;
  if (json !== undefined) el.append(jsonScript(json));
  const placed = await fixture<T>(html`${el}`);
  await settle(placed);
  return placed;
}

function jsonScript(json: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  return script;
}

/** Places a widget and returns it with the warnings it logged. */
async function placeWarned(
  tag: string,
  options: Parameters<typeof place>[1],
): Promise<[CstBenefits, string[]]> {
  let el!: CstBenefits;
  const warnings = await warningsOf(async () => {
    el = await place(tag, options);
  });
  return [el, warnings];
}

const part = (el: Element, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;
const partText = (el: Element, name: string) =>
  (part(el, name).textContent ?? '').replace(/\s+/g, ' ').trim();

function topicTitles(el: Element): string[] {
  return [...shadow(el).querySelectorAll('[part~="topic"] .heading')].map((node) =>
    (node.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

function topic(el: Element, title: string): HTMLElement {
  const found = [...shadow(el).querySelectorAll<HTMLElement>('[part~="topic"]')].find(
    (node) => node.querySelector('.heading')!.textContent!.trim() === title,
  );
  if (!found) throw new Error(`no topic "${title}" in ${topicTitles(el).join(', ')}`);
  return found;
}

/** The slot named `name` and the author's elements it shows, if any. */
function slotted(el: Element, name: string): Element[] {
  const slot = shadow(el).querySelector<HTMLSlotElement>(`slot[name="${name}"]`);
  return slot ? slot.assignedElements() : [];
}

const visible = (node: Element) => (node as HTMLElement).getClientRects().length > 0;

describe('your own words', () => {
  describe('slots of <cst-benefits>', () => {
    const SLOTS: [name: string, shownIn: string, ours: string, written: string][] = [
      ['heading', 'heading', OUR_TITLE, '<span slot="heading">CST at our clinic</span>'],
      ['intro', 'intro', OUR_INTRO, '<p slot="intro">We offer gentle sessions.</p>'],
      // The author's closing takes the place of ours (and of its part).
      ['closing', 'base', OUR_CLOSING, '<p slot="closing">Ask us anything.</p>'],
    ];

    for (const [name, shownIn, ours, written] of SLOTS) {
      it(`${name}: the author's element replaces our text, in the ${shownIn} part`, async () => {
        const el = await place('cst-benefits', { children: written });
        const [author] = slotted(el, name);
        expect(author, 'assigned').to.equal(el.querySelector(`[slot="${name}"]`));
        expect(visible(author!)).to.equal(true);
        expect(
          part(el, shownIn).contains(shadow(el).querySelector(`slot[name="${name}"]`)),
        ).to.be.true;
        expect(text(el)).not.to.contain(ours);
      });

      for (const [label, blank] of [
        ['empty', ''],
        ['whitespace', ' \n\t '],
        ['a comment', '<!-- nothing -->'],
      ]) {
        it(`${name}: an element with ${label} inside falls back to our text`, async () => {
          const tagName = name === 'heading' ? 'span' : 'p';
          const el = await place('cst-benefits', {
            children: `<${tagName} slot="${name}">${blank}</${tagName}>`,
          });
          expect(text(el)).to.contain(ours);
          expect(slotted(el, name)).to.deep.equal([]);
          expect(el.querySelector(`[slot="${name}"]`)!.assignedSlot).to.equal(null);
        });
      }

      it(`${name}: follows the author's element as it fills, empties and goes`, async () => {
        const el = await place('cst-benefits', { children: `<p slot="${name}"> </p>` });
        const author = el.querySelector<HTMLElement>(`[slot="${name}"]`)!;
        expect(text(el)).to.contain(ours);
        author.textContent = 'Filled later';
        await settle(el);
        expect(slotted(el, name)).to.deep.equal([author]);
        expect(text(el)).not.to.contain(ours);
        author.textContent = '   ';
        await settle(el);
        expect(text(el)).to.contain(ours);
        author.textContent = 'Again';
        await settle(el);
        author.remove();
        await settle(el);
        expect(text(el)).to.contain(ours);
        expect(slotted(el, name)).to.deep.equal([]);
      });
    }

    it('puts the heading slot inside our heading element', async () => {
      const el = await place('cst-benefits', {
        attributes: { 'heading-level': '3' },
        children: '<span slot="heading">CST at <em>our</em> clinic</span>',
      });
      const heading = part(el, 'heading');
      expect(heading.localName).to.equal('h3');
      expect(heading.querySelector('slot[name="heading"]')).to.exist;
      expect(topicTitles(el).length).to.equal(5);
      expect(shadow(el).querySelector('[part~="topic"] h4')).to.exist;
    });

    it('drops our intro study link with our intro, and keeps every topic’s research', async () => {
      const el = await place('cst-benefits', {
        children: '<p slot="intro">One.</p><p slot="intro">Two.</p>',
      });
      expect(slotted(el, 'intro').map((p) => p.textContent)).to.deep.equal([
        'One.',
        'Two.',
      ]);
      expect(part(el, 'intro').querySelector('a')).to.equal(null);
      for (const node of shadow(el).querySelectorAll('[part~="topic"]')) {
        expect(node.textContent).to.contain('What research shows:');
      }
    });

    it('hide-intro hides an intro of the author’s too', async () => {
      const el = await place('cst-benefits', {
        attributes: { 'hide-intro': '' },
        children: '<p slot="intro">Ours.</p>',
      });
      expect(shadow(el).querySelector('[part~="intro"]')).to.equal(null);
      expect(visible(el.querySelector('[slot="intro"]')!)).to.equal(false);
    });

    it('has no slot for what research shows: such an element is never shown', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        children:
          '<p slot="intro">Our intro.</p><p slot="research">CST cures it all.</p><p slot="reserch">Or this.</p>',
      });
      expect(text(el)).not.to.contain('cures');
      for (const node of el.querySelectorAll('[slot^="res"]')) {
        expect(node.assignedSlot).to.equal(null);
        expect(visible(node)).to.equal(false);
      }
      for (const node of shadow(el).querySelectorAll('[part~="topic"]')) {
        expect(node.textContent).to.contain('What research shows:');
      }
      expect(warnings).to.include(
        'cst-benefits: slot="research" is not one of its slots (heading, intro, closing), so that element is not shown.',
      );
    });

    it('warns about a slot name it does not know, suggesting the near one', async () => {
      const [, warnings] = await placeWarned('cst-benefits', {
        children: '<p slot="intor">Typo.</p>',
      });
      expect(warnings).to.deep.equal([
        'cst-benefits: slot="intor" is not one of its slots (heading, intro, closing), so that element is not shown. Did you mean "intro"?',
      ]);
    });

    it('keeps slot="fallback" for before the script runs, and loads nothing for it', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        children: '<p slot="fallback">Read about CST.</p><p>Also fallback.</p>',
      });
      expect(warnings).to.deep.equal([]);
      expect(partText(el, 'heading')).to.equal(OUR_TITLE);
      expect(text(el)).to.contain(OUR_INTRO);
      for (const node of el.children) expect(visible(node)).to.equal(false);
    });

    it('shows an author’s words as written, in a widget in another language', async () => {
      const el = await place('cst-benefits', {
        attributes: { lang: 'fr' },
        children: '<span slot="heading">Our English heading</span>',
      });
      await settle(el);
      expect(slotted(el, 'heading')[0]!.textContent).to.equal('Our English heading');
      expect(text(el)).to.contain('thérapie crânio-sacrée');
    });
  });

  describe('slots of <cst-ask-provider>', () => {
    it('heading: replaces the title, after the hidden "Non-urgent advice:"', async () => {
      const el = await place('cst-ask-provider', {
        children: '<span slot="heading">Check with your GP</span>',
      });
      const heading = part(el, 'heading');
      expect(heading.querySelector('.visually-hidden')!.textContent).to.equal(
        'Non-urgent advice: ',
      );
      expect(heading.querySelector('slot[name="heading"]')).to.exist;
      expect(slotted(el, 'heading')[0]!.textContent).to.equal('Check with your GP');
      expect(heading.textContent).not.to.contain('Talk to a healthcare provider first');
    });

    it('advice: replaces the main paragraph; the reasons for caution stay', async () => {
      const el = await place('cst-ask-provider', {
        attributes: { urgent: '' },
        children: '<p slot="advice">Please see your GP before your first session.</p>',
      });
      expect(slotted(el, 'advice').length).to.equal(1);
      expect(text(el)).not.to.contain(OUR_ADVICE);
      expect(part(el, 'cautions').querySelectorAll('li').length).to.equal(8);
      expect(part(el, 'urgent').textContent).to.contain('emergency');
    });

    for (const [name, ours] of [
      ['heading', 'Talk to a healthcare provider first'],
      ['advice', OUR_ADVICE],
    ]) {
      it(`${name}: empty or whitespace falls back to ours`, async () => {
        const el = await place('cst-ask-provider', {
          children: `<p slot="${name}"></p><p slot="${name}">  </p>`,
        });
        expect(text(el)).to.contain(ours);
        expect(slotted(el, name)).to.deep.equal([]);
      });
    }

    it('warns about a slot it does not have', async () => {
      const [, warnings] = await placeWarned('cst-ask-provider', {
        children: '<p slot="intro">x</p>',
      });
      expect(warnings).to.deep.equal([
        'cst-ask-provider: slot="intro" is not one of its slots (heading, advice), so that element is not shown.',
      ]);
    });
  });

  describe('<cst-disclaimer> (its default slot)', () => {
    it('keeps the hidden "Important:" before the author’s text', async () => {
      const el = await place('cst-disclaimer', { children: '<p>Our own words.</p>' });
      expect(part(el, 'message').querySelector('.visually-hidden')!.textContent).to.equal(
        'Important: ',
      );
      expect(text(el)).not.to.contain('does not replace medical care');
    });

    it('shows its own text for whitespace-only content', async () => {
      const el = await place('cst-disclaimer', { children: '\n   \n' });
      expect(text(el)).to.contain('does not replace medical care');
    });
  });

  describe('the JSON document', () => {
    const DOC = {
      title: 'CST at our clinic',
      intro: ['We offer gentle sessions.', 'Here is what we know.'],
      closing: 'Ask us before you book.',
      labels: {
        reported: 'Clients say:',
        research: 'Studies found:',
        evidence: 'Strength:',
        sources: 'Read more:',
      },
      topics: [
        { id: 'stress', title: 'Feeling calm' },
        {
          id: 'sleep',
          title: 'Sleep',
          reported: 'Some clients say they sleep well.',
          research: 'No good study has looked at this.',
          evidence: 'No good research',
          citations: [{ text: 'Our notes', url: 'https://clinic.example/notes' }],
        },
      ],
    };

    it('replaces the title, intro, closing and labels', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', { json: DOC });
      expect(warnings).to.deep.equal([]);
      expect(partText(el, 'heading')).to.equal('CST at our clinic');
      expect(
        [...part(el, 'intro').querySelectorAll('p')].map((p) => p.textContent),
      ).to.deep.equal(DOC.intro);
      // Our intro's study backs our intro; it goes with it.
      expect(part(el, 'intro').querySelector('a')).to.equal(null);
      expect(partText(el, 'closing')).to.equal('Ask us before you book.');
      const pain = topic(el, 'Pain');
      expect(pain.textContent).to.contain('Clients say:');
      expect(pain.textContent).to.contain('Studies found:');
      expect(pain.textContent).to.contain('Strength:');
      expect(pain.querySelector('.sources')!.textContent).to.contain('Read more:');
      expect(text(el)).not.to.contain('What people say:');
    });

    it('rewords a built-in topic in its place, keeping our words for what it leaves out', async () => {
      const el = await place('cst-benefits', { json: DOC });
      expect(topicTitles(el)).to.deep.equal([
        'Pain',
        'Feeling calm',
        'Nervous system',
        'Immune system',
        'Mental and emotional well-being',
        'Sleep',
      ]);
      const calm = topic(el, 'Feeling calm');
      expect(calm.textContent).to.contain('Many people find sessions calm and relaxing.');
      expect(calm.textContent).to.contain(
        'Studies have not shown that CST treats stress',
      );
    });

    it('adds the site’s own topics after ours, with their evidence and citations', async () => {
      const el = await place('cst-benefits', { json: DOC });
      const sleep = topic(el, 'Sleep');
      expect(sleep.textContent).to.contain('Some clients say they sleep well.');
      expect(sleep.textContent).to.contain('No good study has looked at this.');
      expect(sleep.querySelector('[part~="evidence"]')!.textContent).to.contain(
        'No good research',
      );
      const link = sleep.querySelector('a')!;
      expect(link.href).to.equal('https://clinic.example/notes');
      expect(link.textContent).to.equal('Our notes');
      expect(sleep.querySelector('.journal')!.textContent).to.equal('(clinic.example)');
    });

    it('lets benefits="…" list the site’s own ids too, in its order', async () => {
      const el = await place('cst-benefits', {
        json: DOC,
        attributes: { benefits: 'sleep Pain nope stress' },
      });
      expect(topicTitles(el)).to.deep.equal(['Sleep', 'Pain', 'Feeling calm']);
      el.setAttribute('benefits', 'sleep');
      await settle(el);
      expect(topicTitles(el)).to.deep.equal(['Sleep']);
    });

    it('in an accordion, gives the site’s own topics working sections', async () => {
      const el = await place('cst-benefits', {
        json: DOC,
        attributes: { layout: 'accordion', benefits: 'sleep' },
      });
      const button = shadow(el).querySelector('button')!;
      expect(button.id).to.equal('toggle-sleep');
      button.click();
      await el.updateComplete;
      expect(shadow(el).getElementById('panel-sleep')!.hidden).to.equal(false);
    });

    it('evidence="hide" hides their evidence and citations, never what research shows', async () => {
      const el = await place('cst-benefits', {
        json: DOC,
        attributes: { evidence: 'hide', benefits: 'sleep' },
      });
      const sleep = topic(el, 'Sleep');
      expect(sleep.querySelector('[part~="evidence"]')).to.equal(null);
      expect(sleep.querySelector('a')).to.equal(null);
      expect(sleep.textContent).to.contain('No good study has looked at this.');
    });

    it('accepts a single intro paragraph as a string', async () => {
      const el = await place('cst-benefits', { json: { intro: 'Just one.' } });
      expect(partText(el, 'intro')).to.equal('Just one.');
    });

    it('a slot outranks the document', async () => {
      const el = await place('cst-benefits', {
        json: DOC,
        children: '<span slot="heading">From the slot</span>',
      });
      expect(slotted(el, 'heading')[0]!.textContent).to.equal('From the slot');
      expect(partText(el, 'heading')).not.to.contain('CST at our clinic');
      expect(partText(el, 'closing')).to.equal('Ask us before you book.');
    });

    it('shows author text as text, never as markup, in any language', async () => {
      const markupText = '<img src=x onerror="window.hacked=1"><b>bold</b>';
      const el = await place('cst-benefits', {
        attributes: { lang: 'de' },
        json: {
          title: markupText,
          intro: [markupText],
          closing: markupText,
          labels: { reported: markupText },
          topics: [
            {
              id: 'x',
              title: markupText,
              reported: markupText,
              research: markupText,
              evidence: markupText,
              citations: [{ text: markupText, url: 'https://clinic.example/' }],
            },
          ],
        },
      });
      await settle(el);
      expect(shadow(el).querySelector('img, b')).to.equal(null);
      expect(partText(el, 'heading')).to.equal(markupText);
      expect(text(el).split(markupText).length - 1).to.be.at.least(8);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
      // Our own words around them are German.
      expect(text(el)).to.contain('Was die Forschung zeigt:');
    });

    it('follows changes to the script’s text, and its removal', async () => {
      const el = await place('cst-benefits', { json: { title: 'First' } });
      expect(partText(el, 'heading')).to.equal('First');
      el.querySelector('script')!.textContent = JSON.stringify({ title: 'Second' });
      await settle(el);
      expect(partText(el, 'heading')).to.equal('Second');
      el.querySelector('script')!.remove();
      await settle(el);
      expect(partText(el, 'heading')).to.equal(OUR_TITLE);
    });

    it('reads a script added later to a widget that has words of the site’s own', async () => {
      const el = await place('cst-benefits', {
        children: '<span slot="heading">From a slot</span>',
      });
      el.append(jsonScript({ closing: 'Added later.' }));
      await waitUntil(
        () => partText(el, 'closing') === 'Added later.',
        'the script’s words never showed',
        { timeout: 10000 },
      );
      expect(slotted(el, 'heading').length).to.equal(1);
    });

    it('renders once, already with the author’s words: nothing flashes', async () => {
      let renders = 0;
      const titles: string[] = [];
      class Counted extends BenefitsClass {
        override render() {
          renders += 1;
          return super.render();
        }
        override updated() {
          titles.push(partText(this, 'heading'));
        }
      }
      customElements.define('counted-own-benefits', Counted);
      const el = await place('counted-own-benefits', {
        json: { title: 'Ours from the start' },
        attributes: { 'content-src': `${FIXTURES}/benefits-content.json` },
      });
      expect(renders).to.equal(1);
      expect(titles).to.deep.equal(['Ours from the start']);
      expect(partText(el, 'heading')).to.equal('Ours from the start');
    });
  });

  describe('content-src', () => {
    it('loads the document from the same origin', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        attributes: { 'content-src': `${FIXTURES}/benefits-content.json` },
      });
      expect(warnings).to.deep.equal([]);
      expect(partText(el, 'heading')).to.equal('Craniosacral therapy at our clinic');
      expect(topicTitles(el)).to.include('Sleep');
    });

    it('fetches in same-origin mode with same-origin credentials', async () => {
      const calls: RequestInit[] = [];
      const original = window.fetch;
      window.fetch = (input, init) => {
        calls.push(init ?? {});
        return original(input, init);
      };
      try {
        await place('cst-benefits', {
          attributes: { 'content-src': `${FIXTURES}/benefits-content.json?mode` },
        });
      } finally {
        window.fetch = original;
      }
      expect(calls.length).to.equal(1);
      expect(calls[0]!.mode).to.equal('same-origin');
      expect(calls[0]!.credentials).to.equal('same-origin');
    });

    it('merges with the JSON child field by field: the child wins', async () => {
      const el = await place('cst-benefits', {
        attributes: { 'content-src': `${FIXTURES}/benefits-content.json` },
        json: {
          title: 'The page’s own title',
          topics: [
            { id: 'sleep', title: 'Sleeping' },
            {
              id: 'walks',
              title: 'Walks',
              reported: 'Clients like a walk after.',
              research: 'No study has looked at this.',
              evidence: 'No good research',
            },
          ],
        },
      });
      expect(partText(el, 'heading')).to.equal('The page’s own title');
      // From the file, where the child says nothing:
      expect(partText(el, 'closing')).to.contain('Ask us before you book');
      expect(topic(el, 'Feeling calm').textContent).to.contain('What clients tell us:');
      // The file's topic with the child's title, then the child's own.
      expect(topicTitles(el).slice(5)).to.deep.equal(['Sleeping', 'Walks']);
      expect(topic(el, 'Sleeping').textContent).to.contain('sleep well after a session');
    });

    it('loads the new document when it changes, and shows ours when it goes', async () => {
      const el = await place('cst-benefits', {
        attributes: { 'content-src': `${FIXTURES}/benefits-content.json` },
      });
      el.setAttribute('content-src', `${FIXTURES}/benefits-content-other.json`);
      await settle(el);
      expect(partText(el, 'heading')).to.equal('Another title from another file');
      expect(topicTitles(el).at(-1)).to.equal('Breathing');
      expect(topicTitles(el)).not.to.include('Sleep');
      el.contentSrc = undefined;
      await settle(el);
      expect(partText(el, 'heading')).to.equal(OUR_TITLE);
      expect(topicTitles(el)).to.deep.equal(TOPIC_TITLES);
    });

    it('keeps the latest when it changes again before the first has loaded', async () => {
      // The first file answers last.
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const original = window.fetch;
      window.fetch = async (input, init) => {
        if (!String(input).includes('benefits-content.json'))
          return original(input, init);
        await gate;
        return new Response(JSON.stringify({ title: 'Stale' }));
      };
      const el = document.createElement('cst-benefits') as CstBenefits;
      try {
        el.contentSrc = `${FIXTURES}/benefits-content.json?first`;
        document.body.append(el);
        // updateComplete would wait for the file: wait for the first render.
        await waitUntil(() => el.hasUpdated, 'it never rendered', { timeout: 5000 });
        el.contentSrc = `${FIXTURES}/benefits-content-other.json`;
        await waitUntil(
          () => partText(el, 'heading') === 'Another title from another file',
          'the second file never showed',
          { timeout: 10000 },
        );
        release();
        // Let the first file arrive, then render once more for any reason.
        for (let task = 0; task < 5; task += 1) await settle(el);
        el.setAttribute('layout', 'list');
        await settle(el);
        expect(partText(el, 'heading')).to.equal('Another title from another file');
      } finally {
        window.fetch = original;
        el.remove();
      }
    });

    it('on a slow network shows our words first, then the author’s', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const original = window.fetch;
      window.fetch = async (input, init) => {
        await gate;
        return original(input, init);
      };
      const el = document.createElement('cst-benefits') as CstBenefits;
      try {
        el.setAttribute('content-src', `${FIXTURES}/benefits-content.json?slow`);
        document.body.append(el);
        // The first render waits briefly (as for a language file), then shows
        // ours; updateComplete would wait for the file itself.
        await waitUntil(() => el.hasUpdated, 'it never rendered', { timeout: 5000 });
        expect(partText(el, 'heading')).to.equal(OUR_TITLE);
        release();
        await waitUntil(
          () => partText(el, 'heading') === 'Craniosacral therapy at our clinic',
          'the author’s words never arrived',
          { timeout: 10000 },
        );
      } finally {
        window.fetch = original;
        el.remove();
      }
    });
  });

  describe('bad input: our words stay, with one clear warning', () => {
    const CHILD = '(in the <script type="application/json"> inside the element).';

    it('invalid JSON in the child', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        json: '{ "title": "x", }',
      });
      expect(warnings.length).to.equal(1);
      expect(warnings[0]).to.match(
        /^cst-benefits: the document is not valid JSON \(.+\)/,
      );
      expect(warnings[0]).to.contain(CHILD.slice(0, -1));
      expect(partText(el, 'heading')).to.equal(OUR_TITLE);
      expect(topicTitles(el)).to.deep.equal(TOPIC_TITLES);
    });

    for (const [label, doc, kind] of [
      ['a list', '[1, 2]', 'a list'],
      ['null', 'null', 'null'],
      ['a number', '42', 'a number'],
      ['a string', '"title"', 'a string'],
    ]) {
      it(`a document that is ${label}, not an object`, async () => {
        const [el, warnings] = await placeWarned('cst-benefits', { json: doc });
        expect(warnings).to.deep.equal([
          `cst-benefits: content should be an object ({ … }), not ${kind}; our words are shown ${CHILD}`,
        ]);
        expect(partText(el, 'heading')).to.equal(OUR_TITLE);
      });
    }

    it('wrong types, unknown fields, bad ids, missing research, unsafe links (a file)', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        attributes: { 'content-src': `${FIXTURES}/benefits-content-wrong.json` },
      });
      const where = `(in content-src "${FIXTURES}/benefits-content-wrong.json").`;
      expect(warnings).to.deep.equal(
        [
          'content.colour is not a known field; the known ones are title, intro, closing, labels, topics. It is ignored',
          'content.title should be text (in "quotes"), not a number; it is ignored',
          'content.closing is empty; it is ignored',
          'content.labels.sauces is not a known field; did you mean "sources"? It is ignored',
          'content.topics[0].reserch is not a known field; did you mean "research"? It is ignored',
          'content.topics[2].id "Bad Id" is not an id: write lower-case letters, digits and dashes, starting with a letter (e.g. "my-topic"); the topic is left out',
          'content.topics[3] should be an object ({ … }), not a string; the topic is left out',
          'content.topics[4].citations[0].url "javascript:alert(1)" is not an https:// or http:// link; the citation is left out',
          'content.topics[1] ("massage") does not say what research shows ("research"): every topic must, so it is not shown',
        ].map((message) => `cst-benefits: ${message} ${where}`),
      );
      // What was right is used: the label, the intro string, the good topic.
      expect(partText(el, 'heading')).to.equal(OUR_TITLE);
      expect(partText(el, 'intro')).to.equal('One paragraph of our own.');
      expect(partText(el, 'closing')).to.contain(OUR_CLOSING);
      expect(text(el)).to.contain('Clients say:');
      expect(text(el)).not.to.contain('cures everything');
      expect(topicTitles(el)).to.deep.equal([...TOPIC_TITLES, 'Walks']);
      const links = [...topic(el, 'Walks').querySelectorAll('a')].map((a) => a.href);
      expect(links).to.deep.equal(['https://clinic.example/walks']);
      expect(topic(el, 'Pain').textContent).to.contain(
        'A 2020 review looked at 10 small trials',
      );
    });

    it('a topic of the site’s own without what research shows is refused, even with everything else', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        json: {
          topics: [
            { id: 'cure', title: 'Cures', reported: 'It cures.', evidence: 'Strong' },
            {
              id: 'blank',
              title: 'Blank',
              reported: 'x',
              research: '   ',
              evidence: 'x',
            },
          ],
        },
      });
      expect(topicTitles(el)).to.deep.equal(TOPIC_TITLES);
      expect(warnings).to.deep.equal([
        `cst-benefits: content.topics[1].research is empty; it is ignored ${CHILD}`,
        `cst-benefits: content.topics[0] ("cure") does not say what research shows ("research"): every topic must, so it is not shown ${CHILD}`,
        `cst-benefits: content.topics[1] ("blank") does not say what research shows ("research"): every topic must, so it is not shown ${CHILD}`,
      ]);
    });

    it('a blank label, or one of the wrong type, keeps ours', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        json: { labels: { reported: '  ', research: 7, evidence: 'Strength:' } },
      });
      expect(warnings).to.deep.equal([
        `cst-benefits: content.labels.reported is empty; it is ignored ${CHILD}`,
        `cst-benefits: content.labels.research should be text (in "quotes"), not a number; it is ignored ${CHILD}`,
      ]);
      const pain = topic(el, 'Pain');
      expect(pain.textContent).to.contain('What people say:');
      expect(pain.textContent).to.contain('What research shows:');
      expect(pain.textContent).to.contain('Strength:');
      expect(pain.querySelector('.sources')!.textContent).to.contain('Sources:');
    });

    it('a built-in topic’s research cannot be blanked', async () => {
      const [el] = await placeWarned('cst-benefits', {
        json: { topics: [{ id: 'pain', research: '' }] },
      });
      expect(topic(el, 'Pain').textContent).to.contain(
        'A 2020 review looked at 10 small trials',
      );
    });

    it('a topic of the site’s own needs a title, what people report and an evidence label', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        json: { topics: [{ id: 'half', research: 'No study.' }] },
      });
      expect(topicTitles(el)).to.deep.equal(TOPIC_TITLES);
      expect(warnings).to.deep.equal([
        `cst-benefits: content.topics[0] ("half") has no "title", "reported", "evidence": a topic of your own needs a title, what people report ("reported"), what research shows ("research") and an evidence label ("evidence"), so it is not shown ${CHILD}`,
      ]);
    });

    it('a repeated id: the first is used', async () => {
      const own = {
        title: 'One',
        reported: 'r',
        research: 'No study.',
        evidence: 'None',
      };
      const [el, warnings] = await placeWarned('cst-benefits', {
        json: {
          topics: [
            { id: 'one', ...own },
            { id: 'one', ...own, title: 'Two' },
          ],
        },
      });
      expect(topicTitles(el).slice(5)).to.deep.equal(['One']);
      expect(warnings).to.deep.equal([
        `cst-benefits: content.topics[1] ("one") has an id given earlier in the list; it is left out ${CHILD}`,
      ]);
    });

    it('a document over the size limit', async () => {
      const big = JSON.stringify({ title: 'Big', closing: 'x'.repeat(LIMITS.document) });
      const [el, warnings] = await placeWarned('cst-benefits', { json: big });
      expect(warnings).to.deep.equal([
        `cst-benefits: the document is longer than ${LIMITS.document} characters, so it is ignored ${CHILD}`,
      ]);
      expect(partText(el, 'heading')).to.equal(OUR_TITLE);
    });

    it('a text over the length limit', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        json: { title: 'y'.repeat(LIMITS.text + 1), closing: 'Fine.' },
      });
      expect(warnings).to.deep.equal([
        `cst-benefits: content.title is longer than ${LIMITS.text} characters; it is ignored ${CHILD}`,
      ]);
      expect(partText(el, 'heading')).to.equal(OUR_TITLE);
      expect(partText(el, 'closing')).to.equal('Fine.');
    });

    it('too many topics, intro paragraphs and citations: the first ones are read', async () => {
      const own = (n: number) => ({
        id: `t${n}`,
        title: `T${n}`,
        reported: 'r',
        research: 'No study.',
        evidence: 'None',
        citations: Array.from({ length: 12 }, (_, i) => ({
          text: `c${i}`,
          url: `https://clinic.example/${i}`,
        })),
      });
      const [el, warnings] = await placeWarned('cst-benefits', {
        json: {
          intro: Array.from({ length: 6 }, (_, i) => `p${i}`),
          topics: Array.from({ length: 25 }, (_, n) => own(n)),
        },
        attributes: { benefits: 't0' },
      });
      expect(warnings).to.include(
        `cst-benefits: content.intro has 6 items; the first 5 are read, the rest ignored ${CHILD}`,
      );
      expect(warnings).to.include(
        `cst-benefits: content.topics has 25 items; the first 20 are read, the rest ignored ${CHILD}`,
      );
      expect(warnings).to.include(
        `cst-benefits: content.topics[0].citations has 12 items; the first 10 are read, the rest ignored ${CHILD}`,
      );
      expect(part(el, 'intro').querySelectorAll('p').length).to.equal(5);
      expect(topic(el, 'T0').querySelectorAll('a').length).to.equal(10);
      el.removeAttribute('benefits');
      await settle(el);
      expect(topicTitles(el).length).to.equal(5 + 20);
    });

    it('one wrong intro paragraph keeps our intro whole', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        json: { intro: ['Fine.', 7] },
      });
      expect(warnings).to.deep.equal([
        `cst-benefits: content.intro[1] should be text (in "quotes"), not a number; so our intro is shown ${CHILD}`,
      ]);
      expect(partText(el, 'intro')).to.contain(OUR_INTRO);
    });

    for (const url of [
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      'tel:+441234567890',
      'mailto:a@example.com',
      'http://[',
    ]) {
      it(`a citation link ${JSON.stringify(url)} is left out`, async () => {
        const [el, warnings] = await placeWarned('cst-benefits', {
          json: {
            topics: [
              {
                id: 'pain',
                citations: [
                  { text: 'Bad', url },
                  { text: 'Good', url: 'https://clinic.example/good' },
                ],
              },
            ],
          },
          attributes: { benefits: 'pain' },
        });
        expect(warnings.length).to.equal(1);
        expect(warnings[0]).to.contain('content.topics[0].citations[0].url');
        expect(warnings[0]).to.contain('is not an https:// or http:// link');
        const links = [...topic(el, 'Pain').querySelectorAll('a')].map((a) => a.href);
        expect(links).to.deep.equal(['https://clinic.example/good']);
      });
    }

    it('a citation link relative to the page resolves against it', async () => {
      const el = await place('cst-benefits', {
        json: {
          topics: [{ id: 'pain', citations: [{ text: 'Our page', url: '/research' }] }],
        },
        attributes: { benefits: 'pain' },
      });
      expect(topic(el, 'Pain').querySelector('a')!.href).to.equal(
        new URL('/research', location.href).href,
      );
    });

    it('reads only the first of two JSON scripts, and says so', async () => {
      const el = document.createElement('cst-benefits') as CstBenefits;
      el.append(jsonScript({ title: 'First' }), jsonScript({ title: 'Second' }));
      let placed!: CstBenefits;
      const warnings = await warningsOf(async () => {
        placed = await fixture<CstBenefits>(html`${el}`);
        await settle(placed);
      });
      expect(warnings).to.deep.equal([
        'cst-benefits: only the first <script type="application/json"> inside the element is read.',
      ]);
      expect(partText(placed, 'heading')).to.equal('First');
    });

    it('a script child of another JSON type is not read, and says so', async () => {
      const [el, warnings] = await placeWarned('cst-benefits', {
        children: '<script type="text/json">{"title":"x"}</script>',
      });
      expect(warnings).to.deep.equal([
        'cst-benefits: a <script type="text/json"> inside the element is not read: write type="application/json".',
      ]);
      expect(partText(el, 'heading')).to.equal(OUR_TITLE);
    });

    describe('content-src that is refused or fails', () => {
      const refused: [string, string][] = [
        ['https://example.com/content.json', 'is not on this site'],
        ['//example.com/content.json', 'is not on this site'],
        ['javascript:alert(1)', 'is not a valid https:// or http:// link'],
        [
          'data:application/json,{"title":"x"}',
          'is not a valid https:// or http:// link',
        ],
        ['http://[', 'is not a valid https:// or http:// link'],
        [`/${'x'.repeat(LIMITS.url)}`, `(it is over ${LIMITS.url} characters)`],
      ];
      for (const [src, problem] of refused) {
        it(`${JSON.stringify(src.slice(0, 40))}: refused without a request`, async () => {
          const requested: string[] = [];
          const original = window.fetch;
          window.fetch = (input, init) => {
            requested.push(String(input));
            return original(input, init);
          };
          let el!: CstBenefits;
          let warnings: string[];
          try {
            [el, warnings] = await placeWarned('cst-benefits', {
              attributes: { 'content-src': src },
            });
          } finally {
            window.fetch = original;
          }
          expect(requested).to.deep.equal([]);
          expect(warnings.length).to.equal(1);
          expect(warnings[0]).to.contain(`cst-benefits: content-src "`);
          expect(warnings[0]).to.contain(problem);
          expect(partText(el, 'heading')).to.equal(OUR_TITLE);
        });
      }

      const failing: [string, RegExp][] = [
        [`${FIXTURES}/missing.json`, /could not be loaded: the server answered 404/],
        ['/README.md', /the document is not valid JSON \(.+\): the server sent text\//],
        ['/package-lock.json', /longer than 100000 characters, so it is ignored/],
      ];
      for (const [src, problem] of failing) {
        it(`${src}: our words, and a warning`, async () => {
          const [el, warnings] = await placeWarned('cst-benefits', {
            attributes: { 'content-src': src },
          });
          expect(warnings.length).to.equal(1);
          expect(warnings[0]).to.match(problem);
          expect(warnings[0]).to.contain(src);
          expect(partText(el, 'heading')).to.equal(OUR_TITLE);
          expect(topicTitles(el)).to.deep.equal(TOPIC_TITLES);
        });
      }

      it('a network error', async () => {
        const original = window.fetch;
        window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
        let el!: CstBenefits;
        let warnings: string[];
        try {
          [el, warnings] = await placeWarned('cst-benefits', {
            attributes: { 'content-src': `${FIXTURES}/benefits-content.json?offline` },
          });
        } finally {
          window.fetch = original;
        }
        expect(warnings).to.deep.equal([
          `cst-benefits: content-src "${FIXTURES}/benefits-content.json?offline" could not be loaded (Failed to fetch), so it is ignored.`,
        ]);
        expect(partText(el, 'heading')).to.equal(OUR_TITLE);
      });

      it('a reply that says it is too large is not read', async () => {
        const original = window.fetch;
        // A body that never ends: reading it would never give the warning.
        window.fetch = async () => {
          const body = new ReadableStream();
          return new Response(body, {
            headers: { 'content-length': String(LIMITS.document * 10) },
          });
        };
        let el!: CstBenefits;
        let warnings: string[];
        try {
          [el, warnings] = await placeWarned('cst-benefits', {
            attributes: { 'content-src': `${FIXTURES}/benefits-content.json?big` },
          });
        } finally {
          window.fetch = original;
        }
        expect(warnings).to.deep.equal([
          `cst-benefits: content-src "${FIXTURES}/benefits-content.json?big" is longer than ${LIMITS.document} characters, so it is ignored.`,
        ]);
        expect(partText(el, 'heading')).to.equal(OUR_TITLE);
      });

      it('a failing file keeps the JSON child’s words', async () => {
        const [el] = await placeWarned('cst-benefits', {
          attributes: { 'content-src': `${FIXTURES}/missing.json` },
          json: { title: 'From the child' },
        });
        expect(partText(el, 'heading')).to.equal('From the child');
      });
    });

    it('never throws or logs an error for any of it', async () => {
      const errors = await collectErrors(async () => {
        await warningsOf(async () => {
          await place('cst-benefits', {
            attributes: { 'content-src': `${FIXTURES}/benefits-content-wrong.json` },
            json: '{"topics": [{"id": "x"}',
            children: '<p slot="intro"> </p><p slot="nope">x</p>',
          });
        });
      });
      expect(errors).to.deep.equal([]);
    });
  });

  describe('another script on the page', () => {
    it('cannot stand in for a site’s words through Object.prototype', async () => {
      const names = ['title', 'intro', 'closing', 'advice', 'labels', 'heading'];
      const prototype = Object.prototype as Record<string, unknown>;
      for (const name of names) prototype[name] = `Injected ${name}`;
      try {
        // Own words that set none of these: a slot, and a JSON document.
        const benefits = await place('cst-benefits', {
          children: '<p slot="closing">Our own closing.</p>',
          json: { topics: [{ id: 'pain', title: 'Aches' }] },
        });
        const ask = await place('cst-ask-provider', {
          children: '<span slot="heading">Ask us first</span>',
        });
        expect(partText(benefits, 'heading')).to.equal(OUR_TITLE);
        expect(partText(benefits, 'intro')).to.contain(OUR_INTRO);
        expect(text(benefits)).not.to.contain('Injected');
        expect(topicTitles(benefits)[0]).to.equal('Aches');
        expect(text(ask)).to.contain(OUR_ADVICE);
        expect(text(ask)).not.to.contain('Injected');
      } finally {
        for (const name of names) Reflect.deleteProperty(prototype, name);
      }
    });
  });

  describe('helpers', () => {
    it('suggests the near name, and nothing for a far one', () => {
      expect(suggest('reserch', ['title', 'research'])).to.equal('research');
      expect(suggest('Title', ['title', 'research'])).to.equal('title');
      expect(suggest('colour', ['title', 'research'])).to.equal('');
      expect(suggest('intor', ['heading', 'intro'])).to.equal('intro');
      expect(suggest('research', ['heading', 'intro', 'closing'])).to.equal('');
      expect(suggest('x'.repeat(100), ['x'])).to.equal('');
      expect(suggest('x', [])).to.equal('');
    });

    it('has the built-in topic keys the document may reword', () => {
      expect([...content.TOPIC_KEYS]).to.deep.equal(Object.keys(content.topics()));
    });
  });

  describe('accessibility with the author’s words', () => {
    it('axe finds nothing in every layout, with slots and a document', async () => {
      const found: string[] = [];
      for (const layout of ['cards', 'list', 'accordion']) {
        const el = await place('cst-benefits', {
          attributes: { layout, 'content-src': `${FIXTURES}/benefits-content.json` },
          children:
            '<span slot="heading">CST at our clinic</span><p slot="intro">Hello.</p>',
        });
        shadow(el).querySelector<HTMLButtonElement>('button')?.click();
        await el.updateComplete;
        found.push(...(await axeViolations(el)));
        el.remove();
      }
      const ask = await place('cst-ask-provider', {
        attributes: { questions: '', urgent: '' },
        children:
          '<span slot="heading">Check first</span><p slot="advice">See your GP.</p>',
      });
      found.push(...(await axeViolations(ask)));
      expect(found).to.deep.equal([]);
    });
  });
});
