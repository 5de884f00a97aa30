// React 19 server rendering, then hydration in the browser, as Next.js or
// Remix do: the README's way (dashed attributes, and a ref with
// addEventListener for `cst-dismiss`) survives both. The HTML comes from
// react-dom/server; the elements are defined only after it is in the page,
// as when the app's script arrives after the server's HTML.
import { expect } from '@open-wc/testing';
import { act, useEffect, useRef } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import type {} from 'cst-widgets/react-jsx';
import type { CstDismissEvent } from '../src/index.js';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

function App({ onDismiss }: { onDismiss: (event: CstDismissEvent) => void }) {
  const banner = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = banner.current!;
    const listener = (event: Event) => onDismiss(event as CstDismissEvent);
    el.addEventListener('cst-dismiss', listener);
    return () => el.removeEventListener('cst-dismiss', listener);
  }, [onDismiss]);
  return (
    <main>
      <cst-disclaimer ref={banner} dismissible remember="none" revision="2026-05" />
      <cst-benefits layout="list" benefits="pain" hide-intro heading-level={3} />
      <cst-ask-provider questions contact-href="tel:+441234567890" />
    </main>
  );
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

describe('React 19: server rendering and hydration', () => {
  let container: HTMLElement;
  let root: Root | undefined;
  const dismissals: CstDismissEvent[] = [];
  const onDismiss = (event: CstDismissEvent) => dismissals.push(event);

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(async () => {
    if (root) await act(async () => root!.unmount());
    container.remove();
  });

  it('writes the dashed attributes on the server, and keeps them, and the listener, after hydration', async () => {
    const html = renderToString(<App onDismiss={onDismiss} />);
    expect(html).to.contain('hide-intro=""');
    expect(html).to.contain('contact-href="tel:+441234567890"');
    expect(html).to.contain('heading-level="3"');
    // No camelCase leftovers that no element reads.
    expect(html).not.to.match(/hideintro|contacthref/i);

    container.innerHTML = html;
    await import('../src/define.js');
    const errors: unknown[] = [];
    await act(async () => {
      root = hydrateRoot(container, <App onDismiss={onDismiss} />, {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    expect(errors).to.deep.equal([]);

    const benefits = container.querySelector('cst-benefits')! as Widget & {
      hideIntro: boolean;
      headingLevel: string;
    };
    const ask = container.querySelector('cst-ask-provider')! as Widget & {
      contactHref: string;
    };
    const banner = container.querySelector('cst-disclaimer')! as Widget;
    await Promise.all([benefits, ask, banner].map((el) => el.updateComplete));

    expect(benefits.hasAttribute('hide-intro')).to.equal(true);
    expect(benefits.hideIntro).to.equal(true);
    expect(benefits.shadowRoot!.querySelector('[part~="intro"]')).to.equal(null);
    expect(benefits.shadowRoot!.querySelector('h3')).to.exist;
    expect(ask.getAttribute('contact-href')).to.equal('tel:+441234567890');
    expect(ask.contactHref).to.equal('tel:+441234567890');
    expect(ask.shadowRoot!.querySelector('a[href="tel:+441234567890"]')).to.exist;

    banner
      .shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!
      .click();
    expect(dismissals.length).to.equal(1);
    expect(dismissals[0]!.revision).to.equal('2026-05');
  });
});
