import { execFileSync } from 'node:child_process';
import { ROOT } from './child-process';

/** The commit measured (with "+changes" when the tree differs from it), or null outside git. */
export function measuredCommit(): string | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const head = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--untracked-files=no') ? `${head}+changes` : head;
  } catch {
    return null;
  }
}
