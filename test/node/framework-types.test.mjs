// What an npm user gets for their editor and type checker: the built types in
// lib/ (HTMLElementTagNameMap, the `cst-dismiss` event), the JSX, Vue and
// Svelte types generated from the manifest (types/, scripts/framework-types.mjs),
// VS Code's custom data and JetBrains' web-types, all in the package.
// Type-checks consumer projects that import `cst-widgets` by name, as from
// node_modules: a React 19 one with tsc, and the samples in test/frameworks/
// with vue-tsc and svelte-check, from the packed package that
// scripts/check-package.mjs unpacks. Run after `npm run build` and it.
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
import type {} from 'cst-widgets/react-jsx';
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
      remember-days={30}
      oncst-dismiss={(event: CstDismissEvent) => console.log(event.revision)}
    />
    <cst-benefits layout="list" hide-intro heading-level={3} className="x" />
    <cst-benefits heading-level="2" />
    <cst-ask-provider questions contact-href="tel:+441234567890" />
  </>
);
// @ts-expect-error: no such property
export const unknownProp = <cst-benefits layouts="list" />;
// @ts-expect-error: a boolean attribute
export const wrongType = <cst-benefits hide-intro="yes" />;
// @ts-expect-error: no such value
export const wrongValue = <cst-benefits layout="grid" />;
// @ts-expect-error: a heading level is 1 to 6
export const wrongLevel = <cst-benefits heading-level={7} />;
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
      sources.some((name) => name.endsWith('/types/jsx.d.ts')),
      'types/jsx.d.ts',
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
    assert.deepEqual(
      tag.attributes.map((a) => a.name),
      (element.attributes ?? []).map((a) => a.name),
      element.tagName,
    );
  }
  const layout = data.tags
    .find((t) => t.name === 'cst-benefits')
    .attributes.find((a) => a.name === 'layout');
  assert.deepEqual(
    layout.values.map((v) => v.name),
    ['cards', 'list', 'accordion'],
  );
});

test('npm pack ships the framework types, the VS Code data and the web-types, and exports them', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  );
  const files = pack.files.map((f) => f.path);
  const shipped = {
    './jsx': 'types/jsx.d.ts',
    './react-jsx': 'types/react-jsx.d.ts',
    './vue': 'types/vue.d.ts',
    './svelte': 'types/svelte.d.ts',
  };
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const [entry, file] of Object.entries(shipped)) {
    assert.ok(files.includes(file), file);
    assert.equal(manifest.exports[entry].types, `./${file}`);
  }
  for (const file of [
    'vscode.html-custom-data.json',
    'vscode.css-custom-data.json',
    'web-types.json',
  ]) {
    assert.ok(files.includes(file), file);
    assert.equal(manifest.exports[`./${file}`], `./${file}`);
  }
  assert.equal(manifest['web-types'], './web-types.json');
});

test('the web-types name every element and attribute of the manifest', () => {
  const data = JSON.parse(readFileSync('web-types.json', 'utf8'));
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.equal(data.version, version);
  const written = data.contributions.html.elements;
  for (const element of elements) {
    const tag = written.find((t) => t.name === element.tagName);
    assert.ok(tag, element.tagName);
    for (const attribute of element.attributes ?? []) {
      assert.ok(
        tag.attributes.some((a) => a.name === attribute.name),
        `${element.tagName} ${attribute.name}`,
      );
    }
  }
});

/**
 * test/frameworks/<name>, an app's files: it imports `cst-widgets` by name,
 * which resolves through package.json's `exports` to the built package.
 * (svelte-check skips any file under node_modules/, so the samples stay here.)
 */
function sample(name) {
  return resolve('test/frameworks', name);
}

/** Runs a checker; its exit status and output (stdout and stderr). */
function check(bin, args, cwd) {
  try {
    const out = execFileSync(resolve('node_modules/.bin', bin), args, {
      cwd,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { failed: false, out };
  } catch (error) {
    return { failed: true, out: `${error.stdout}${error.stderr}` };
  }
}

test('vue-tsc passes the good Vue sample and catches each mistake in Typo.vue', () => {
  const dir = sample('vue');
  const good = check('vue-tsc', ['--noEmit', '-p', '.'], dir);
  const errors = good.out.split('\n').filter((line) => /error TS/.test(line));
  assert.equal(good.failed, true, 'Typo.vue must fail');
  assert.deepEqual(
    errors.filter((line) => line.startsWith('Good.vue')),
    [],
  );
  const typo = errors.filter((line) => line.startsWith('Typo.vue'));
  // layuot="list", layout="grid" and :remember-days="true", one line each.
  assert.deepEqual(
    typo.map((line) => Number(/^Typo\.vue\((\d+),/.exec(line)?.[1])),
    [6, 7, 8],
    good.out,
  );
});

test('svelte-check passes the good Svelte sample and catches each mistake in Typo.svelte', () => {
  const dir = sample('svelte');
  const result = check(
    'svelte-check',
    ['--tsconfig', './tsconfig.json', '--output', 'machine', '--fail-on-warnings'],
    dir,
  );
  const problems = result.out
    .split('\n')
    .filter((line) => / (ERROR|WARNING) /.test(line));
  assert.equal(result.failed, true, 'Typo.svelte must fail');
  assert.deepEqual(
    problems.filter((line) => line.includes('"Good.svelte"')),
    [],
    result.out,
  );
  const typo = problems.filter((line) => line.includes('"Typo.svelte"'));
  // Lines 5, 6 and 7 of the file.
  assert.deepEqual(
    [...new Set(typo.map((line) => Number(/"Typo\.svelte" (\d+):/.exec(line)?.[1])))],
    [5, 6, 7],
    result.out,
  );
});
