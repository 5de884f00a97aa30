import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { shadow } from './helpers.js';

/**
 * Guards the honesty rules of the built-in content (the default wording and
 * `claims="strict"`): no sentence may claim that craniosacral therapy treats,
 * cures, boosts or balances anything. Claims words may appear only in a
 * sentence that denies them ("Research has not shown that it treats any
 * illness").
 */
const NEVER =
  /\b(cures?|cured|boosts?|boosting|balances?|balancing|heals?|healing|relieves?)\b/i;
const ONLY_DENIED = /\b(treats?|treating|treatment|proven|supports?|improves?|helps?)\b/i;
const DENIAL = /\b(not|no|never|too little)\b/i;
/** Words that attribute a statement to the people who make it. */
const ATTRIBUTION = /\b(say|says|believe|believes|claim|claims)\b/i;

async function everySentence(): Promise<string[]> {
  const widgets = [
    await fixture(html`<cst-benefits></cst-benefits>`),
    await fixture(html`<cst-disclaimer dismissible></cst-disclaimer>`),
    await fixture(
      html`<cst-ask-provider
        questions
        urgent
        contact-href="/contact"
      ></cst-ask-provider>`,
    ),
    await fixture(html`<cst-benefits claims="strict"></cst-benefits>`),
  ];
  // The strict wording loads after the widget's first render.
  await waitUntil(() => shadow(widgets[3]!).querySelector('[part~="topics"]') !== null);
  return widgets
    .flatMap((el) => [...shadow(el).querySelectorAll('p, li, h1, h2, h3, h4, h5, h6')])
    .filter((node) => !node.querySelector('p, h1, h2, h3, h4, h5, h6'))
    .map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim())
    .flatMap((block) => block.split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence !== '');
}

describe('default content', () => {
  it('has enough text to be checked', async () => {
    expect((await everySentence()).length).to.be.greaterThan(40);
  });

  it('never says CST cures, boosts, balances, heals or relieves anything', async () => {
    const offending = (await everySentence()).filter((sentence) => NEVER.test(sentence));
    expect(offending).to.deep.equal([]);
  });

  it('uses treat, proven, support, improve and help only to deny, ask or attribute', async () => {
    const offending = (await everySentence()).filter(
      (sentence) =>
        ONLY_DENIED.test(sentence) &&
        !DENIAL.test(sentence) &&
        !ATTRIBUTION.test(sentence) &&
        !sentence.endsWith('?') &&
        // "More research is needed to know if CST helps…" states a doubt.
        !/\bto know if CST helps\b/.test(sentence),
    );
    expect(offending).to.deep.equal([]);
  });

  it('checks itself: the rules catch a claim', () => {
    expect(NEVER.test('CST boosts your immune system.')).to.be.true;
    const claim = 'CST treats migraine.';
    expect(ONLY_DENIED.test(claim) && !DENIAL.test(claim) && !ATTRIBUTION.test(claim)).to
      .be.true;
  });

  it('attributes beliefs and reports to the people who hold them', async () => {
    const sentences = await everySentence();
    const fluid = sentences.filter((s) =>
      /fluid around the brain and spinal cord/.test(s),
    );
    expect(fluid).to.have.length.greaterThan(0);
    for (const sentence of fluid) expect(sentence).to.match(/^Practitioners believe/);
    expect(sentences).to.include('Research has not shown this.');
  });
});
