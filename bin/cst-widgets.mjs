#!/usr/bin/env node
// `npx cst-widgets prerender <file or folder>…`: writes each widget of the
// HTML files into the files themselves, pre-rendered, for static-site builds
// (Eleventy, Hugo, Jekyll, Astro's output, hand-written pages). Each
// `<cst-benefits>`, `<cst-disclaimer>` and `<cst-ask-provider>` gets its
// shadow tree and styles as declarative shadow DOM, rendered with
// @lit-labs/ssr from this package's npm build, in the element's language (its
// `lang`, else the nearest ancestor's), with the strict wording's file
// loaded first. The browser shows it before any script runs, at its final
// size; the drop-in script then upgrades it in place. Nothing else in the
// file changes: the rest is copied byte for byte.
//
// Left as they are, and said so: elements with content of their own (your
// own words, fallback text: rendering them needs the browser), and elements
// already pre-rendered (so running it twice changes nothing).
import {
  readFileSync,
  readdirSync,
  realpathSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'parse5';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../lib/define.js';
import { languageFiles, languageOf, renderIn } from '../lib/internal/locale.js';
import { strictFile } from '../lib/components/benefits/benefits.js';

const TAGS = ['cst-benefits', 'cst-disclaimer', 'cst-ask-provider'];
const USAGE = `Usage: cst-widgets prerender <file.html or folder>…

Writes each <cst-benefits>, <cst-disclaimer> and <cst-ask-provider> of the
HTML files (folders: every .html file inside) into the file, pre-rendered as
declarative shadow DOM, so that the page shows it before the script runs and
nothing moves when it does. Prints the style-src hashes a page with a
Content-Security-Policy needs.`;

/** The `lang` that applies to a parse5 element: its own, else its nearest ancestor's. */
function langOf(node) {
  for (let el = node; el; el = el.parentNode) {
    const lang = el.attrs?.find((attr) => attr.name === 'lang');
    if (lang) return lang.value.trim();
  }
  return '';
}

/** Why `node` is left as it is, or '' to pre-render it. */
function skipReason(node) {
  const children = node.childNodes ?? [];
  const content = node.content?.childNodes ?? [];
  if (
    children.some(
      (child) =>
        child.nodeName === 'template' &&
        child.attrs.some((a) => /^shadowroot(mode)?$/.test(a.name)),
    )
  ) {
    return 'already pre-rendered';
  }
  const own = [...children, ...content].some(
    (child) =>
      (child.nodeName !== '#text' && child.nodeName !== '#comment') ||
      (child.nodeName === '#text' && child.value.trim() !== ''),
  );
  return own
    ? 'has content of its own (your words or fallback text): left to the browser'
    : '';
}

/** Every widget element of a parse5 tree, outermost first, in document order. */
function* widgets(node) {
  for (const child of node.childNodes ?? []) {
    if (TAGS.includes(child.nodeName)) yield child;
    else yield* widgets(child.nodeName === 'template' ? child.content : child);
  }
}

/**
 * The element rendered with @lit-labs/ssr: only the attributes the widget
 * reads, each as a bound value (text, never markup), and `lang` as it
 * applies to the element in the page.
 */
function renderWidget(tag, attrs, lang) {
  const observed = customElements.get(tag).observedAttributes;
  const bound = attrs.filter(({ name }) => observed.includes(name) && name !== 'lang');
  if (lang) bound.push({ name: 'lang', value: lang });
  // A template with a binding per attribute: the names are the widget's own.
  const strings = [`<${tag}`];
  for (const { name } of bound) {
    strings[strings.length - 1] += ` ${name}=`;
    strings.push('');
  }
  strings[strings.length - 1] += `></${tag}>`;
  const template = html(
    Object.assign(strings, { raw: strings }),
    ...bound.map((a) => a.value),
  );
  const language = languageOf(lang);
  const output = renderIn(language, () => collectResultSync(render(template)));
  const start = output.indexOf('<template');
  const end = output.lastIndexOf('</template>') + '</template>'.length;
  // Lit's markers serve its hydration only, which the drop-in script does
  // not use (it replaces the pre-rendered nodes): left out, as is the
  // legacy `shadowroot` attribute, so the page stays valid HTML. Text and
  // attribute values are escaped, so these come from Lit alone.
  return output
    .slice(start, end)
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '')
    .replace(/^<template shadowroot="open" /, '<template ');
}

/** The files a language or the strict wording needs, loaded before rendering. */
async function loadFiles(node) {
  const language = languageOf(langOf(node));
  await languageFiles[language]?.get();
  const claims = node.attrs.find((attr) => attr.name === 'claims')?.value;
  if (node.nodeName === 'cst-benefits' && claims?.trim().toLowerCase() === 'strict') {
    await strictFile.get();
  }
}

/** Pre-renders the widgets of one HTML text: the new text and what was done. */
export async function prerenderHtml(text) {
  const document = parse(text, { sourceCodeLocationInfo: true });
  const inserts = [];
  const report = [];
  const styles = new Set();
  for (const node of widgets(document)) {
    const line = node.sourceCodeLocation?.startLine;
    const reason = skipReason(node);
    if (reason || !node.sourceCodeLocation?.startTag) {
      report.push({ tag: node.nodeName, line, skipped: reason || 'no start tag' });
      continue;
    }
    await loadFiles(node);
    const template = renderWidget(node.nodeName, node.attrs, langOf(node));
    for (const [, css] of template.matchAll(/<style>([^<]*)<\/style>/g)) styles.add(css);
    inserts.push([node.sourceCodeLocation.startTag.endOffset, template]);
    report.push({ tag: node.nodeName, line, prerendered: true });
  }
  let out = text;
  for (const [offset, template] of inserts.reverse()) {
    out = out.slice(0, offset) + template + out.slice(offset);
  }
  const hashes = [...styles].map(
    (css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  );
  return { html: out, report, hashes };
}

function htmlFiles(path) {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? htmlFiles(join(path, entry.name))
      : /\.html?$/i.test(entry.name)
        ? [join(path, entry.name)]
        : [],
  );
}

async function main(args) {
  const [command, ...paths] = args;
  if (
    command !== 'prerender' ||
    paths.length === 0 ||
    paths.some((p) => p.startsWith('-'))
  ) {
    console.log(USAGE);
    return command === '--help' || command === '-h' ? 0 : 2;
  }
  const hashes = new Set();
  let count = 0;
  for (const file of paths.flatMap(htmlFiles)) {
    const text = readFileSync(file, 'utf8');
    const result = await prerenderHtml(text);
    for (const item of result.report) {
      const where = `${file}:${item.line}`;
      if (item.prerendered) count += 1;
      console.log(
        `${where} <${item.tag}> ${item.prerendered ? 'pre-rendered' : `left as it is: ${item.skipped}`}`,
      );
    }
    result.hashes.forEach((hash) => hashes.add(hash));
    if (result.html !== text) writeFileSync(file, result.html);
  }
  console.log(
    `cst-widgets prerender: ${count} widget${count === 1 ? '' : 's'} pre-rendered.`,
  );
  if (hashes.size > 0) {
    console.log(
      `A page with a Content-Security-Policy needs: style-src 'self' ${[...hashes].join(' ')}`,
    );
  }
  return 0;
}

// Run as a command (through npx's link too), not when a test imports it.
const invoked = process.argv[1] && realpathSync(process.argv[1]);
if (invoked === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
