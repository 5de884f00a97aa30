/**
 * The npm entry: the element classes, with no side effects. Importing this
 * file registers nothing; import `cst-widgets/define.js` (or load
 * `dist/cst-widgets.js`) to register the elements.
 */
export { CstBenefits } from './components/benefits/benefits.js';
export { CstDisclaimer } from './components/disclaimer/disclaimer.js';
export { CstDismissEvent } from './components/disclaimer/dismiss-event.js';
export { CstAskProvider } from './components/ask-provider/ask-provider.js';
