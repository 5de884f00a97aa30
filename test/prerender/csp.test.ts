import { expect } from '@open-wc/testing';
import { styleHash } from '../../demo/configurator/prerender.js';
import {
  type FrameWindow,
  frameWith,
  page,
  prerendered,
  upgraded,
  windowOf,
} from './helpers.js';

/**
 * A pre-rendered widget under the README's strict Content-Security-Policy
 * (as a meta tag of the page): its `<style>` is an inline style. With the
 * hash the configurator prints in `style-src`, the browser applies it before
 * any script and the script then runs under the same policy with no
 * violation; without it, the browser refuses the style (and says so), and
 * the widget's words still show, unstyled, until the script styles them.
 */
const POLICY = [
  "default-src 'self'",
  // The origin too: Firefox does not always take a srcdoc frame's 'self' as the page's.
  `script-src 'self' ${location.origin}`,
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  // `cst-test`: the test's own policy, to add the script to the page later.
  'trusted-types lit-html cst-test',
];

async function strictPage(snippet: string, styleSrc: string) {
  const policy = [...POLICY, `style-src ${styleSrc}`].join('; ');
  // Without the test page's own inline <style>, which the policy would refuse too.
  const html = page('en', [snippet])
    .replace(/<style>[^<]*<\/style>\n/, '')
    .replace(
      '<meta charset="utf-8">',
      `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${policy}">`,
    );
  return frameWith(html);
}

function violationsIn(win: FrameWindow): string[] {
  const seen: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(
      `${event.violatedDirective} ${event.blockedURI} ${event.sample.slice(0, 40)}`,
    ),
  );
  return seen;
}

/** Adds the drop-in script, its URL through the test's Trusted Types policy. */
function loadScript(frame: HTMLIFrameElement) {
  const win = windowOf(frame) as FrameWindow & {
    trustedTypes: {
      createPolicy(name: string, rules: object): { createScriptURL(url: string): string };
    };
  };
  const policy = win.trustedTypes.createPolicy('cst-test', {
    createScriptURL: (url: string) => url,
  });
  const script = win.document.createElement('script');
  script.type = 'module';
  // A TrustedScriptURL, which the DOM's typings do not take yet.
  script.src = policy.createScriptURL('/dist/cst-widgets.js') as unknown as string;
  win.document.body.append(script);
}

/** The pre-rendered callout's padding, as the browser computes it. */
function padding(win: FrameWindow): string {
  const base = win.document
    .querySelector('cst-ask-provider')!
    .shadowRoot!.querySelector('[part~="base"]')!;
  return win.getComputedStyle(base).paddingTop;
}

describe('a pre-rendered widget under a strict Content-Security-Policy', () => {
  let snippet: string;
  let hash: string;

  before(async () => {
    [snippet] = await prerendered('en', [
      '<cst-ask-provider questions></cst-ask-provider>',
    ]);
    const css = /<style>([^<]*)<\/style>/.exec(snippet!)![1]!;
    hash = await styleHash(css);
  });

  it("with the widget's style hash in style-src: styled before the script, then upgraded with no violation", async () => {
    const frame = await strictPage(snippet, `'self' ${hash}`);
    try {
      const win = windowOf(frame);
      const violations = violationsIn(win);
      expect(padding(win)).not.to.equal('0px');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(violations, 'before the script').to.deep.equal([]);
      loadScript(frame);
      const [el] = await upgraded(frame);
      expect(el!.shadowRoot!.querySelector('style')).to.equal(null);
      expect(padding(win)).not.to.equal('0px');
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('without it: the style is refused, the words still show, and the script styles them', async () => {
    const frame = await strictPage(snippet, "'self'");
    try {
      const win = windowOf(frame);
      const violations = violationsIn(win);
      const el = win.document.querySelector('cst-ask-provider')!;
      expect(padding(win)).to.equal('0px');
      expect(el.shadowRoot!.textContent).to.contain(
        'Talk to a healthcare provider first',
      );
      loadScript(frame);
      await upgraded(frame);
      expect(padding(win)).not.to.equal('0px');
      expect(violations.filter((v) => !v.startsWith('style-src'))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
