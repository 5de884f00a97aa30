import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CstAskProvider } from '../../src/components/ask-provider/ask-provider.js';
import '../../src/define.js';
import {
  collectErrors,
  inDarkMode,
  itEmulatingMedia,
  itEmulatingMediaFeatures,
  shadow,
  text,
  UNSAFE_URLS,
  withMedia,
} from '../helpers.js';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const DEFAULT_PROVIDER = 'your doctor or other healthcare provider';

/** Shows control characters in test titles. */
const show = (value: string) => JSON.stringify(value);

/** Creates the element with the given attributes set before it connects. */
async function create(attributes: Record<string, string> = {}): Promise<CstAskProvider> {
  const el = document.createElement('cst-ask-provider');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return fixture<CstAskProvider>(html`${el}`);
}

const mainHeading = (el: CstAskProvider) =>
  shadow(el).querySelector<HTMLElement>('[part~="heading"]')!;
const questionsHeading = (el: CstAskProvider) =>
  shadow(el).querySelector<HTMLElement>('[part~="questions"] .heading');
const urgentHeading = (el: CstAskProvider) =>
  shadow(el).querySelector<HTMLElement>('[part~="urgent"] .heading');
const link = (el: CstAskProvider) => shadow(el).querySelector<HTMLAnchorElement>('a');
const advice = (el: CstAskProvider) =>
  shadow(el).querySelector<HTMLElement>('[part~="base"] > p')!;
/** The provider as placed in the advice, between Unicode isolates (FSI…PDI). */
const isolatedProvider = (el: CstAskProvider) =>
  /\u2068([\s\S]*)\u2069/.exec(advice(el).textContent ?? '')?.[1];
const squash = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ');

describe('<cst-ask-provider>', () => {
  describe('defaults', () => {
    let el: CstAskProvider;

    beforeEach(async () => {
      el = await create();
    });

    it('is defined and upgraded', () => {
      expect(customElements.get('cst-ask-provider')).to.exist;
      expect(el.shadowRoot).to.exist;
    });

    it('renders an h2 heading with a visually hidden prefix', () => {
      const h = mainHeading(el);
      expect(h.localName).to.equal('h2');
      expect(h.id).to.equal('title');
      expect(squash(h.textContent)).to.contain('Non-urgent advice:');
      expect(squash(h.textContent)).to.contain('Talk to a healthcare provider first');
      const prefix = h.querySelector('.visually-hidden')!;
      expect(prefix).to.exist;
      expect(prefix.textContent!.trim()).to.equal('Non-urgent advice:');
      expect(getComputedStyle(prefix).position).to.equal('absolute');
      expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('is a section without a name, so no landmark', () => {
      const section = shadow(el).querySelector('section[part~="base"]')!;
      expect(section.hasAttribute('aria-labelledby')).to.equal(false);
      expect(section.hasAttribute('aria-label')).to.equal(false);
      expect(shadow(el).getElementById('title')).to.equal(mainHeading(el));
    });

    it('has exactly one heading', () => {
      expect(shadow(el).querySelectorAll(HEADINGS).length).to.equal(1);
    });

    it('names the default provider', () => {
      expect(text(el)).to.contain(DEFAULT_PROVIDER);
      expect(isolatedProvider(el)).to.equal(DEFAULT_PROVIDER);
    });

    it('lists 8 cautions in a list with an accessible name, babies first', () => {
      const list = shadow(el).querySelector('ul[part~="cautions"]')!;
      expect(list).to.exist;
      expect(list.getAttribute('aria-label')).to.equal('Reasons to ask a doctor first');
      expect(list.querySelectorAll(':scope > li').length).to.equal(8);
      expect(list.querySelector('li')!.textContent).to.equal(
        'for a baby or young child: ask the child’s doctor first',
      );
      for (const item of list.querySelectorAll('li')) {
        expect(item.textContent!.trim()).not.to.equal('');
      }
    });

    it('shows no questions, no urgent note and no link', () => {
      expect(shadow(el).querySelector('[part~="questions"]')).to.equal(null);
      expect(shadow(el).querySelector('[part~="urgent"]')).to.equal(null);
      expect(link(el)).to.equal(null);
      expect(el.questions).to.equal(false);
      expect(el.urgent).to.equal(false);
    });

    it("takes the page's colour scheme by default (the test page declares none)", () => {
      expect(getComputedStyle(el).colorScheme).to.equal('normal');
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const sub = Math.min(level + 1, 6);
      it(`level ${level} gives h${level} and h${sub} sub-headings`, async () => {
        const el = await create({
          'heading-level': String(level),
          questions: '',
          urgent: '',
        });
        expect(mainHeading(el).localName).to.equal(`h${level}`);
        expect(questionsHeading(el)!.localName).to.equal(`h${sub}`);
        expect(urgentHeading(el)!.localName).to.equal(`h${sub}`);
        expect(shadow(el).querySelectorAll(HEADINGS).length).to.equal(3);
      });
    }

    it('accepts a level with surrounding spaces (" 3 " gives h3)', async () => {
      const el = await create({ 'heading-level': ' 3 ', questions: '', urgent: '' });
      expect(mainHeading(el).localName).to.equal('h3');
      expect(questionsHeading(el)!.localName).to.equal('h4');
      expect(urgentHeading(el)!.localName).to.equal('h4');
    });

    for (const value of ['0', '7', '2.5', 'abc', '', '-1', '1e1', '+3', '0x3']) {
      it(`falls back to h2 for ${show(value)}`, async () => {
        const el = await create({ 'heading-level': value, questions: '', urgent: '' });
        expect(mainHeading(el).localName).to.equal('h2');
        expect(questionsHeading(el)!.localName).to.equal('h3');
        expect(urgentHeading(el)!.localName).to.equal('h3');
      });
    }

    it('updates when the attribute changes, and falls back when removed', async () => {
      const el = await create({ 'heading-level': '4', questions: '' });
      expect(mainHeading(el).localName).to.equal('h4');
      el.setAttribute('heading-level', '1');
      await elementUpdated(el);
      expect(mainHeading(el).localName).to.equal('h1');
      expect(questionsHeading(el)!.localName).to.equal('h2');
      el.removeAttribute('heading-level');
      await elementUpdated(el);
      expect(mainHeading(el).localName).to.equal('h2');
      expect(questionsHeading(el)!.localName).to.equal('h3');
    });

    it('keeps the heading id and part after a level change', async () => {
      const el = await create({ 'heading-level': '5' });
      el.setAttribute('heading-level', '3');
      await elementUpdated(el);
      const h = mainHeading(el);
      expect(h.localName).to.equal('h3');
      expect(h.id).to.equal('title');
      expect(shadow(el).querySelectorAll(HEADINGS).length).to.equal(1);
    });
  });

  describe('questions', () => {
    it('shows the sub-heading and the two question lists', async () => {
      const el = await create({ questions: '' });
      const block = shadow(el).querySelector('[part~="questions"]')!;
      expect(block).to.exist;
      expect(questionsHeading(el)!.textContent!.trim()).to.equal(
        'Questions worth asking',
      );
      const blockText = squash(block.textContent);
      expect(blockText).to.contain('Ask your doctor:');
      expect(blockText).to.contain('Ask the therapist:');
      const lists = block.querySelectorAll('ul');
      expect(lists.length).to.equal(2);
      expect(lists[0].querySelectorAll('li').length).to.equal(4);
      expect(lists[1].querySelectorAll('li').length).to.equal(4);
      expect(squash(lists[0].textContent)).to.contain('Is CST safe for me');
      expect(squash(lists[1].textContent)).to.contain('What training do you have?');
    });

    it('comes after the caution list', async () => {
      const el = await create({ questions: '' });
      const cautions = shadow(el).querySelector('[part~="cautions"]')!;
      const block = shadow(el).querySelector('[part~="questions"]')!;
      const order = cautions.compareDocumentPosition(block);
      expect(order & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('is added and removed when the attribute toggles', async () => {
      const el = await create();
      expect(shadow(el).querySelector('[part~="questions"]')).to.equal(null);
      el.setAttribute('questions', '');
      await elementUpdated(el);
      expect(el.questions).to.equal(true);
      expect(shadow(el).querySelector('[part~="questions"]')).to.exist;
      el.removeAttribute('questions');
      await elementUpdated(el);
      expect(el.questions).to.equal(false);
      expect(shadow(el).querySelector('[part~="questions"]')).to.equal(null);
    });

    it('is added when the property is set', async () => {
      const el = await create();
      el.questions = true;
      await elementUpdated(el);
      expect(questionsHeading(el)).to.exist;
    });
  });

  describe('urgent', () => {
    it('shows an emergency note with a visually hidden prefix', async () => {
      const el = await create({ urgent: '' });
      const block = shadow(el).querySelector('[part~="urgent"]')!;
      expect(block).to.exist;
      const h = urgentHeading(el)!;
      expect(h).to.exist;
      const prefix = h.querySelector('.visually-hidden')!;
      expect(prefix.textContent!.trim()).to.equal('Emergency advice:');
      expect(getComputedStyle(prefix).position).to.equal('absolute');
      expect(squash(h.textContent)).to.contain('In an emergency, do not wait');
      expect(squash(block.textContent)).to.contain('emergency number');
    });

    it('lists the warning signs one per item, with the stroke signs (face, arm, speech)', async () => {
      const el = await create({ urgent: '' });
      const block = shadow(el).querySelector('[part~="urgent"]')!;
      expect(squash(block.querySelector('p')!.textContent)).to.equal(
        'Call your local emergency number now if you have any of these:',
      );
      const signs = [...block.querySelectorAll('ul > li')].map((li) =>
        squash(li.textContent),
      );
      expect(signs).to.deep.equal([
        'a sudden, very bad headache',
        'a face that droops on one side',
        'new weakness or numbness in an arm or a leg',
        'trouble speaking, or words that come out wrong',
        'confusion after a head injury',
      ]);
    });

    it('comes before the main advice', async () => {
      const el = await create({ urgent: '' });
      const block = shadow(el).querySelector('[part~="urgent"]')!;
      const order = block.compareDocumentPosition(advice(el));
      expect(order & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    });

    it('is added and removed when the attribute toggles', async () => {
      const el = await create();
      expect(shadow(el).querySelector('[part~="urgent"]')).to.equal(null);
      el.setAttribute('urgent', '');
      await elementUpdated(el);
      expect(shadow(el).querySelector('[part~="urgent"]')).to.exist;
      expect(text(el)).to.contain('emergency number');
      el.removeAttribute('urgent');
      await elementUpdated(el);
      expect(shadow(el).querySelector('[part~="urgent"]')).to.equal(null);
      expect(text(el)).not.to.contain('emergency number');
    });
  });

  describe('provider', () => {
    it('puts the provider in the sentence, isolated from its direction', async () => {
      const el = await create({ provider: 'your GP' });
      expect(isolatedProvider(el)).to.equal('your GP');
      expect(squash(advice(el).textContent)).to.contain(
        'Talk to \u2068your GP\u2069 before',
      );
      expect(text(el)).not.to.contain(DEFAULT_PROVIDER);
    });

    it('trims the provider', async () => {
      const el = await create({ provider: '  your GP \n' });
      expect(isolatedProvider(el)).to.equal('your GP');
    });

    for (const value of ['', '   ', '\n\t ']) {
      it(`falls back to the default for ${show(value)}`, async () => {
        const el = await create({ provider: value });
        expect(isolatedProvider(el)).to.equal(DEFAULT_PROVIDER);
      });
    }

    for (const value of ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>']) {
      it(`shows markup ${show(value)} as text`, async () => {
        const el = await create({ provider: value });
        expect(isolatedProvider(el)).to.equal(value);
        expect(shadow(el).querySelector('img')).to.equal(null);
        expect(shadow(el).querySelector('script')).to.equal(null);
        expect(advice(el).children.length).to.equal(0);
      });
    }

    it('renders a 10,000-character provider', async () => {
      const long = 'x'.repeat(10_000);
      const el = await create({ provider: long });
      expect(isolatedProvider(el)).to.equal(long);
      // The unbroken word wraps instead of overflowing the callout.
      const base = shadow(el).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });

    it('updates when the attribute changes', async () => {
      const el = await create({ provider: 'your GP' });
      el.setAttribute('provider', 'your family doctor');
      await elementUpdated(el);
      expect(isolatedProvider(el)).to.equal('your family doctor');
      el.removeAttribute('provider');
      await elementUpdated(el);
      expect(isolatedProvider(el)).to.equal(DEFAULT_PROVIDER);
    });
  });

  describe('contact-href and contact-label', () => {
    const allowed: [string, string][] = [
      ['https://example.com/contact', 'https://example.com/contact'],
      ['http://example.com/contact', 'http://example.com/contact'],
      ['tel:+441234567890', 'tel:+441234567890'],
      ['mailto:hello@example.com', 'mailto:hello@example.com'],
    ];
    for (const [value, expected] of allowed) {
      it(`shows a link for ${show(value)}`, async () => {
        const el = await create({
          'contact-href': value,
          'contact-label': 'Book a call',
        });
        const a = link(el)!;
        expect(a).to.exist;
        expect(a.getAttribute('href')).to.equal(expected);
        expect(a.getAttribute('part')).to.equal('contact');
        const printed = a.querySelector('.print-only')?.textContent ?? '';
        expect(a.textContent!.replace(printed, '').trim()).to.equal('Book a call');
      });
    }

    for (const [value, printed] of [
      ['tel:+441234567890', '+441234567890'],
      ['TEL:+44 1234 567890', '+44 1234 567890'],
      ['tel:+44%201234%20567890', '+44 1234 567890'],
      ['mailto:hello@example.com', 'hello@example.com'],
      ['mailto:hello@example.com?subject=Booking', 'hello@example.com'],
      ['mailto:a%ZZb@example.com', 'a%ZZb@example.com'],
    ]) {
      it(`prints the number or address of ${show(value)}, shows it only on paper`, async () => {
        const el = await create({
          'contact-href': value,
          'contact-label': 'Book a call',
        });
        const extra = link(el)!.querySelector('.print-only')!;
        expect(extra.textContent).to.equal(` (${printed})`);
        expect(getComputedStyle(extra).display).to.equal('none');
      });
    }

    for (const [value, label] of [
      ['https://example.com/contact', 'Book a call'],
      ['tel:', 'Book a call'],
      ['mailto:?subject=Hi', 'Book a call'],
      ['tel:+441234567890', 'Call +441234567890'],
    ]) {
      it(`prints nothing more for ${show(value)} labelled ${show(label)}`, async () => {
        const el = await create({ 'contact-href': value, 'contact-label': label });
        expect(link(el)?.querySelector('.print-only') ?? null).to.equal(null);
      });
    }

    it('prints the address as text, never as markup', async () => {
      const el = await create({
        'contact-href': 'mailto:%3Cimg%20src=x%20onerror=alert(1)%3E@example.com',
      });
      const extra = link(el)!.querySelector('.print-only')!;
      expect(extra.textContent).to.equal(' (<img src=x onerror=alert(1)>@example.com)');
      expect(shadow(el).querySelector('img')).to.equal(null);
    });

    itEmulatingMediaFeatures('shows the number in print', () =>
      withMedia(
        [],
        async () => {
          const el = await create({
            'contact-href': 'tel:+441234567890',
            'contact-label': 'Call the clinic',
          });
          const extra = link(el)!.querySelector('.print-only')!;
          expect(getComputedStyle(extra).display).to.equal('inline');
          expect(extra.getBoundingClientRect().width).to.be.above(10);
        },
        'print',
      ),
    );

    it('resolves a relative link against the page', async () => {
      const el = await create({
        'contact-href': '/contact',
        'contact-label': 'Write to us',
      });
      const href = link(el)!.getAttribute('href')!;
      expect(href).to.match(/^https?:\/\//);
      expect(href).to.equal(new URL('/contact', location.href).href);
      expect(link(el)!.textContent!.trim()).to.equal('Write to us');
    });

    it('labels the link "Contact us" when contact-label is missing', async () => {
      const el = await create({ 'contact-href': 'https://example.com/' });
      expect(link(el)!.textContent!.trim()).to.equal('Contact us');
    });

    for (const label of ['', '   ']) {
      it(`labels the link "Contact us" when contact-label is ${show(label)}`, async () => {
        const el = await create({
          'contact-href': 'https://example.com/',
          'contact-label': label,
        });
        expect(link(el)!.textContent!.trim()).to.equal('Contact us');
      });
    }

    it('shows markup in the label as text', async () => {
      const label = '<img src=x onerror=alert(1)><b>Hi</b>';
      const el = await create({
        'contact-href': 'https://example.com/',
        'contact-label': label,
      });
      const a = link(el)!;
      expect(a.textContent!.trim()).to.equal(label);
      expect(a.children.length).to.equal(0);
      expect(shadow(el).querySelector('img')).to.equal(null);
    });

    it('shows no link for a label without an href', async () => {
      const el = await create({ 'contact-label': 'Book a call' });
      expect(link(el)).to.equal(null);
      expect(text(el)).not.to.contain('Book a call');
    });

    for (const value of UNSAFE_URLS) {
      it(`shows no link for ${show(value)}`, async () => {
        const el = await create({
          'contact-href': value,
          'contact-label': 'Book a call',
        });
        expect(link(el)).to.equal(null);
        expect(shadow(el).querySelector('[part~="contact"]')).to.equal(null);
        expect(shadow(el).querySelector('[href]')).to.equal(null);
        expect(text(el)).not.to.contain('Book a call');
      });
    }

    it('removes the link when contact-href changes from good to bad', async () => {
      const el = await create({ 'contact-href': 'https://example.com/' });
      expect(link(el)).to.exist;
      el.setAttribute('contact-href', 'javascript:alert(1)');
      await elementUpdated(el);
      expect(link(el)).to.equal(null);
      el.setAttribute('contact-href', 'mailto:hello@example.com');
      await elementUpdated(el);
      expect(link(el)!.getAttribute('href')).to.equal('mailto:hello@example.com');
      el.removeAttribute('contact-href');
      await elementUpdated(el);
      expect(link(el)).to.equal(null);
    });

    it('also rejects a bad href set as a property', async () => {
      const el = await create();
      el.contactHref = 'javascript:alert(1)';
      await elementUpdated(el);
      expect(link(el)).to.equal(null);
      el.contactHref = 'https://example.com/';
      await elementUpdated(el);
      expect(link(el)!.href).to.equal('https://example.com/');
    });

    it('can be reached with the keyboard', async () => {
      const el = await create({ 'contact-href': 'https://example.com/' });
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(shadow(el).activeElement).to.equal(link(el));
      expect(getComputedStyle(link(el)!).outlineStyle).to.equal('solid');
    });
  });

  describe('theme', () => {
    for (const theme of ['dark', 'light'] as const) {
      it(`theme="${theme}" sets color-scheme: ${theme}`, async () => {
        const el = await create({ theme });
        expect(el.theme).to.equal(theme);
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
      });

      it(`reflects the theme property "${theme}" to the attribute`, async () => {
        const el = await create();
        el.theme = theme;
        await elementUpdated(el);
        expect(el.getAttribute('theme')).to.equal(theme);
        expect(getComputedStyle(el).colorScheme).to.equal(theme);
      });
    }

    it('matches the theme case-insensitively', async () => {
      const el = await create({ theme: 'DARK' });
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
    });

    it('theme="auto" follows the system (light dark)', async () => {
      const el = await create({ theme: 'auto' });
      expect(getComputedStyle(el).colorScheme).to.equal('light dark');
    });

    for (const theme of ['purple', '', 'darkish']) {
      it(`theme=${show(theme)} takes the page's colour scheme`, async () => {
        const el = await create({ theme });
        expect(getComputedStyle(el).colorScheme).to.equal('normal');
      });
    }

    it('uses dark colours for theme="dark" and light for theme="light"', async () => {
      const dark = await create({ theme: 'dark' });
      const light = await create({ theme: 'light' });
      const surface = (el: CstAskProvider) =>
        getComputedStyle(shadow(el).querySelector('[part~="base"]')!).backgroundColor;
      expect(surface(dark)).to.equal('rgb(26, 37, 48)');
      expect(surface(light)).to.equal('rgb(238, 244, 251)');
    });
  });

  describe('robustness', () => {
    it('logs no errors for bad input', async () => {
      const errors = await collectErrors(async () => {
        const el = await create({
          'heading-level': 'abc',
          'contact-href': 'javascript:alert(1)',
          'contact-label': '<script>alert(1)</script>',
          provider: '<img src=x onerror=alert(1)>',
          theme: 'purple',
          questions: 'no',
          urgent: 'false',
        });
        el.setAttribute('heading-level', '99');
        el.setAttribute('contact-href', 'http://[');
        el.setAttribute('provider', 'x'.repeat(10_000));
        el.setAttribute('theme', '');
        await elementUpdated(el);
        el.removeAttribute('provider');
        el.removeAttribute('heading-level');
        el.removeAttribute('theme');
        await elementUpdated(el);
        // Boolean attributes are on whatever their value says.
        expect(shadow(el).querySelector('[part~="questions"]')).to.exist;
        expect(shadow(el).querySelector('[part~="urgent"]')).to.exist;
        expect(mainHeading(el).localName).to.equal('h2');
        expect(link(el)).to.equal(null);
      });
      expect(errors).to.deep.equal([]);
    });

    it('can be moved and re-connected without duplicating content', async () => {
      const errors = await collectErrors(async () => {
        const el = await create({ questions: '' });
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await elementUpdated(el);
        expect(shadow(el).querySelectorAll('[part~="base"]').length).to.equal(1);
        expect(shadow(el).querySelectorAll('[part~="questions"]').length).to.equal(1);
      });
      expect(errors).to.deep.equal([]);
    });
  });

  describe('accessibility', () => {
    const variants: [string, Record<string, string>][] = [
      ['default', {}],
      ['questions', { questions: '' }],
      ['urgent', { urgent: '' }],
      [
        'questions, urgent and contact',
        {
          questions: '',
          urgent: '',
          'contact-href': 'https://example.com/contact',
          'contact-label': 'Book a call',
        },
      ],
    ];

    for (const theme of ['light', 'dark']) {
      describe(`theme="${theme}"`, () => {
        for (const [name, attributes] of variants) {
          it(`${name} is accessible`, async () => {
            const el = await create({ ...attributes, theme });
            await expect(el).to.be.accessible();
          });
        }
      });
    }

    describe('theme="auto" with a dark system colour scheme', () => {
      itEmulatingMedia('follows the system colour scheme', () =>
        inDarkMode(async () => {
          const el = await create({ theme: 'auto' });
          expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
          const base = shadow(el).querySelector('[part~="base"]')!;
          expect(getComputedStyle(base).backgroundColor).to.equal('rgb(26, 37, 48)');
        }),
      );

      for (const [name, attributes] of variants) {
        itEmulatingMedia(`${name} is accessible`, () =>
          inDarkMode(async () => {
            const el = await create(attributes);
            await expect(el).to.be.accessible();
          }),
        );
      }
    });
  });
});
