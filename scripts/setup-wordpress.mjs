// Makes a machine ready for the WordPress plugin's tests (PHP unit tests and
// the end-to-end test on a real WordPress): Debian's wordpress, MariaDB, PHP
// and phpunit. As root with apt-get, installs what is missing; otherwise
// fails with what to install. Never skips: a test that did not run is not a
// passing test.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Debian's WordPress (6.1 on Debian 12), copied by the test into a scratch folder. */
export const WORDPRESS_SOURCE = process.env.WORDPRESS_SOURCE ?? '/usr/share/wordpress';

/** The Debian packages the tests need (also in .ci/run). */
export const PACKAGES = [
  'wordpress',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  'php-xml',
  'php-mbstring',
  'phpunit',
  'php-codesniffer',
];

function onPath(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function phpHas(extension) {
  try {
    return execSync('php -m', { encoding: 'utf8' }).split('\n').includes(extension);
  } catch {
    return false;
  }
}

/** What is missing, as a list of descriptions (empty when all is there). */
export function missing() {
  const gaps = [];
  if (!existsSync(`${WORDPRESS_SOURCE}/wp-load.php`))
    gaps.push(`WordPress at ${WORDPRESS_SOURCE}`);
  for (const command of [
    'php',
    'phpunit',
    'phpcs',
    'mariadbd',
    'mariadb',
    'mariadb-install-db',
  ]) {
    if (!onPath(command)) gaps.push(`the \`${command}\` command`);
  }
  if (onPath('php') && !phpHas('mysqli')) gaps.push("PHP's mysqli extension");
  return gaps;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let gaps = missing();
  if (gaps.length > 0 && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log(`setup-wordpress: installing Debian packages: ${PACKAGES.join(' ')}`);
    execSync(
      `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES.join(' ')}`,
      { stdio: 'inherit' },
    );
    gaps = missing();
  }
  if (gaps.length > 0) {
    console.error(
      `setup-wordpress: the WordPress tests need ${gaps.join(', ')}.\n` +
        `Install them (Debian 12: sudo apt-get install ${PACKAGES.join(' ')}), ` +
        'or set WORDPRESS_SOURCE to a WordPress folder.',
    );
    process.exit(1);
  }
}
