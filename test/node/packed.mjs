// The package as npm installs it: the tarball `npm pack` makes (of the built
// lib/, so run `npm run build` first), unpacked into the node_modules of an
// empty app in a new temporary folder, outside the repo. The caller links
// the dependencies it needs and removes `work` when done.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Packs and unpacks the package; returns the folders and its package.json. */
export function installPacked(prefix) {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const packed = execFileSync(
    'npm',
    ['pack', '--ignore-scripts', '--silent', '--pack-destination', work],
    { cwd: ROOT, encoding: 'utf8' },
  ).trim();
  const app = join(work, 'app');
  const modules = join(app, 'node_modules');
  const installed = join(modules, 'cst-widgets');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', [
    '-xzf',
    join(work, packed),
    '-C',
    installed,
    '--strip-components=1',
  ]);
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  return { work, app, modules, installed, manifest };
}
