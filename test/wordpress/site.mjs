// A real WordPress for the end-to-end test: Debian's `wordpress` package,
// its own MariaDB on a Unix socket (no TCP port) and PHP's built-in server
// on 127.0.0.1 with a free port, all in a scratch folder under /tmp.
// `startSite()` returns { url, dir, php(...) , stop() }; `stop()` ends every
// process it started (by their own PIDs) and removes the folder, and also
// runs if the test process exits early.
import { execFileSync, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORDPRESS_SOURCE } from '../../scripts/setup-wordpress.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const TOOL = join(here, 'wp-tool.php');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const SIGNALS = ['SIGINT', 'SIGTERM'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check, what, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < end) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(150);
  }
  throw new Error(`${what} did not come up in ${timeoutMs / 1000} s`, {
    cause: lastError,
  });
}

export async function startSite() {
  const dir = mkdtempSync(join(tmpdir(), 'cst-wp-'));
  const children = [];
  const stop = async () => {
    process.off('exit', stopNow);
    for (const signal of SIGNALS) process.off(signal, onSignal);
    for (const child of children.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      kill(child, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      kill(child, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Last resort when the process exits without stop(): synchronous kills.
  const stopNow = () => {
    for (const child of children) kill(child, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stopNow);
  // Interrupted (Ctrl-C, a CI timeout): stop the servers, then end as the signal would.
  const onSignal = (signal) => {
    stopNow();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);

  try {
    // MariaDB: a fresh data folder owned by the `mysql` user, socket only.
    const run = join(dir, 'mysql');
    mkdirSync(run);
    const mysql = Number(execFileSync('id', ['-u', 'mysql'], { encoding: 'utf8' }));
    chownSync(run, mysql, mysql);
    chmodSync(dir, 0o755);
    const data = join(run, 'data');
    const socket = join(run, 'mysqld.sock');
    execFileSync(
      'mariadb-install-db',
      [
        // The machine's own my.cnf is for its own server, not this one.
        '--no-defaults',
        `--datadir=${data}`,
        '--user=mysql',
        '--auth-root-authentication-method=socket',
        '--skip-test-db',
        '--skip-name-resolve',
      ],
      { stdio: 'pipe' },
    );
    const mariadb = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        '--user=mysql',
        '--skip-networking',
        `--socket=${socket}`,
        `--pid-file=${join(run, 'mysqld.pid')}`,
        `--log-error=${join(run, 'mysqld.log')}`,
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadb);
    await waitFor(() => existsSync(socket), 'MariaDB');
    const sql = (statement) =>
      execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', statement], {
        stdio: 'pipe',
      });
    await waitFor(() => {
      sql('SELECT 1');
      return true;
    }, 'MariaDB');
    sql(
      "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp';" +
        "GRANT ALL ON wordpress.* TO 'wp'@'localhost';",
    );

    // WordPress: a copy of Debian's files (links followed) with our own config.
    const root = join(dir, 'wp');
    execFileSync('cp', ['-rL', WORDPRESS_SOURCE, root]);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'FS_METHOD', 'direct' );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${join(dir, 'debug.log')}' );
${['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
  .map(
    (name) =>
      `define( '${name}_KEY', '${name}-key-test' ); define( '${name}_SALT', '${name}-salt-test' );`,
  )
  .join('\n')}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
      stdio: 'ignore',
      detached: true,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    });
    children.push(server);
    await waitFor(async () => (await fetch(`${url}/readme.html`)).ok, 'php -S');

    // The install form's second step, as a browser would post it.
    const form = new URLSearchParams({
      weblog_title: 'Craniosacral practice',
      user_name: 'admin',
      admin_password: 'admin-password-123',
      admin_password2: 'admin-password-123',
      pw_weak: '1',
      admin_email: 'admin@example.org',
      blog_public: '0',
      language: '',
    });
    const install = await fetch(`${url}/wp-admin/install.php?step=2`, {
      method: 'POST',
      body: form,
    });
    const page = await install.text();
    if (!install.ok || !/Success!|wp-login\.php/.test(page)) {
      throw new Error(
        `WordPress install failed (HTTP ${install.status}):\n${page.slice(0, 2000)}`,
      );
    }

    /** Runs wp-tool.php with a command and JSON arguments; returns its JSON answer. */
    const php = (command, args = {}) => {
      const output = execFileSync('php', [TOOL, root, command, JSON.stringify(args)], {
        encoding: 'utf8',
        env: { ...process.env, CST_SITE_URL: url },
      });
      return JSON.parse(output.trim().split('\n').pop());
    };
    return { url, dir, root, php, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Ends a child and the workers it forked (its own process group). */
function kill(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
