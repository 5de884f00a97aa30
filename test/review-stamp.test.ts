import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CstDisclaimer } from '../src/components/disclaimer/disclaimer.js';
import { STORAGE_KEY as PREFIX } from '../src/components/disclaimer/disclaimer.js';
import { CONTENT_REVIEW } from '../src/content/review.js';

/** The key of a page's first inline banner without an id. */
const STORAGE_KEY = `${PREFIX}:inline`;
import { isReviewDue, monthYear, warnIfReviewDue } from '../src/internal/review-stamp.js';
import { shadow } from './helpers.js';

/**
 * The review stamp: one dated record (src/content/review.ts) shown by every
 * widget as "Reviewed … · Next review …", hideable, in the widget's
 * language; a new content version shows a dismissed disclaimer again; and
 * one console message once the next review is past.
 */

const stampOf = (el: Element) =>
  shadow(el).querySelector<HTMLElement>('[part~="review"]');
const squash = (value: string | null | undefined) =>
  (value ?? '').replace(/\s+/g, ' ').trim();

const WIDGETS = [
  html`<cst-benefits></cst-benefits>`,
  html`<cst-benefits claims="strict"></cst-benefits>`,
  html`<cst-disclaimer></cst-disclaimer>`,
  html`<cst-ask-provider></cst-ask-provider>`,
];

describe('review stamp', () => {
  it('the record is well formed: next review after the last, within a year', () => {
    const month = /^\d{4}-(0[1-9]|1[0-2])$/;
    expect(CONTENT_REVIEW.reviewed).to.match(month);
    expect(CONTENT_REVIEW.nextReview).to.match(month);
    const months = (value: string) => {
      const [year, number] = value.split('-').map(Number);
      return year! * 12 + number!;
    };
    const gap = months(CONTENT_REVIEW.nextReview) - months(CONTENT_REVIEW.reviewed);
    expect(gap).to.be.within(1, 12);
    expect(CONTENT_REVIEW.version).to.not.equal('');
  });

  for (const template of WIDGETS) {
    it(`shows one small line with a part, and hides it with hide-review: ${template.strings[0]}`, async () => {
      const el = await fixture<HTMLElement>(template);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const stamp = stampOf(el)!;
      expect(stamp, 'stamp').to.exist;
      expect(squash(stamp.textContent)).to.equal(
        `Reviewed ${monthYear(CONTENT_REVIEW.reviewed, 'en')} · Next review ${monthYear(CONTENT_REVIEW.nextReview, 'en')}`,
      );
      expect(parseFloat(getComputedStyle(stamp).fontSize)).to.be.at.least(14);
      el.setAttribute('hide-review', '');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(stampOf(el)).to.equal(null);
    });
  }

  it('speaks the widget’s language, months included', async () => {
    const el = await fixture<HTMLElement>(
      html`<cst-ask-provider lang="de-DE"></cst-ask-provider>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(squash(stampOf(el)!.textContent)).to.equal(
      `Geprüft im ${monthYear(CONTENT_REVIEW.reviewed, 'de')} · Nächste Prüfung im ${monthYear(CONTENT_REVIEW.nextReview, 'de')}`,
    );
  });

  it('formats months, and keeps a malformed one as written', () => {
    expect(monthYear('2026-12', 'en')).to.equal('December 2026');
    expect(monthYear('2027-06', 'fr')).to.equal('juin 2027');
    expect(monthYear('soon', 'en')).to.equal('soon');
    expect(monthYear('2026-12', 'not a language!')).to.equal('2026-12');
  });

  it('writes English months as Intl does, without making a formatter', () => {
    const intl = new Intl.DateTimeFormat('en', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (const year of [2026, 2031]) {
      for (let month = 1; month <= 12; month += 1) {
        const key = `${year}-${String(month).padStart(2, '0')}`;
        expect(monthYear(key, 'en'), key).to.equal(
          intl.format(Date.UTC(year, month - 1, 1)),
        );
      }
    }
    expect(monthYear('2026-13', 'en'), 'past December').to.equal('January 2027');
  });

  it('is due from the first day of the next-review month, not before', () => {
    expect(isReviewDue('2027-06', Date.UTC(2027, 4, 31, 23))).to.equal(false);
    expect(isReviewDue('2027-06', Date.UTC(2027, 5, 1))).to.equal(true);
    expect(isReviewDue('garbage', Date.UTC(2099, 0, 1))).to.equal(false);
  });

  it('tells the site owner once, in the console, when the review is past', () => {
    const original = console.warn;
    const said: string[] = [];
    console.warn = (...args: unknown[]) => said.push(args.map(String).join(' '));
    try {
      warnIfReviewDue(Date.UTC(2000, 0, 1));
      expect(said).to.deep.equal([]);
      const later = Date.UTC(2099, 0, 1);
      warnIfReviewDue(later);
      warnIfReviewDue(later);
      expect(said).to.have.length(1);
      expect(said[0]).to.contain(CONTENT_REVIEW.nextReview);
      expect(said[0]).to.contain('install the latest version');
    } finally {
      console.warn = original;
    }
  });

  it('a new content version shows a dismissed disclaimer again', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ revision: 'an older version|r1', until: Date.now() + 86_400_000 }),
    );
    try {
      const el = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="r1"></cst-disclaimer>`,
      );
      expect(shadow(el).querySelector('[part~="base"]')).to.exist;
      shadow(el).querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).revision).to.equal(
        `${CONTENT_REVIEW.version}|r1`,
      );
      el.remove(); // As on the next page of the site.
      const again = await fixture<CstDisclaimer>(
        html`<cst-disclaimer dismissible revision="r1"></cst-disclaimer>`,
      );
      expect(shadow(again).querySelector('[part~="base"]')).to.equal(null);
    } finally {
      localStorage.removeItem(STORAGE_KEY);
    }
  });
});
