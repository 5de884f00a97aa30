// `cst-widgets prerender`, the command for static-site builds, run as a site
// runs it: from the package `npm pack` makes (of the built lib/, so run
// `npm run build` first), installed into an app's node_modules with its
// `bin` link, through `npx`. test/prerender/command.test.ts checks in the
// browsers that its output is upgraded with nothing moving.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ROOT, installPacked } from './packed.mjs';

const TEMPLATE = /<template shadowrootmode="open">[^]*?<\/template>/g;

let work;
let app;

/** Runs `npx cst-widgets …` in the app: its output and exit code. */
function npx(...args) {
  const result = spawnSync('npx', ['--no-install', 'cst-widgets', ...args], {
    cwd: app,
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout + result.stderr };
}

function page(body, lang = 'en') {
  return `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>A page</title></head>\n<body>\n${body}\n</body>\n</html>\n`;
}

before(() => {
  const packed = installPacked('cst-prerender-');
  ({ work, app } = packed);
  const { modules, manifest } = packed;
  // Its dependencies, as npm installs them, and its command's link.
  for (const name of Object.keys(manifest.dependencies)) {
    mkdirSync(dirname(join(modules, name)), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name), 'dir');
  }
  mkdirSync(join(modules, '.bin'));
  for (const [name, file] of Object.entries(manifest.bin)) {
    symlinkSync(join('..', 'cst-widgets', file), join(modules, '.bin', name));
  }
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }');
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('cst-widgets prerender, from the installed package', () => {
  it('says how to use it, and fails, without a file', () => {
    const { code, out } = npx();
    assert.equal(code, 2);
    assert.match(out, /Usage: cst-widgets prerender/);
  });

  it('pre-renders every widget of every HTML file of a folder, in place, and changes nothing else', () => {
    const site = join(app, '_site');
    mkdirSync(join(site, 'about'), { recursive: true });
    const home = page(
      [
        '<main>',
        '  <cst-disclaimer></cst-disclaimer>',
        '  <cst-benefits layout="accordion"></cst-benefits>',
        '</main>',
      ].join('\n'),
      'fr',
    );
    const about = page(
      '<section lang="en-GB"><cst-ask-provider questions urgent></cst-ask-provider></section>\n' +
        '<cst-benefits claims="strict"></cst-benefits>',
    );
    writeFileSync(join(site, 'index.html'), home);
    writeFileSync(join(site, 'about', 'index.html'), about);
    writeFileSync(join(site, 'notes.txt'), '<cst-benefits></cst-benefits>');

    const { code, out } = npx('prerender', '_site');
    assert.equal(code, 0, out);
    assert.match(out, /4 widgets pre-rendered/);

    const newHome = readFileSync(join(site, 'index.html'), 'utf8');
    const newAbout = readFileSync(join(site, 'about', 'index.html'), 'utf8');
    // Only the shadow roots are new: without them, each file is as it was.
    assert.equal(newHome.replace(TEMPLATE, ''), home);
    assert.equal(newAbout.replace(TEMPLATE, ''), about);
    assert.equal(newHome.match(TEMPLATE).length, 2);
    assert.equal(newAbout.match(TEMPLATE).length, 2);
    // Valid HTML: no Lit marker, no legacy attribute (scripts/check-html.mjs checks the rest).
    assert.doesNotMatch(newHome + newAbout, /lit-part|lit-node|<\?>|shadowroot="/);
    // Right after each start tag.
    assert.match(newHome, /<cst-disclaimer><template shadowrootmode/);
    assert.match(newHome, /<cst-benefits layout="accordion"><template shadowrootmode/);
    // In the language that applies to each, with the strict wording and the region's number.
    assert.match(newHome, /thérapie complémentaire/);
    assert.match(newHome, /Ce que montre la recherche/);
    assert.match(newAbout, /Call ⁨999⁩ now/);
    assert.match(newAbout, /What a session is like/);
    assert.equal(
      readFileSync(join(site, 'notes.txt'), 'utf8'),
      '<cst-benefits></cst-benefits>',
    );

    // The hashes it prints are those of the styles it wrote.
    const styles = new Set(
      [...`${newHome}${newAbout}`.matchAll(/<style>([^<]*)<\/style>/g)].map(
        ([, css]) => css,
      ),
    );
    assert.equal(styles.size, 3);
    for (const css of styles) {
      const hash = createHash('sha256').update(css).digest('base64');
      assert.ok(out.includes(`'sha256-${hash}'`), 'a style hash is missing');
    }

    // Run twice, it changes nothing.
    const again = npx('prerender', '_site');
    assert.equal(again.code, 0);
    assert.match(again.out, /0 widgets pre-rendered/);
    assert.match(again.out, /already pre-rendered/);
    assert.equal(readFileSync(join(site, 'index.html'), 'utf8'), newHome);
  });

  it('leaves a widget with words of its own to the browser, and says so', () => {
    const file = join(app, 'own.html');
    const text = page(
      '<cst-benefits>\n  <span slot="heading">Riverside Clinic</span>\n</cst-benefits>\n' +
        '<cst-disclaimer>Our own disclaimer.</cst-disclaimer>',
    );
    writeFileSync(file, text);
    const { code, out } = npx('prerender', 'own.html');
    assert.equal(code, 0);
    assert.match(out, /own\.html:5 <cst-benefits> left as it is: has content of its own/);
    assert.match(out, /own\.html:8 <cst-disclaimer> left as it is/);
    assert.equal(readFileSync(file, 'utf8'), text);
  });

  it('writes attribute text as text: no markup, no unsafe link, no other attribute', () => {
    const file = join(app, 'hostile.html');
    const hostile =
      '</template></cst-ask-provider><script>alert(1)</script><img src=x onerror=alert(1)>';
    const text = page(
      `<cst-ask-provider provider="${hostile.replace(/"/g, '&quot;')}" contact-href="javascript:alert(1)" contact-label="Call" onclick="alert(1)" style="color: red"></cst-ask-provider>`,
    );
    writeFileSync(file, text);
    const { code, out } = npx('prerender', 'hostile.html');
    assert.equal(code, 0, out);
    const written = readFileSync(file, 'utf8');
    const [template] = written.match(TEMPLATE);
    assert.doesNotMatch(template, /<(script|img|cst-)/i);
    for (const [tag] of template.matchAll(/<[a-z][^>]*>/gi)) {
      assert.doesNotMatch(tag, /\son\w+=|\sstyle=|javascript:/i, tag);
    }
    assert.match(template, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.equal(written.replace(TEMPLATE, ''), text);
  });
});
