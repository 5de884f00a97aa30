import { msg } from '@lit/localize';

/** The words of `<cst-disclaimer>`. Functions, so `msg()` runs at render time. */

export const label = () =>
  msg('Health disclaimer', { desc: 'Accessible name of the disclaimer banner' });

export const important = () =>
  msg('Important:', {
    desc: 'Visually hidden prefix of the disclaimer, read by screen readers so they hear its tier (NHS care-card pattern)',
  });

export const lead = () =>
  msg('Please note:', { desc: 'Bold lead-in at the start of the disclaimer' });

export const text = () =>
  msg(
    'Craniosacral therapy is a complementary therapy. Research has not shown that it treats any illness. It does not replace medical care. Talk to your doctor about any health problem, and keep taking any medicines you have been prescribed.',
    { desc: 'Default disclaimer text' },
  );

export const dismiss = () =>
  msg('Dismiss', { desc: 'Visible label of the button that closes the disclaimer' });
