import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRepositoryUnchanged, repositoryState } from '../../src/rehearsal/repository-state.ts';

let repo: string;
const git = (...args: string[]) =>
  execFileSync(
    'git',
    [
      '-c',
      'user.name=test',
      '-c',
      'user.email=test@localhost',
      '-c',
      'commit.gpgSign=false',
      ...args,
    ],
    { cwd: repo },
  );

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'repository-state-test-'));
  git('init', '--quiet');
  writeFileSync(join(repo, 'a.txt'), 'a\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'a');
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('the working tree row', () => {
  it('passes a repository left as it was', () => {
    const before = repositoryState(repo);
    expect(checkRepositoryUnchanged(repo, before)).toContain('as before the rehearsal');
  });

  it('fails a file written into the working tree, naming it (negative control)', () => {
    const before = repositoryState(repo);
    writeFileSync(join(repo, 'leaked.tgz'), '');
    expect(() => checkRepositoryUnchanged(repo, before)).toThrow(/\?\? leaked\.tgz/);
  });

  it('fails a tag left behind (negative control)', () => {
    const before = repositoryState(repo);
    git('tag', '@ryzeapi/sdk@0.1.0');
    expect(() => checkRepositoryUnchanged(repo, before)).toThrow(/@ryzeapi\/sdk@0\.1\.0/);
  });
});
