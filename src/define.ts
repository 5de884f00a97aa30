/**
 * Registers the three elements. This is the only file with side effects; it
 * is also the entry of the drop-in script `dist/cst-widgets.js`.
 *
 * Each tag is defined only if it is free, so loading the script twice, or two
 * versions of it, raises nothing: the first definition wins.
 */
import { CstAskProvider, CstBenefits, CstDisclaimer } from './index.js';

if (!customElements.get('cst-benefits')) {
  customElements.define('cst-benefits', CstBenefits);
}
if (!customElements.get('cst-disclaimer')) {
  customElements.define('cst-disclaimer', CstDisclaimer);
}
if (!customElements.get('cst-ask-provider')) {
  customElements.define('cst-ask-provider', CstAskProvider);
}
