// Which revision a benchmark measured: the short commit, and whether the
// working tree differed from it. Both benches name their result files and
// JSON by it.
import { execFileSync } from 'node:child_process';

/** The trimmed output of `git …`, or null when git is missing or fails. */
function git(...args) {
  try {
    return execFileSync('git', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

export const commit = git('rev-parse', '--short', 'HEAD') ?? 'nocommit';
export const dirty = (git('status', '--porcelain', '--untracked-files=no') ?? '') !== '';
