// Types of prerender.js, for the tests that write pre-rendered snippets with it.
export function widgetCss(el: Element): string;
export function shadowMarkup(el: Element): string;
export function shadowTemplate(el: Element): string;
export function styleHash(css: string, crypto?: Crypto): Promise<string>;
