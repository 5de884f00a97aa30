// `php -l` on every PHP file of the plugin and its tests. WordPress's own
// coding standard (WPCS) comes from Packagist only, which this project's
// machines cannot reach; PHP's syntax check is the check that can run here.
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../../scripts/build-wordpress.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const files = ['wordpress', 'test/wordpress'].flatMap((dir) =>
  filesUnder(`${root}${dir}`)
    .filter((path) => path.endsWith('.php'))
    .map((path) => `${root}${dir}/${path}`),
);

test('there are PHP files to check', () => {
  assert.ok(files.length >= 10, `${files.length} files`);
});

for (const file of files) {
  test(`php -l ${file.slice(root.length)}`, () => {
    const output = execFileSync('php', ['-l', '-d', 'error_reporting=E_ALL', file], {
      encoding: 'utf8',
    });
    assert.match(output, /No syntax errors detected/);
  });
}
