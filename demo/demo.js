// Shows the HTML of every example beside it, taken from the live markup so
// the snippet can never drift from what is rendered.
function dedent(text) {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(
    ...lines.filter((line) => line.trim()).map((line) => line.match(/^ */)[0].length),
  );
  return lines.map((line) => line.slice(indent)).join('\n');
}

for (const preview of document.querySelectorAll('.example > .preview')) {
  if (preview.nextElementSibling?.matches('pre')) continue;
  const pre = document.createElement('pre');
  pre.className = 'snippet';
  const code = document.createElement('code');
  code.textContent = dedent(preview.innerHTML).replace(/=""/g, '');
  pre.append(code);
  preview.after(pre);
}

// The fixed banners would cover the whole demo, so they appear on request.
for (const button of document.querySelectorAll('[data-banner]')) {
  button.addEventListener('click', () => {
    const position = button.dataset.banner;
    document.querySelector(`cst-disclaimer[position="${position}"]`)?.remove();
    const banner = document.createElement('cst-disclaimer');
    banner.setAttribute('position', position);
    banner.setAttribute('dismissible', '');
    banner.setAttribute('remember', 'none');
    if (position === 'top') document.body.prepend(banner);
    else document.body.append(banner);
  });
}

// The switcher sets lang and dir on <main>: every example without its own
// lang follows, as widgets follow a site's language switcher.
const main = document.querySelector('main');
const controls = ['language', 'region', 'direction'].map((id) =>
  document.getElementById(id),
);
const [language, region, direction] = controls;
function applySwitcher() {
  const tag = language.value
    ? [language.value, region.value].filter(Boolean).join('-')
    : '';
  if (tag) main.setAttribute('lang', tag);
  else main.removeAttribute('lang');
  main.dir = direction.value;
  document.getElementById('lang-tag').textContent = tag ? `lang="${tag}"` : '';
}
for (const control of controls) control.addEventListener('change', applySwitcher);
