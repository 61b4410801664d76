import { execFileSync } from 'node:child_process';

/** What a rehearsal must leave as it found it: the working tree's status and the tags. */
export function repositoryState(repoRoot: string): string {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return `status:\n${git('status', '--porcelain=v1', '--untracked-files=all')}tags:\n${git('tag', '--list')}`;
}

/** Fails naming what changed when the repository's state is not `before` any more. */
export function checkRepositoryUnchanged(repoRoot: string, before: string): string {
  const after = repositoryState(repoRoot);
  if (after !== before) {
    throw new Error(
      `the repository changed during the rehearsal (a file edited meanwhile counts too).\nbefore:\n${before}\nafter:\n${after}`,
    );
  }
  return 'git status and git tag --list as before the rehearsal';
}
