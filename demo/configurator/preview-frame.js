// Runs in the preview frame (demo/preview.html) before the widgets' script.
// The configurator stores nothing: here a dismissed banner is remembered for
// this page view only, whatever its `remember` says, as when a browser
// blocks storage (which the widgets handle without an error).
for (const name of ['localStorage', 'sessionStorage']) {
  Object.defineProperty(window, name, {
    configurable: true,
    get() {
      throw new DOMException('The preview stores nothing.', 'SecurityError');
    },
  });
}
