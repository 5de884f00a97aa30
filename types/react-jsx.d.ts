// React 19's JSX types for the three elements, from the generated
// types/jsx.d.ts. Load them once, e.g. `import type {} from
// 'cst-widgets/react-jsx';` in a .d.ts file. Write attributes with their
// dashes (`hide-intro`, `contact-href`): React renders those on the server
// and keeps them through hydration. Listen for `cst-dismiss` with a ref and
// addEventListener, or `oncst-dismiss` in the browser only.
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
