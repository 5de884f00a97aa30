// The claims check as a build tool uses it: imported by the package's name
// (`cst-widgets/claims`, through package.json's "exports"), on a page's
// Markdown or HTML; the README's example as a CI step; and every string the
// widgets show, in every language, which must pass. Run by
// `npm run test:node` (in `npm run check`), after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import process from 'node:process';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');

test('cst-widgets/claims imports by name, with no DOM and no side effect', async () => {
  const globalsBefore = Object.getOwnPropertyNames(globalThis).sort();
  const claims = await import('cst-widgets/claims');
  assert.deepEqual(Object.getOwnPropertyNames(globalThis).sort(), globalsBefore);
  assert.deepEqual(Object.keys(claims).sort(), ['CLAIM_LANGUAGES', 'checkClaims']);
  assert.equal(typeof document, 'undefined');
  assert.equal(globalThis.customElements, undefined);

  const exported = JSON.parse(read('package.json')).exports['./claims'];
  assert.equal(
    import.meta.resolve('cst-widgets/claims'),
    new URL(exported.default, `file://${root}`).href,
  );
});

const CONSUMER = `
import { checkClaims, type ClaimFinding, type ClaimRule } from 'cst-widgets/claims';

const findings: ClaimFinding[] = checkClaims('CST cures.', 'de-CH');
const rules: ClaimRule[] = findings.map((finding) => finding.rule);
const spans: [number, number][] = findings.map(({ start, end }) => [start, end]);
export const summary = [rules, spans, checkClaims('')];
// @ts-expect-error: not a rule id
export const unknownRule: ClaimRule = 'cures';
// @ts-expect-error: the text is required
checkClaims();
`;

test('a TypeScript project type-checks against cst-widgets/claims as published', () => {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, 'node_modules/.cache/cst-claims-consumer-'));
  try {
    // The package as a dependency: resolved through its `exports`.
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'cst-widgets'), 'dir');
    const file = join(dir, 'consumer.ts');
    writeFileSync(file, CONSUMER);
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts'],
      types: [],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(problems, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('finds the claims in a page’s Markdown and HTML, at their place in the source', async () => {
  const { checkClaims } = await import('cst-widgets/claims');
  const page = `---
title: Craniosacral therapy
---
# Gentle, hands-on sessions

Many people find sessions relaxing. Research has not shown that CST treats
anxiety, and it does not replace medical care.

<p class="offer">CST <strong>relieves</strong> back&nbsp;pain and boosts your immune system.</p>

We see:

- Migraine
- Colic
- Tinnitus

[Read more](/cures-and-healing) or see https://example.com/detox.
`;
  const findings = checkClaims(page);
  assert.deepEqual(
    findings.map(({ rule, text }) => [rule, text]),
    [
      ['treat-condition', 'relieves</strong> back&nbsp;pain'],
      ['boost-immunity', 'boosts your immune system'],
      ['condition-list', 'Migraine\n- Colic\n- Tinnitus'],
    ],
  );
  for (const finding of findings) {
    assert.equal(page.slice(finding.start, finding.end), finding.text);
    assert.ok(finding.explanation.length > 0 && finding.suggestion.length > 0);
  }

  const honest = page.slice(0, page.indexOf('<p class'));
  assert.deepEqual(checkClaims(honest), []);
  assert.deepEqual(
    checkClaims('<p>La TCS <em>soulage</em> l’anxiété.</p>', 'fr-CH').map((f) => f.rule),
    ['treat-condition'],
  );
});

test('the README’s example fails a CI step when a page makes a claim, and only then', () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Claims check'));
  const example = /```js\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(example, 'the Claims check section of README.md has a ```js example');
  const folder = mkdtempSync(join(tmpdir(), 'cst-claims-'));
  try {
    // The script imports the package by name; from a folder outside the
    // package, import the file that name resolves to.
    const script = join(folder, 'check-claims.mjs');
    writeFileSync(
      script,
      example.replaceAll(
        "'cst-widgets/claims'",
        `'${import.meta.resolve('cst-widgets/claims')}'`,
      ),
    );
    const run = (text, lang) => {
      const page = join(folder, 'page.md');
      writeFileSync(page, text);
      try {
        execFileSync(process.execPath, [script, page, ...(lang ? [lang] : [])], {
          stdio: 'pipe',
        });
        return { code: 0, stderr: '' };
      } catch (error) {
        return { code: error.status, stderr: String(error.stderr) };
      }
    };
    assert.deepEqual(run('Many people find sessions relaxing.'), { code: 0, stderr: '' });
    const risky = run('CST heals and boosts immunity.');
    assert.equal(risky.code, 1);
    assert.match(risky.stderr, /cure/);
    assert.match(risky.stderr, /boost-immunity/);
    assert.equal(run('Die Sitzungen sind entspannend.', 'de-CH').code, 0);
    assert.equal(run('CST lindert Migräne.', 'de-CH').code, 1);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

/** Every string of the widgets: the English source and each translation. */
function widgetStrings() {
  const xmlText = (xml) =>
    xml
      // A placeholder (who to talk to, an emergency number) as it would read.
      .replace(/<x [^>]*equiv-text="\$\{isolate\(provider\)\}"[^>]*\/>/g, 'your GP')
      .replace(/<x [^>]*\/>/g, '112')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const strings = [];
  const sources = new Set();
  const files = readdirSync(join(root, 'xliff')).filter((file) => file.endsWith('.xlf'));
  for (const file of files) {
    const xml = read(join('xliff', file));
    const lang = /target-language="([^"]+)"/.exec(xml)[1];
    for (const [, body] of xml.matchAll(/<trans-unit [^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      const source = xmlText(/<source>([\s\S]*?)<\/source>/.exec(body)[1]);
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      if (!sources.has(source)) strings.push({ lang: 'en', text: source });
      sources.add(source);
      if (target !== undefined) strings.push({ lang, text: xmlText(target) });
    }
  }
  return { strings, languages: files.length, sources: sources.size };
}

test('the widgets’ own words pass the check, in English and every translation', async () => {
  const { checkClaims } = await import('cst-widgets/claims');
  // xliff/ holds every msg() string (`npm run check` fails when it is stale).
  const { strings, languages, sources } = widgetStrings();
  assert.equal(languages, 5);
  assert.ok(sources > 50, `${sources} strings`);
  assert.equal(strings.length, sources * (languages + 1));
  const flagged = strings.flatMap(({ lang, text }) =>
    checkClaims(text, lang).map((f) => `${lang} ${f.rule} "${f.text}" in: ${text}`),
  );
  assert.deepEqual(flagged, []);
  // The words that the check looks for are there, denied: the test can fail.
  const treats = strings.filter(({ text }) => /\btreats (anxiety|stress)\b/.test(text));
  assert.ok(treats.length >= 2);
  assert.ok(checkClaims('CST treats anxiety.').length > 0);
});

test('the drop-in script and its files do not carry the claims check', () => {
  const shipped = ['dist/cst-widgets.js'];
  for (const folder of ['dist/features', 'dist/locales']) {
    try {
      for (const file of readdirSync(join(root, folder)))
        if (file.endsWith('.js')) shipped.push(join(folder, file));
    } catch {
      // No such folder: nothing shipped there.
    }
  }
  // Rule ids and messages are strings, which minifying keeps.
  const marks = [
    'treat-condition',
    'nervous-system-health',
    'Advertising rules',
    'Regeln für Werbung',
  ];
  for (const file of shipped) {
    const code = read(file);
    for (const mark of marks) assert.ok(!code.includes(mark), `${file} has "${mark}"`);
  }
  assert.ok(shipped.length > 1);
});
