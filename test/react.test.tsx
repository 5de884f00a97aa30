// The README's React 19 example, rendered: React sets the props as the
// elements' properties and listens to `cst-dismiss` through `oncst-dismiss`.
// The JSX is type-checked against the generated jsx.d.ts (`npm run
// typecheck`). React ships CommonJS, so web-test-runner.config.mjs bundles
// this file with esbuild.
import { expect } from '@open-wc/testing';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type {} from 'cst-widgets/react-jsx';
import '../src/define.js';
import type { CstDismissEvent } from '../src/index.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

function Widgets({ onDismiss }: { onDismiss: (event: CstDismissEvent) => void }) {
  const [layout, setLayout] = useState<'cards' | 'list'>('cards');
  return (
    <>
      <cst-disclaimer
        dismissible
        remember="none"
        revision="2026-05"
        oncst-dismiss={onDismiss}
      />
      <button type="button" onClick={() => setLayout('list')}>
        List
      </button>
      <cst-benefits layout={layout} benefits="pain stress" hide-intro />
      <cst-ask-provider questions provider="your GP" contact-href="tel:+441234567890" />
    </>
  );
}

describe('React 19 (README example)', () => {
  let container: HTMLElement;
  let root: Root;
  const dismissals: CstDismissEvent[] = [];

  async function render(onDismiss: (event: CstDismissEvent) => void) {
    await act(async () => root.render(<Widgets onDismiss={onDismiss} />));
    const elements = [
      ...container.querySelectorAll('cst-disclaimer, cst-benefits, cst-ask-provider'),
    ];
    await Promise.all(
      elements.map(
        (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
      ),
    );
  }

  beforeEach(() => {
    dismissals.length = 0;
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await act(async () => root.unmount());
    container.remove();
  });

  it('renders the three widgets with the props as properties', async () => {
    await render((event) => dismissals.push(event));
    const benefits = container.querySelector('cst-benefits')!;
    const disclaimer = container.querySelector('cst-disclaimer')!;
    const ask = container.querySelector('cst-ask-provider')!;
    expect(benefits.layout).to.equal('cards');
    expect(benefits.benefits).to.equal('pain stress');
    expect(benefits.hideIntro).to.equal(true);
    expect(benefits.shadowRoot!.querySelectorAll('[part~="topic"]').length).to.equal(2);
    expect(benefits.shadowRoot!.querySelector('[part~="intro"]')).to.equal(null);
    expect(disclaimer.dismissible).to.equal(true);
    expect(disclaimer.revision).to.equal('2026-05');
    expect(disclaimer.shadowRoot!.textContent).to.contain('complementary therapy');
    expect(ask.questions).to.equal(true);
    expect(ask.contactHref).to.equal('tel:+441234567890');
    expect(ask.shadowRoot!.textContent).to.contain('your GP');
    expect(ask.shadowRoot!.querySelector('a[href="tel:+441234567890"]')).to.exist;
  });

  it('updates a property when React state changes', async () => {
    await render(() => undefined);
    const benefits = container.querySelector('cst-benefits')!;
    await act(async () => container.querySelector('button')!.click());
    await benefits.updateComplete;
    expect(benefits.layout).to.equal('list');
  });

  it('calls the oncst-dismiss handler with the event', async () => {
    await render((event) => dismissals.push(event));
    const disclaimer = container.querySelector('cst-disclaimer')!;
    const close = disclaimer.shadowRoot!.querySelector<HTMLButtonElement>(
      '[part~="close-button"]',
    );
    expect(close, 'dismiss button').to.exist;
    await act(async () => close!.click());
    await disclaimer.updateComplete;
    expect(dismissals).to.have.length(1);
    expect(dismissals[0]!.type).to.equal('cst-dismiss');
    expect(dismissals[0]!.revision).to.equal('2026-05');
    expect(disclaimer.shadowRoot!.querySelector('[part~="base"]')).to.equal(null);
  });

  it('keeps the banner when the handler calls preventDefault()', async () => {
    await render((event) => {
      dismissals.push(event);
      event.preventDefault();
    });
    const disclaimer = container.querySelector('cst-disclaimer')!;
    await act(async () =>
      disclaimer
        .shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!
        .click(),
    );
    await disclaimer.updateComplete;
    expect(dismissals).to.have.length(1);
    expect(disclaimer.shadowRoot!.querySelector('[part~="base"]')).to.exist;
  });
});
