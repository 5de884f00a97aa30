import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { html, LitElement, nothing, render } from 'lit';
import { contentKey, staticBlock } from '../src/internal/static-block.js';

/**
 * Copied blocks (src/internal/static-block.ts): the same markup and text as
 * Lit renders, without Lit's markers; the same content keeps its nodes, new
 * content replaces them, and anything a copy cannot carry is left to Lit.
 */

/** Markup without Lit's comments. */
const markup = (node: Node) => {
  const holder = document.createElement('div');
  holder.append(node.cloneNode(true));
  return holder.innerHTML.replace(/<!--[^]*?-->/g, '');
};
const comments = (root: Node) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  let count = 0;
  while (walker.nextNode()) count += 1;
  return count;
};

const item = (text: string) => html`<li>${text}</li>`;
const list = (items: string[], label: string | undefined, open: boolean) =>
  html`<ul aria-label=${label ?? nothing} ?hidden=${!open}>
    ${items.map(item)}
  </ul>`;

class BlockHost extends LitElement {
  static override properties = { items: { attribute: false }, open: { type: Boolean } };
  items: string[] = ['one', 'two'];
  open = true;
  clicks = 0;
  override render() {
    return html`<div>${staticBlock(list(this.items, 'Things', this.open))}</div>
      <p>
        ${staticBlock(html`<button @click=${() => (this.clicks += 1)}>Go</button>`)}
      </p>`;
  }
}
customElements.define('block-host', BlockHost);

describe('static blocks', () => {
  it('render the markup and text Lit renders, without its markers', async () => {
    const lit = document.createElement('div');
    render(list(['a <b>', 'c & d'], 'x"y', true), lit);
    const el = await fixture<BlockHost>(testHtml`<block-host></block-host>`);
    el.items = ['a <b>', 'c & d'];
    el.open = true;
    await el.updateComplete;
    // Rendered through a fresh key, as Lit renders it.
    const holder = document.createElement('div');
    render(staticBlock(list(['a <b>', 'c & d'], 'x"y', true)), holder);
    expect(markup(holder)).to.equal(markup(lit));
    expect(holder.querySelector('li')!.textContent).to.equal('a <b>');
    expect(holder.querySelectorAll('li').length).to.equal(2);
    const block = el.shadowRoot!.querySelector('div')!;
    expect(comments(block), 'only the block’s own marker').to.equal(1);
  });

  it('keep their nodes while the content is the same, and change with it', async () => {
    const el = await fixture<BlockHost>(testHtml`<block-host></block-host>`);
    const first = el.shadowRoot!.querySelector('li');
    el.items = ['one', 'two'];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li'), 'same content, same node').to.equal(first);
    el.open = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ul')!.hidden).to.equal(true);
    el.items = ['three'];
    await el.updateComplete;
    expect(
      [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent),
    ).to.deep.equal(['three']);
  });

  it('leave a template with an event listener to Lit: the button works', async () => {
    const el = await fixture<BlockHost>(testHtml`<block-host></block-host>`);
    el.shadowRoot!.querySelector('button')!.click();
    expect(el.clicks).to.equal(1);
  });

  it('key content by template and values, and refuse what a copy cannot carry', () => {
    const a = () => html`<p>${'x'}</p>`;
    const b = () => html`<p>${'x'}</p>`;
    expect(contentKey(a())).to.equal(contentKey(a()));
    expect(contentKey(a()), 'another template, same values').to.not.equal(
      contentKey(b()),
    );
    expect(contentKey(html`<p>${1}</p>`)).to.not.equal(contentKey(html`<p>${'1'}</p>`));
    expect(contentKey(nothing)).to.not.equal(contentKey(''));
    expect(contentKey(['a', 'b'])).to.not.equal(contentKey(['a,b']));
    expect(contentKey(html`<p>${() => 1}</p>`)).to.equal(undefined);
    expect(contentKey(html`<p>${document.createElement('b')}</p>`)).to.equal(undefined);
    expect(contentKey(html`<p>${{ toString: () => 'x' }}</p>`)).to.equal(undefined);
  });
});
