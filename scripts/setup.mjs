// Makes a fresh machine ready, so `npm start` and `npm test` are the whole
// quick start: installs npm packages from the lock file when they are
// missing or stale and, with --browser, finds Chromium or installs Debian's,
// and Java for the Nu HTML checker.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const run = (command) => execSync(command, { stdio: 'inherit' });

const installed = 'node_modules/.package-lock.json';
if (
  !existsSync(installed) ||
  statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs
) {
  console.log('setup: installing npm packages (npm ci)');
  run('npm ci --no-audit --no-fund');
}

/** True when `command` runs (here: `java -version`). */
function runs(command) {
  try {
    execSync(command, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (process.argv.includes('--browser')) {
  // The Nu HTML checker (scripts/check-html.mjs) runs on Java.
  if (
    !runs('java -version') &&
    process.getuid?.() === 0 &&
    existsSync('/usr/bin/apt-get')
  ) {
    console.log('setup: installing Debian default-jre-headless (apt-get)');
    run(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless',
    );
  }
  const { findChromium } = await import('./chromium.mjs');
  if (!findChromium()) {
    const isRoot = process.getuid?.() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('setup: installing Debian chromium (apt-get)');
      run(
        'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium',
      );
    }
    if (!findChromium()) {
      console.error(
        'setup: no Chromium found. Install it (Debian: sudo apt-get install chromium) ' +
          'or set CHROME_PATH to a Chromium or Chrome binary.',
      );
      process.exit(1);
    }
  }
}
