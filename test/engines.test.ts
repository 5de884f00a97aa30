import { expect } from '@open-wc/testing';
import { canEmulateMedia } from './helpers.js';

describe('test runner', () => {
  it('emulates the system colour scheme exactly where the README says', () => {
    // README, "Browser support": the tests that emulate a dark system scheme
    // run in Chromium only. If this fails, another engine's runner has learnt
    // to emulate media: update the README.
    const chromium = /Chrom(e|ium)\//.test(navigator.userAgent);
    expect(canEmulateMedia).to.equal(chromium);
  });
});
