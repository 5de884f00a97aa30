// The README's Vue 3 example, rendered with Vue's template compiler: the
// isCustomElement option, attributes as in HTML and `@cst-dismiss`. A .tsx
// file (with no JSX) so that web-test-runner.config.mjs bundles it with
// esbuild, as Vite would: Vue's builds expect a bundler.
import { expect } from '@open-wc/testing';
import { createApp, nextTick, type App } from 'vue';
import '../src/define.js';
import type { CstDismissEvent } from '../src/index.js';

const TEMPLATE = `
  <cst-disclaimer dismissible revision="2026-05" @cst-dismiss="onDismiss"></cst-disclaimer>
  <cst-benefits layout="accordion" hide-intro></cst-benefits>
  <cst-ask-provider questions provider="your GP"></cst-ask-provider>
`;

describe('Vue 3 (README example)', () => {
  let container: HTMLElement;
  let app: App;
  let warnings: string[];
  let dismissals: CstDismissEvent[];

  async function mount(onDismiss: (event: CstDismissEvent) => void) {
    app = createApp({ setup: () => ({ onDismiss }), template: TEMPLATE });
    // As in the README. Vue's in-browser compiler would also take registered
    // custom elements as such; Vite's ahead-of-time compiler needs the option.
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('cst-');
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(container);
    await nextTick();
    await Promise.all([
      container.querySelector('cst-disclaimer')!.updateComplete,
      container.querySelector('cst-benefits')!.updateComplete,
      container.querySelector('cst-ask-provider')!.updateComplete,
    ]);
  }

  function closeButton() {
    return container
      .querySelector('cst-disclaimer')!
      .shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]');
  }

  beforeEach(() => {
    warnings = [];
    dismissals = [];
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    app.unmount();
    container.remove();
  });

  it('renders the three widgets with their attributes, without a Vue warning', async () => {
    await mount((event) => dismissals.push(event));
    expect(warnings).to.deep.equal([]);
    const benefits = container.querySelector('cst-benefits')!;
    const disclaimer = container.querySelector('cst-disclaimer')!;
    const ask = container.querySelector('cst-ask-provider')!;
    expect(benefits.layout).to.equal('accordion');
    expect(benefits.hideIntro).to.equal(true);
    expect(benefits.shadowRoot!.querySelector('[part~="intro"]')).to.equal(null);
    expect(disclaimer.dismissible).to.equal(true);
    expect(disclaimer.revision).to.equal('2026-05');
    expect(ask.questions).to.equal(true);
    expect(ask.shadowRoot!.textContent).to.contain('your GP');
  });

  it('calls the @cst-dismiss handler with the event', async () => {
    await mount((event) => dismissals.push(event));
    const disclaimer = container.querySelector('cst-disclaimer')!;
    expect(closeButton(), 'dismiss button').to.exist;
    closeButton()!.click();
    await disclaimer.updateComplete;
    expect(dismissals).to.have.length(1);
    expect(dismissals[0]!.type).to.equal('cst-dismiss');
    expect(dismissals[0]!.revision).to.equal('2026-05');
    expect(disclaimer.shadowRoot!.querySelector('[part~="base"]')).to.equal(null);
  });
});
