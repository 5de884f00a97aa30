import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  CLAIM_LANGUAGES,
  checkClaims,
  type ClaimFinding,
  type ClaimRule,
} from '../src/claims/index.js';
import deWords from '../src/content/claims/de.js';
import enWords from '../src/content/claims/en.js';
import esWords from '../src/content/claims/es.js';
import frWords from '../src/content/claims/fr.js';
import itWords from '../src/content/claims/it.js';
import ptWords from '../src/content/claims/pt.js';
import { CORPUS } from './claims-corpus.js';

/**
 * The claims check (`cst-widgets/claims`): the rules of every language, on
 * a corpus written per language (test/claims-corpus.ts), and the promises of
 * its API: positions into the text as given, sorted findings that never
 * overlap, messages in the language asked for, never an exception.
 * test/node/claims.test.mjs checks the widgets' own words and the package
 * export in Node.
 */

const RULES: ClaimRule[] = [
  'cure',
  'treat-condition',
  'boost-immunity',
  'balance-csf',
  'nervous-system-health',
  'any-condition',
  'condition-list',
  'proven',
  'detox',
  'client-report',
  'alternative-to-medicine',
  'suitable-for-condition',
  'mechanism',
  'babies-birth',
  'health-wholeness',
];
const CONTENT = {
  en: enWords,
  de: deWords,
  es: esWords,
  fr: frWords,
  it: itWords,
  pt: ptWords,
};

/** What every result must be, whatever the input: the API's promises. */
function expectWellFormed(text: string, findings: ClaimFinding[]) {
  let previousEnd = 0;
  for (const finding of findings) {
    expect(finding.start, 'sorted, not overlapping').to.be.at.least(previousEnd);
    expect(finding.end).to.be.greaterThan(finding.start);
    expect(finding.end).to.be.at.most(text.length);
    expect(finding.text).to.equal(text.slice(finding.start, finding.end));
    expect(RULES).to.include(finding.rule);
    expect(finding.explanation).to.be.a('string').and.not.equal('');
    expect(finding.suggestion).to.be.a('string').and.not.equal('');
    previousEnd = finding.end;
  }
}

describe('checkClaims', () => {
  it('has a corpus for every shipped language, and ships the six languages', () => {
    expect([...CLAIM_LANGUAGES].sort()).to.deep.equal([
      'de',
      'en',
      'es',
      'fr',
      'it',
      'pt',
    ]);
    expect(Object.keys(CORPUS).sort()).to.deep.equal([...CLAIM_LANGUAGES].sort());
  });

  for (const [lang, corpus] of Object.entries(CORPUS)) {
    describe(`${lang} corpus`, () => {
      it('has risky sentences for every rule, and honest ones', () => {
        const covered = new Set(corpus.risky.map(([rule]) => rule));
        expect([...covered].sort()).to.deep.equal([...RULES].sort());
        expect(corpus.honest.length).to.be.greaterThan(9);
      });

      it('flags every risky sentence with its rule', () => {
        const missed = corpus.risky
          .filter(
            ([rule, sentence]) =>
              !checkClaims(sentence, lang).some((f) => f.rule === rule),
          )
          .map(([rule, sentence]) => `${rule}: ${sentence}`);
        expect(missed).to.deep.equal([]);
      });

      it('points at the words of the claim, without spaces or punctuation around them', () => {
        for (const [, sentence] of corpus.risky) {
          const findings = checkClaims(sentence, lang);
          expectWellFormed(sentence, findings);
          for (const { text } of findings)
            expect(text).to.match(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/su);
        }
      });

      it('leaves every honest sentence alone', () => {
        const flagged = corpus.honest
          .map((sentence) => [sentence, checkClaims(sentence, lang)] as const)
          .filter(([, findings]) => findings.length > 0)
          .map(([sentence, findings]) => `${sentence} → ${findings.map((f) => f.rule)}`);
        expect(flagged).to.deep.equal([]);
      });
    });
  }

  describe('language', () => {
    const german = 'CST heilt Migräne.';

    it('takes the rules and messages of the tag’s primary language', () => {
      for (const tag of ['de', 'de-CH', 'DE-at', 'de_DE', ' de ']) {
        const [finding] = checkClaims(german, tag);
        expect(finding?.rule, tag).to.equal('cure');
        expect(finding.explanation).to.equal(deWords.messages.cure.explanation);
        expect(finding.suggestion).to.equal(deWords.messages.cure.suggestion);
      }
      const [portuguese] = checkClaims('A CST cura a enxaqueca.', 'pt-BR');
      expect(portuguese.explanation).to.equal(ptWords.messages.cure.explanation);
    });

    it('uses English for an absent, empty or unknown tag, without an error', () => {
      for (const tag of [
        undefined,
        '',
        'en-GB',
        'xx',
        'nl-NL',
        '__proto__',
        'constructor',
        '-',
      ]) {
        const [finding] = checkClaims('CST cures migraine.', tag);
        expect(finding?.explanation, String(tag)).to.equal(
          enWords.messages.cure.explanation,
        );
      }
      const odd = [42, null, {}, ['de']] as unknown as string[];
      for (const tag of odd) expect(checkClaims('CST cures.', tag)).to.have.length(1);
    });

    it('applies only the rules of the language asked for', () => {
      expect(checkClaims(german, 'en')).to.deep.equal([]);
      expect(checkClaims('CST cures migraine.', 'de')).to.deep.equal([]);
    });
  });

  describe('messages', () => {
    for (const [lang, content] of Object.entries(CONTENT)) {
      it(`${lang}: every rule explains and suggests, in short sentences`, () => {
        expect(Object.keys(content.messages).sort()).to.deep.equal([...RULES].sort());
        for (const rule of RULES) {
          const { explanation, suggestion } = content.messages[rule];
          if (lang !== 'en') {
            expect(explanation, rule).to.not.equal(enWords.messages[rule].explanation);
            expect(suggestion, rule).to.not.equal(enWords.messages[rule].suggestion);
          }
          for (const text of [explanation, suggestion]) {
            const sentences = text.split(/(?<=[.!?»”“])\s+/);
            for (const sentence of sentences)
              expect(sentence.split(/\s+/).length, sentence).to.be.at.most(25);
          }
        }
      });

      it(`${lang}: every suggestion passes its own check`, () => {
        for (const rule of RULES)
          expect(
            checkClaims(content.messages[rule].suggestion, lang),
            rule,
          ).to.deep.equal([]);
      });
    }
  });

  describe('positions', () => {
    it('point into the text as given: decomposed accents, emoji, invisible characters', () => {
      const cases: [string, string, string][] = [
        [
          'de',
          'Wir sagen: CST lindert Ru\u0308ckenschmerzen.',
          'lindert Ru\u0308ckenschmerzen',
        ],
        ['en', '😀😀 Gentle touch. 🙂 CST cu\u00adres mi\u200bgraine.', 'cu\u00adres'],
        ['fr', 'La TCS soulage l’ANXIÉTÉ.', 'soulage l’ANXIÉTÉ'],
        ['es', 'La TCS ALIVIA la Migraña.', 'ALIVIA la Migraña'],
      ];
      for (const [lang, text, claim] of cases) {
        const findings = checkClaims(text, lang);
        expectWellFormed(text, findings);
        expect(findings.map((f) => f.text)).to.deep.equal([claim]);
        expect(findings[0].start).to.equal(text.indexOf(claim));
      }
    });

    it('sorts findings and merges the ones that overlap', () => {
      const text =
        'Detox for the whole family. It boosts immunity. CST relieves migraine, back pain and anxiety.';
      const findings = checkClaims(text);
      expectWellFormed(text, findings);
      expect(findings.map((f) => [f.rule, f.text])).to.deep.equal([
        ['detox', 'Detox'],
        ['boost-immunity', 'boosts immunity'],
        ['treat-condition', 'relieves migraine, back pain and anxiety'],
      ]);
    });

    it('keeps two claims of one sentence apart when they do not overlap', () => {
      const findings = checkClaims('It cures colic, reflux and plagiocephaly.');
      expect(findings.map((f) => [f.rule, f.text])).to.deep.equal([
        ['cure', 'cures'],
        ['condition-list', 'colic, reflux and plagiocephaly'],
      ]);
    });
  });

  describe('HTML and Markdown', () => {
    it('reads no tag, attribute, link target or web address as words', () => {
      const text =
        '<a href="/cure-back-pain" title="heals migraine">Book</a> <img alt="" src="detox.png" data-x=">heal"> ' +
        '[our page](/relieves-anxiety) https://example.com/boost-immunity www.heal.example';
      expect(checkClaims(text)).to.deep.equal([]);
    });

    it('decodes entities, and reads words split by inline tags', () => {
      const text =
        '<p>CST&nbsp;soulage l&rsquo;anxi&eacute;t&eacute; et <b>gu</b>&eacute;rit.</p>';
      const findings = checkClaims(text, 'fr');
      expectWellFormed(text, findings);
      expect(findings.map((f) => [f.rule, f.text])).to.deep.equal([
        ['treat-condition', 'soulage l&rsquo;anxi&eacute;t&eacute;'],
        ['cure', 'gu</b>&eacute;rit'],
      ]);
    });

    it('ends a sentence at a block tag, a blank line or a list item', () => {
      for (const text of [
        '<p>Research has not shown that CST treats anxiety</p><p>It relieves back pain</p>',
        'Research has not shown that CST treats anxiety\n\nIt relieves back pain',
        'Research has not shown that CST treats anxiety\n- It relieves back pain',
      ]) {
        const findings = checkClaims(text);
        expect(
          findings.map((f) => f.text),
          text,
        ).to.deep.equal(['relieves back pain']);
      }
    });

    it('keeps a soft-wrapped sentence whole, and finds a list of conditions in a bulleted list', () => {
      for (const text of [
        'Research has not shown that CST\ntreats anxiety.',
        'Research has not shown that CST\r\n  <b>treats</b> anxiety.',
      ])
        expect(checkClaims(text), text).to.deep.equal([]);
      const list = checkClaims('## What we see\n\n- Migraine\n- Back pain\n- Tinnitus\n');
      expect(list.map((f) => f.rule)).to.deep.equal(['condition-list']);
    });
  });

  describe('bad input', () => {
    it('gives no findings for anything but a string', () => {
      const odd = [undefined, null, 42, {}, ['CST cures'], new String('CST cures')];
      for (const value of odd)
        expect(checkClaims(value as unknown as string)).to.deep.equal([]);
      expect(checkClaims('')).to.deep.equal([]);
    });

    it('never throws, and keeps its promises, for random text mixed with claim words', () => {
      const words = fc.constantFrom(
        'cures',
        'not',
        'no',
        'migraine',
        'back pain',
        'Rückenschmerzen',
        'lindert',
        'nicht',
        'l’anxiété',
        '<p>',
        '</b>',
        '&eacute;',
        '&#x1F600;',
        '&#0;',
        '\u0301',
        '\u00ad',
        '. ',
        '\n',
        '\n\n- ',
        '😀',
        '\ud800',
        '](',
        'https://',
      );
      const text = fc.array(
        fc.oneof(words, fc.string({ unit: 'grapheme', maxLength: 12 })),
        {
          maxLength: 40,
        },
      );
      const lang = fc.constantFrom(
        undefined,
        'en',
        'de-CH',
        'fr',
        'es',
        'it',
        'pt-BR',
        'zz',
      );
      fc.assert(
        fc.property(text, lang, (parts, tag) => {
          const input = parts.join(' ');
          expectWellFormed(input, checkClaims(input, tag));
        }),
        { numRuns: 300 },
      );
    });

    it('handles very long words and texts, and markup that never closes', () => {
      const inputs = [
        `${'a'.repeat(100_000)} cures`,
        `${'<a title="'.repeat(2_000)} CST cures`,
        `${'<b'.repeat(20_000)} CST cures`,
        'CST relieves back pain. '.repeat(5_000),
      ];
      for (const input of inputs) {
        const findings = checkClaims(input);
        expectWellFormed(input, findings);
        expect(findings.length).to.be.greaterThan(0);
      }
    });
  });
});
