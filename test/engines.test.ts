import { expect } from '@open-wc/testing';
import { canEmulateMedia, canEmulateMediaFeatures, canSnapshotA11y } from './helpers.js';

describe('test runner', () => {
  it('emulates the system colour scheme exactly where the README says', () => {
    // README, "Browser support": the tests that emulate a dark system scheme
    // run in Chromium only. If this fails, another engine's runner has learnt
    // to emulate media: update the README.
    const chromium = /Chrom(e|ium)\//.test(navigator.userAgent);
    expect(canEmulateMedia).to.equal(chromium);
  });

  it('emulates forced colours, reduced motion and print, and reads the accessibility tree, exactly where the README says', () => {
    // README, "Browser support": these need the Chrome DevTools Protocol
    // (scripts/a11y-commands.mjs), so their tests run in Chromium only.
    const chromium = /Chrom(e|ium)\//.test(navigator.userAgent);
    expect(canEmulateMediaFeatures).to.equal(chromium);
    expect(canSnapshotA11y).to.equal(chromium);
  });
});
