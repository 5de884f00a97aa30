/**
 * Registers the three elements. This is the only file with side effects; it
 * is also the entry of the drop-in script `dist/cst-widgets.js`.
 *
 * Each tag is defined only if it is free, so loading the script twice, or two
 * versions of it, raises nothing: the first definition wins. Where there is no
 * custom element registry (a server rendering without a DOM shim), it defines
 * nothing, so importing it never throws.
 *
 * It re-exports the classes, so its types carry the tag map
 * (`HTMLElementTagNameMap`) and the `cst-dismiss` event map.
 */
import { CstAskProvider, CstBenefits, CstDisclaimer } from './index.js';

export * from './index.js';

const registry = globalThis.customElements as CustomElementRegistry | undefined;
if (registry && !registry.get('cst-benefits')) {
  registry.define('cst-benefits', CstBenefits);
}
if (registry && !registry.get('cst-disclaimer')) {
  registry.define('cst-disclaimer', CstDisclaimer);
}
if (registry && !registry.get('cst-ask-provider')) {
  registry.define('cst-ask-provider', CstAskProvider);
}
