// The code checks that can run here: `php -l` on every PHP file of the
// plugin and its tests, and Debian's PHP_CodeSniffer with the parts of the
// WordPress standard its own sniffs cover. WordPress's full rules (WPCS)
// and PHPStan come from Packagist only, which this project's machines cannot
// reach.
import { execFileSync, spawnSync } from 'node:child_process';
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

// Debian's PHP_CodeSniffer with the parts of WordPress's standard its own
// sniffs can check (test/wordpress/phpcs.xml), on the plugin's code.
test('PHP_CodeSniffer: the plugin follows the checkable parts of the WordPress standard', () => {
  const result = spawnSync(
    'phpcs',
    [
      `--standard=${root}test/wordpress/phpcs.xml`,
      '--report=full',
      `${root}wordpress`,
      `${root}test/wordpress/wp-tool.php`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(
    result.error,
    undefined,
    'phpcs runs (Debian: apt-get install php-codesniffer)',
  );
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
