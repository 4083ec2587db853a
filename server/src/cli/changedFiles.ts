/**
 * `--changed-since REF`: the files git reports as added, copied, modified or renamed since REF (committed or not,
 * and new files git does not track yet), so a pull request's check reads only what it touches.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export class GitError extends Error {}

/**
 * Absolute paths of the files changed since `ref` under `folder`. Throws a GitError with git's own words when git
 * is missing, the folder is not in a repository or the ref is unknown.
 */
function runGit(args: readonly string[], folder: string): string {
  const run = spawnSync('git', args, { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) {
    const missing = (run.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new GitError(
      missing
        ? '--changed-since needs git, and git was not found on the PATH'
        : `git could not run: ${run.error.message}`,
    );
  }
  if (run.status !== 0) throw new GitError(run.stderr.trim().split('\n')[0] || `git exited with ${run.status}`);
  return run.stdout;
}

/**
 * Absolute paths of the files changed since `ref` under `folder`. Throws a GitError with git's own words when git
 * is missing, the folder is not in a repository or the ref is unknown.
 */
export function changedFilesSince(ref: string, folder: string): Set<string> {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git revision`);
  let names: string;
  try {
    // Outside a repository `git diff` would quietly compare files instead; asking for the commit first says why.
    try {
      runGit(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`], folder);
    } catch (error) {
      if (error instanceof GitError && error.message.includes('Needed a single revision'))
        throw new GitError(`no commit "${ref}" in this repository`);
      throw error;
    }
    names = runGit(
      ['diff', '--name-only', '--relative', '-z', '--no-renames', '--diff-filter=ACMR', ref, '--', '.'],
      folder,
    );
    // A new file not yet added is changed too; `git diff` only knows the files git tracks. Ignored files stay out.
    names += runGit(['ls-files', '--others', '--exclude-standard', '-z', '--', '.'], folder);
  } catch (error) {
    if (
      !(error instanceof GitError) ||
      error.message.startsWith('--changed-since') ||
      error.message.startsWith('git could not run')
    )
      throw error;
    throw new GitError(`git could not list the files changed since "${ref}" in ${folder}: ${error.message}`);
  }
  const changed = new Set<string>();
  for (const name of names.split('\0')) if (name !== '') changed.add(resolve(folder, name));
  return changed;
}
