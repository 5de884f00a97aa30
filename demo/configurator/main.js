// The configurator page (demo/index.html): choose a widget, set its
// attributes and text, see it live, copy the HTML. Everything is made from
// custom-elements.json at run time, so it follows the components as they
// change. Nothing is sent anywhere and nothing is stored.
import { checkClaims } from '../../lib/claims/index.js';
import { CONTENT_REVIEW, isReviewDue } from '../../lib/content/review-record.js';
import { buildControls, readControls, resetControls } from './form.js';
import { showWordingFindings } from './findings.js';
import { showReadingAge } from './reading-age.js';
import {
  cdnFolder,
  elementSpec,
  folderProblem,
  policyFor,
  shortcode,
  snippet,
  widgetsFrom,
} from './model.js';
import { setUpTabs } from './tabs.js';
import { shadowTemplate, styleHash, widgetCss } from './prerender.js';

const $ = (id) => document.getElementById(id);
const chooser = $('widget-choice');
const settings = $('settings');
const frame = $('preview-frame');
const code = $('snippet');
const copyButton = $('copy');
const copyStatus = $('copy-status');
const folderInput = $('folder');

async function readJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

let widgets = [];
let languages = ['en'];
/** The package's version (package.json): the CDN address names it exactly. */
let version = '';
/** Each widget's controls, kept while another is chosen so nothing typed is lost. */
const controls = new Map();
let current;
let spec;

function widgetNamed(tag) {
  return widgets.find((widget) => widget.tag === tag);
}

function chooseWidget(tag) {
  current = widgetNamed(tag);
  if (!controls.has(tag)) {
    const box = document.createElement('div');
    box.dataset.widget = tag;
    box.append(...buildControls(document, current, languages));
    resetControls(box, current);
    controls.set(tag, box);
  }
  settings.replaceChildren(controls.get(tag));
  update();
}

const FOLDER_ERRORS = {
  relative:
    'Start the path with / (such as /cst-widgets/): without it, each page would ' +
    'look for the files beside itself. The code uses /cst-widgets/ until then.',
  scheme:
    'Use a path such as /cst-widgets/ or an address starting with https://. ' +
    'The code uses /cst-widgets/ until then.',
};

/**
 * The folder the snippet names: the CDN's, or the one typed for the site's
 * own files. A typed folder that cannot work is described, and tied to the
 * field, only while it is wrong; the message is a polite live region, so it
 * is announced when it appears.
 */
function currentFolder() {
  const own = $('source-own').checked;
  $('folder-field').hidden = !own;
  $('blocking-note').hidden = own;
  if (!own) return cdnFolder(version);
  const problem = folderProblem(folderInput.value);
  folderInput.setAttribute('aria-invalid', String(Boolean(problem)));
  folderInput.setAttribute(
    'aria-describedby',
    problem ? 'folder-hint folder-error' : 'folder-hint',
  );
  const error = $('folder-error');
  const message = problem ? FOLDER_ERRORS[problem] : '';
  if (error.textContent !== message) error.textContent = message;
  return problem ? '' : folderInput.value;
}

/**
 * The widget as the code's pre-rendered shadow root, and its `<style>`'s
 * hash for a CSP: a fresh element with the snippet's attributes and
 * children, rendered out of sight in the preview frame (so no accordion
 * opened in the preview is written open), once its files have arrived.
 */
async function prerender(forSpec) {
  const stage = stageOf();
  if (!stage) return undefined;
  const doc = stage.ownerDocument;
  const box = doc.createElement('div');
  box.hidden = true;
  const el = doc.createElement(forSpec.tag);
  for (const [name, value] of forSpec.attributes) el.setAttribute(name, value);
  for (const child of forSpec.children) {
    const node = doc.createElement(child.tag);
    if (child.slot) node.setAttribute('slot', child.slot);
    node.textContent = child.text;
    el.append(node);
  }
  box.append(el);
  doc.body.append(box);
  try {
    await doc.defaultView.customElements.whenDefined(forSpec.tag);
    await el.updateComplete;
    return { template: shadowTemplate(el), hash: await styleHash(widgetCss(el)) };
  } finally {
    box.remove();
  }
}

let writing = 0;

/** Writes the code and the policy lines: pre-rendered once the widget has rendered. */
async function writeCode(folder) {
  const turn = ++writing;
  const prerendered = $('kind-prerendered').checked;
  $('prerender-note').hidden = !prerendered;
  // The element only at once; pre-rendered once the widget has rendered
  // (a moment; if the preview frame is not there yet or it fails, it stays).
  code.textContent = snippet(spec, { folder, languages });
  $('policy').textContent = policyFor(folder, location.href);
  if (!prerendered) return;
  const forSpec = spec;
  const result = await prerender(forSpec).catch(() => undefined);
  if (turn !== writing || !result) return;
  code.textContent = snippet(forSpec, {
    folder,
    languages,
    prerendered: result.template,
  });
  $('policy').textContent = policyFor(folder, location.href, [result.hash]);
  code.dataset.prerendered = '';
}

/** Reads the form, then refreshes the preview, the snippet and the policy lines. */
function update() {
  const { values, slots } = readControls(settings, current);
  spec = elementSpec(current, values, slots);
  const folder = currentFolder();
  delete code.dataset.prerendered;
  void writeCode(folder);
  const wordpress = shortcode(spec);
  $('shortcode').textContent = wordpress.text;
  $('shortcode-slots').hidden = !wordpress.dropsSlots;
  // A copied message no longer describes the new code.
  copyStatus.textContent = '';
  copyStatus.className = '';
  renderPreview(false);
  const lang = values.get('lang') || 'en';
  // The claims check (cst-widgets/claims) reads what the practitioner typed,
  // in the widget's language.
  showWordingFindings($('wording-check'), settings, lang, checkClaims);
  // How easy the practitioner's own text is to read, under each text field.
  showReadingAge(settings, lang);
}

// Once the widgets' words are past their review month, say so: the date the
// build carries (src/content/review-record.ts) against today's, nothing fetched.
if (isReviewDue(CONTENT_REVIEW.nextReview)) {
  const note = $('review-due');
  note.textContent = `The health information in this version of the widgets was due for review in ${CONTENT_REVIEW.nextReview}. Please use the latest version of cst-widgets.`;
  note.hidden = false;
}

// The preview: demo/preview.html in a frame, with the strict CSP a careful
// site has. The element is made with DOM calls (never parsed from the
// snippet), so what is typed can only ever be attribute values and text.

let shownChildren = '';

function stageOf() {
  const doc = frame.contentDocument;
  return doc?.getElementById('stage') ?? undefined;
}

function renderPreview(fresh) {
  const stage = stageOf();
  if (!stage || !spec) return;
  const doc = stage.ownerDocument;
  let el = stage.firstElementChild;
  if (fresh || !el || el.localName !== spec.tag) {
    el = doc.createElement(spec.tag);
    stage.replaceChildren(el);
    shownChildren = '';
  }
  // The attributes in the snippet's order: when a name comes or goes, all
  // are written again in order; otherwise only a changed value is.
  const names = spec.attributes.map(([name]) => name).join(' ');
  if (el.getAttributeNames().join(' ') !== names) {
    for (const name of el.getAttributeNames()) el.removeAttribute(name);
  }
  for (const [name, value] of spec.attributes) {
    if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
  const children = JSON.stringify(spec.children);
  if (children !== shownChildren) {
    el.replaceChildren(
      ...spec.children.map((child) => {
        const node = doc.createElement(child.tag);
        if (child.slot) node.setAttribute('slot', child.slot);
        node.textContent = child.text;
        return node;
      }),
    );
    shownChildren = children;
  }
  // A banner fixed to the window may keep the same height as inline.
  el.updateComplete?.then(() => refit());
}

function previewOption(name) {
  return document.querySelector(`input[name="${name}"]:checked`)?.value;
}

function applyPreviewOptions() {
  const root = frame.contentDocument?.documentElement;
  if (root && stageOf()) {
    root.dataset.scheme = previewOption('preview-scheme');
    root.dir = previewOption('preview-direction');
  }
  frame.classList.toggle('phone', previewOption('preview-width') === 'phone');
}

/** True when something in the widgets of `body` is fixed to the window. */
function hasFixedBox(body) {
  const view = body.ownerDocument.defaultView;
  for (const widget of body.querySelectorAll('#stage > *')) {
    for (const el of widget.shadowRoot?.querySelectorAll('*') ?? []) {
      if (view.getComputedStyle(el).position === 'fixed') return true;
      // A banner that found the frame too short for it sits in the page
      // ("static"); a taller frame gives it room to be fixed again.
      if (el.dataset?.fit) return true;
    }
  }
  return false;
}

let refit = () => {};
let fitted;

/** Keeps the frame as tall as the page in it, so the preview never scrolls inside. */
function fitFrame() {
  const win = frame.contentWindow;
  const body = frame.contentDocument?.body;
  if (!win || !body || body === fitted) return;
  fitted = body;
  const fit = () => {
    frame.style.blockSize = `${Math.ceil(body.getBoundingClientRect().height)}px`;
    frame.classList.toggle('fixed-inside', hasFixedBox(body));
  };
  new win.ResizeObserver(fit).observe(body);
  refit = fit;
  fit();
}

function previewLoaded() {
  if (!stageOf()) return;
  applyPreviewOptions();
  renderPreview(true);
  fitFrame();
  // The pre-rendered code needs the frame's widgets.
  update();
}

// Copying: the Clipboard API, else the code is selected for Ctrl+C.

async function announce(message, kind) {
  copyStatus.textContent = '';
  copyStatus.className = '';
  // Cleared first, so that the same message is announced again.
  await new Promise((resolve) => setTimeout(resolve, 50));
  copyStatus.textContent = message;
  copyStatus.className = kind;
}

async function copy() {
  const text = code.textContent;
  try {
    if (!navigator.clipboard?.writeText) throw new Error('No clipboard');
    await navigator.clipboard.writeText(text);
    await announce('Copied. Now paste it into your site (see the steps below).', 'ok');
  } catch {
    const selection = getSelection();
    const range = document.createRange();
    range.selectNodeContents(code);
    selection.removeAllRanges();
    selection.addRange(range);
    code.parentElement.focus();
    await announce(
      'Your browser did not let this page copy. The code is selected: press Ctrl+C ' +
        '(Command+C on a Mac) to copy it, or select it by hand and copy.',
      'error',
    );
  }
}

async function start() {
  let manifest;
  let localize;
  let packageJson;
  try {
    [manifest, localize, packageJson] = await Promise.all([
      readJson('../custom-elements.json'),
      readJson('../lit-localize.json'),
      readJson('../package.json'),
    ]);
  } catch (error) {
    $('load-error').hidden = false;
    $('load-error-detail').textContent = String(error.message ?? error);
    return;
  }
  widgets = widgetsFrom(manifest);
  if (widgets.length === 0) {
    $('load-error').hidden = false;
    $('load-error-detail').textContent = 'custom-elements.json lists no custom elements.';
    return;
  }
  languages = [localize.sourceLocale ?? 'en', ...(localize.targetLocales ?? [])];
  version = String(packageJson.version);
  $('release-name').textContent = `cst-widgets-${version}.zip`;

  const options = chooser.querySelector('.options');
  for (const [i, widget] of widgets.entries()) {
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'widget';
    input.value = widget.tag;
    input.id = `widget-${widget.tag}`;
    input.checked = i === 0;
    const label = document.createElement('label');
    label.htmlFor = input.id;
    const name = document.createElement('code');
    name.textContent = `<${widget.tag}>`;
    const summary = document.createElement('span');
    summary.textContent = widget.summary;
    label.append(name, summary);
    const choice = document.createElement('div');
    choice.className = 'choice';
    choice.append(input, label);
    options.append(choice);
  }
  chooser.addEventListener('change', (event) => chooseWidget(event.target.value));

  settings.addEventListener('input', update);
  settings.addEventListener('change', update);
  $('configurator').addEventListener('submit', (event) => event.preventDefault());
  folderInput.addEventListener('input', update);
  $('source').addEventListener('change', update);
  $('kind').addEventListener('change', update);
  $('preview-options').addEventListener('change', applyPreviewOptions);
  $('preview-reset').addEventListener('click', () => renderPreview(true));
  copyButton.addEventListener('click', copy);

  if (matchMedia('(prefers-color-scheme: dark)').matches) {
    $('preview-scheme-dark').checked = true;
  }
  frame.addEventListener('load', previewLoaded);
  chooseWidget(widgets[0].tag);
  previewLoaded();
  setUpTabs($('platform-tabs'));
  document.documentElement.dataset.ready = '';
}

start();
