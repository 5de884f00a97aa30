import { msg } from '../internal/msg.js';

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
    'Craniosacral therapy (CST) is a complementary therapy. You can have it as well as medical care. But it does not replace medical care. Research has not shown that it treats any illness. More research is needed. See your doctor about any health problem. Keep taking your medicines as your doctor told you.',
    { desc: 'Default disclaimer text' },
  );

export const dismiss = () =>
  msg('Dismiss', { desc: 'Visible label of the button that closes the disclaimer' });

/**
 * Read by screen readers after the button's visible word, so that its name
 * says what it dismisses ("Dismiss health disclaimer") and starts with what
 * the visitor sees (WCAG 2.5.3).
 */
export const dismissWhat = () =>
  msg('health disclaimer', {
    desc: 'Visually hidden words read after the visible word of the dismiss button ("Dismiss"), so that the button is heard as "Dismiss health disclaimer". They must read well after that word: the visible word comes first.',
  });
