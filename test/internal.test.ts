import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { keyList, oneOf, textOr, wholeNumber } from '../src/internal/attributes.js';
import { heading, headingLevel } from '../src/internal/heading.js';
import { hasContent } from '../src/internal/slot.js';
import { safeHref } from '../src/internal/url.js';
import { UNSAFE_URLS } from './helpers.js';

/** Shows control characters in test titles. */
const show = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

describe('internal', () => {
  describe('attributes: oneOf()', () => {
    const themes = ['auto', 'light', 'dark'] as const;

    it('returns an allowed value as given', () => {
      expect(oneOf('dark', themes, 'auto')).to.equal('dark');
      expect(oneOf('light', themes, 'auto')).to.equal('light');
    });

    it('trims and lower-cases before matching', () => {
      expect(oneOf('  DaRk\n', themes, 'auto')).to.equal('dark');
      expect(oneOf('\tLIGHT ', themes, 'auto')).to.equal('light');
    });

    const rejected: unknown[] = [
      '',
      '   ',
      'dim',
      'dar k',
      'darker',
      undefined,
      null,
      1,
      {},
    ];
    for (const value of rejected) {
      it(`returns the fallback for ${show(value)}`, () => {
        expect(oneOf(value, themes, 'auto')).to.equal('auto');
      });
    }
  });

  describe('attributes: wholeNumber()', () => {
    const accepted: [unknown, number][] = [
      ['3', 3],
      [' 3 ', 3],
      ['\n4\t', 4],
      ['1', 1],
      ['6', 6],
      ['006', 6],
      [5, 5],
    ];
    for (const [value, expected] of accepted) {
      it(`parses ${show(value)} as ${expected}`, () => {
        expect(wholeNumber(value, 1, 6, 2)).to.equal(expected);
      });
    }

    const rejected: unknown[] = [
      '0',
      '7',
      '-1',
      '+3',
      '2.5',
      '3.0',
      '1e1',
      '0x3',
      'abc',
      '3abc',
      '',
      '   ',
      '1 2',
      '\u0663',
      '1234567890',
      'Infinity',
      2.5,
      NaN,
      Infinity,
      -1,
      0,
      undefined,
      null,
      true,
      {},
    ];
    for (const value of rejected) {
      it(`returns the fallback for ${show(value)}`, () => {
        expect(wholeNumber(value, 1, 6, 2)).to.equal(2);
      });
    }

    it('includes both bounds of the range', () => {
      expect(wholeNumber('10', 10, 20, 0)).to.equal(10);
      expect(wholeNumber('20', 10, 20, 0)).to.equal(20);
      expect(wholeNumber('9', 10, 20, 0)).to.equal(0);
      expect(wholeNumber('21', 10, 20, 0)).to.equal(0);
    });
  });

  describe('attributes: textOr()', () => {
    it('returns trimmed text', () => {
      expect(textOr('  your GP \n', 'x')).to.equal('your GP');
      expect(textOr('a', 'x')).to.equal('a');
    });

    const rejected: unknown[] = ['', '   ', '\n\t ', undefined, null, 42, {}];
    for (const value of rejected) {
      it(`returns the fallback for ${show(value)}`, () => {
        expect(textOr(value, 'fallback')).to.equal('fallback');
      });
    }

    it('keeps markup as plain text', () => {
      expect(textOr('<b>x</b>', 'y')).to.equal('<b>x</b>');
    });
  });

  describe('attributes: keyList()', () => {
    const known = ['pain', 'stress', 'sleep'] as const;

    it('splits on spaces', () => {
      expect(keyList('pain stress', known)).to.deep.equal(['pain', 'stress']);
    });

    it('splits on commas, with or without spaces', () => {
      expect(keyList('pain,stress', known)).to.deep.equal(['pain', 'stress']);
      expect(keyList('pain, stress ,sleep', known)).to.deep.equal([
        'pain',
        'stress',
        'sleep',
      ]);
    });

    it('splits on tabs and new lines', () => {
      expect(keyList('pain\tstress\nsleep', known)).to.deep.equal([
        'pain',
        'stress',
        'sleep',
      ]);
    });

    it("keeps the author's order", () => {
      expect(keyList('sleep pain', known)).to.deep.equal(['sleep', 'pain']);
    });

    it('is case-insensitive', () => {
      expect(keyList('PAIN Stress', known)).to.deep.equal(['pain', 'stress']);
    });

    it('drops repeats', () => {
      expect(keyList('pain pain, PAIN stress', known)).to.deep.equal(['pain', 'stress']);
    });

    it('ignores unknown keys', () => {
      expect(keyList('pain migraine stress', known)).to.deep.equal(['pain', 'stress']);
      expect(keyList('migraine', known)).to.deep.equal([]);
    });

    it('ignores surrounding whitespace and separators', () => {
      expect(keyList('  , pain ,  ', known)).to.deep.equal(['pain']);
    });

    it('returns an empty list for blank or non-string values', () => {
      expect(keyList('', known)).to.deep.equal([]);
      expect(keyList('   ', known)).to.deep.equal([]);
      expect(keyList(undefined, known)).to.deep.equal([]);
      expect(keyList(null, known)).to.deep.equal([]);
      expect(keyList(['pain'], known)).to.deep.equal([]);
    });
  });

  describe('url: safeHref()', () => {
    const allowed: [string, string][] = [
      ['https://example.com/contact', 'https://example.com/contact'],
      ['http://example.com/', 'http://example.com/'],
      ['tel:+441234567890', 'tel:+441234567890'],
      ['mailto:hello@example.com', 'mailto:hello@example.com'],
      ['HTTPS://Example.com/a b', 'https://example.com/a%20b'],
      ['  https://example.com/x  ', 'https://example.com/x'],
      ['https://exa\tmple.com/', 'https://example.com/'],
      ['MAILTO:hello@example.com', 'mailto:hello@example.com'],
    ];
    for (const [value, expected] of allowed) {
      it(`allows ${show(value)} as ${show(expected)}`, () => {
        expect(safeHref(value)).to.equal(expected);
      });
    }

    it('resolves relative links against the page', () => {
      const expected = new URL('/contact', document.baseURI).href;
      expect(safeHref('/contact')).to.equal(expected);
      expect(expected).to.match(/^https?:\/\/[^/]+\/contact$/);
      expect(safeHref('contact?x=1#y')).to.equal(
        new URL('contact?x=1#y', document.baseURI).href,
      );
    });

    // Besides the shared table: values a property setter may pass that are not strings.
    const rejected: unknown[] = [...UNSAFE_URLS, undefined, null, 42, {}];
    for (const value of rejected) {
      it(`rejects ${show(value)}`, () => {
        expect(safeHref(value)).to.equal(undefined);
      });
    }
  });

  describe('slot: hasContent()', () => {
    const text = (value: string) => document.createTextNode(value);

    it('is false for no nodes', () => {
      expect(hasContent([])).to.equal(false);
    });

    it('is false for whitespace-only text', () => {
      expect(hasContent([text('\n  '), text('\t'), text('')])).to.equal(false);
    });

    it('is false for comment nodes', () => {
      expect(hasContent([document.createComment('note'), text('  ')])).to.equal(false);
    });

    it('is true for non-blank text', () => {
      expect(hasContent([text('  '), text(' Hello ')])).to.equal(true);
    });

    it('is true for an element, even an empty one', () => {
      expect(hasContent([text('\n'), document.createElement('span')])).to.equal(true);
    });

    it('accepts a live NodeList', () => {
      const div = document.createElement('div');
      div.append(text('  '), document.createComment('x'));
      expect(hasContent(div.childNodes)).to.equal(false);
      div.append(document.createElement('b'));
      expect(hasContent(div.childNodes)).to.equal(true);
    });
  });

  describe('heading: headingLevel()', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`parses "${level}"`, () => {
        expect(headingLevel(String(level))).to.equal(level);
      });
    }

    it('trims surrounding spaces', () => {
      expect(headingLevel(' 3 ')).to.equal(3);
    });

    const invalid: unknown[] = ['0', '7', '2.5', 'abc', '', '-1', '1e1', undefined, null];
    for (const value of invalid) {
      it(`falls back to 2 for ${show(value)}`, () => {
        expect(headingLevel(value)).to.equal(2);
      });
    }
  });

  describe('heading: heading()', () => {
    let div: HTMLDivElement;

    beforeEach(() => {
      div = document.createElement('div');
    });

    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`renders an h${level} for level ${level}`, () => {
        render(heading(level, 'Title'), div);
        const el = div.querySelector(`h${level}`);
        expect(el).to.exist;
        expect(el!.textContent).to.equal('Title');
        expect(el!.classList.contains('heading')).to.equal(true);
        expect(div.querySelectorAll('h1, h2, h3, h4, h5, h6').length).to.equal(1);
      });
    }

    it('clamps levels above 6 to h6', () => {
      render(heading(7, 'A'), div);
      expect(div.querySelector('h6')).to.exist;
      const other = document.createElement('div');
      render(heading(99, 'B'), other);
      expect(other.querySelector('h6')!.textContent).to.equal('B');
    });

    for (const [level, tag] of [
      [2.5, 'h2'],
      [4.9, 'h4'],
      [Number.NaN, 'h2'],
      [Number.POSITIVE_INFINITY, 'h2'],
    ] as const) {
      it(`renders an ${tag} for level ${level}`, () => {
        render(heading(level, 'Title'), div);
        expect(div.querySelector(tag)!.textContent).to.equal('Title');
      });
    }

    it('clamps levels below 1 to h1', () => {
      render(heading(0, 'A'), div);
      expect(div.querySelector('h1')).to.exist;
      const other = document.createElement('div');
      render(heading(-3, 'B'), other);
      expect(other.querySelector('h1')!.textContent).to.equal('B');
    });

    it('sets id and part only when given', () => {
      render(heading(2, 'Plain'), div);
      const plain = div.querySelector('h2')!;
      expect(plain.hasAttribute('id')).to.equal(false);
      expect(plain.hasAttribute('part')).to.equal(false);

      const other = document.createElement('div');
      render(heading(3, 'Named', { id: 'title', part: 'heading' }), other);
      const named = other.querySelector('h3')!;
      expect(named.id).to.equal('title');
      expect(named.getAttribute('part')).to.equal('heading');

      const third = document.createElement('div');
      render(heading(4, 'Only id', { id: 'x' }), third);
      const onlyId = third.querySelector('h4')!;
      expect(onlyId.id).to.equal('x');
      expect(onlyId.hasAttribute('part')).to.equal(false);
    });

    it('renders content as text, not markup', () => {
      render(heading(2, '<img src=x>'), div);
      expect(div.querySelector('img')).to.equal(null);
      expect(div.querySelector('h2')!.textContent).to.equal('<img src=x>');
    });
  });
});
