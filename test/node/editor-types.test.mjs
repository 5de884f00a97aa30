// What an npm user gets for their editor and type checker: the built types in
// lib/ (HTMLElementTagNameMap, the `cst-dismiss` event), the React 19 JSX
// types (jsx.d.ts) and VS Code's custom HTML data, all in the package.
// Type-checks a consumer project that imports `cst-widgets` by name through
// package.json's `exports`, as from node_modules. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

const CONSUMER = `
import type {} from 'cst-widgets/jsx';
import { CstDisclaimer, type CstDismissEvent } from 'cst-widgets';
import 'cst-widgets/define.js';

const found: CstDisclaimer | null = document.querySelector('cst-disclaimer');
const made = document.createElement('cst-benefits');
made.hideIntro = true;
const layout: string = made.layout;
document.addEventListener('cst-dismiss', (event) => {
  const revision: string = event.revision;
  event.preventDefault();
  console.log(revision, found instanceof CstDisclaimer, layout);
});

export const widgets = (
  <>
    <cst-disclaimer
      position="bottom"
      dismissible
      remember-days="30"
      oncst-dismiss={(event: CstDismissEvent) => console.log(event.revision)}
    />
    <cst-benefits layout="list" hideIntro heading-level="3" className="x" />
    <cst-ask-provider questions contact-href="tel:+441234567890" />
  </>
);
// @ts-expect-error: no such property
export const unknownProp = <cst-benefits layouts="list" />;
// @ts-expect-error: a boolean property
export const wrongType = <cst-benefits hideIntro="yes" />;
// @ts-expect-error: the handler gets a CstDismissEvent, which has no 'foo'
export const wrongEvent = <cst-disclaimer oncst-dismiss={(event) => event.foo} />;
// @ts-expect-error: a property that does not exist on the element
made.nope = 1;
`;

test('a TypeScript + React 19 project type-checks against the package as published', () => {
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = resolve(mkdtempSync('node_modules/.cache/cst-consumer-'));
  try {
    // The package as a dependency: resolved through its `exports`.
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(resolve('.'), join(dir, 'node_modules', 'cst-widgets'), 'dir');
    const file = join(dir, 'consumer.tsx');
    writeFileSync(file, CONSUMER);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
      // Checks the shipped .d.ts files too, jsx.d.ts among them.
      skipLibCheck: false,
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(diagnostics, []);
    const sources = program.getSourceFiles().map((s) => s.fileName);
    assert.ok(
      sources.some((name) => name.endsWith('/lib/index.d.ts')),
      'lib/index.d.ts',
    );
    assert.ok(
      sources.some((name) => name.endsWith('/jsx.d.ts')),
      'jsx.d.ts',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the VS Code custom data names every element and attribute of the manifest', () => {
  const data = JSON.parse(readFileSync('vscode.html-custom-data.json', 'utf8'));
  assert.equal(data.version, 1.1);
  for (const element of elements) {
    const tag = data.tags.find((t) => t.name === element.tagName);
    assert.ok(tag, element.tagName);
    assert.ok(tag.description.length > 0, `${element.tagName} description`);
    const written = (element.attributes ?? [])
      .filter((a) => a.type?.text)
      .map((a) => a.name);
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      written,
      element.tagName,
    );
  }
  const boolean = data.tags
    .find((t) => t.name === 'cst-disclaimer')
    .attributes.find((a) => a.name === 'dismissible');
  assert.equal(boolean.valueSet, 'v');
});

test('npm pack ships jsx.d.ts and the VS Code data, and exports both', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const files = pack.files.map((f) => f.path);
  for (const file of ['jsx.d.ts', 'vscode.html-custom-data.json', 'lib/index.d.ts']) {
    assert.ok(files.includes(file), file);
  }
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(exports['./jsx'].types, './jsx.d.ts');
  assert.equal(
    exports['./vscode.html-custom-data.json'],
    './vscode.html-custom-data.json',
  );
});
