/**
 * What the drop-in script lends every feature file (a module loaded only
 * when a page needs it: `features/*.js`). A feature imports nothing from
 * the script: on a page that adds a query to the script's URL
 * (`cst-widgets.js?ver=3`, as WordPress does), such an import would load and
 * run a second copy of it. So the widget hands over what a feature needs,
 * always this same kit, and a feature imports only types and its own words.
 * scripts/check-size.mjs fails the build on a feature that imports more.
 */
import { html, nothing } from 'lit';
import { heading } from './heading.js';
import { msg } from './msg.js';
import { hasContent } from './slot.js';
import { safeHref } from './url.js';

export interface Kit {
  html: typeof html;
  nothing: typeof nothing;
  heading: typeof heading;
  /** `msg()`, in the language of the widget that renders (msg.ts). */
  msg: typeof msg;
  hasContent: typeof hasContent;
  safeHref: typeof safeHref;
}

export const kit: Kit = {
  html,
  nothing,
  heading,
  msg,
  hasContent,
  safeHref,
};
