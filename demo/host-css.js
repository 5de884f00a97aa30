// Adds the stylesheet named by ?css= to demo/host-css.html, from
// node_modules as npm installed it (the same files test/host-css.test.ts
// loads). A classic script, so the sheet is in place before anything renders.
(() => {
  const SHEETS = {
    bootstrap: ['Bootstrap 5', '../node_modules/bootstrap/dist/css/bootstrap.min.css'],
    tailwind: ['Tailwind preflight', '../node_modules/tailwindcss/preflight.css'],
    pico: ['Pico', '../node_modules/@picocss/pico/css/pico.min.css'],
    bulma: ['Bulma', '../node_modules/bulma/css/bulma.min.css'],
    'theme-rules': ['typical theme rules', null],
  };
  const THEME_RULES = `
    button { all: unset; }
    h2 { text-transform: uppercase; }
    p { font-size: 11px; }
    html { font-size: 62.5%; }
    body { font-size: 1.6rem; letter-spacing: 0.05em; }`;
  const key = new URLSearchParams(location.search).get('css') ?? 'bootstrap';
  const [name, href] = SHEETS[key] ?? ['no framework', null];
  if (href) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    document.head.append(link);
  } else if (key === 'theme-rules') {
    const style = document.createElement('style');
    style.textContent = THEME_RULES;
    document.head.append(style);
  }
  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('framework').textContent = name;
    document.title = `cst-widgets on a page styled by ${name}`;
  });
})();
