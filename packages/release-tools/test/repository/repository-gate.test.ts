/**
 * The breaking-change gate and `changeset status` on the real repository, as CI runs them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runSpecGate } from '../../src/gate/spec-gate.ts';
import {
  BUNDLED_SPEC,
  GENERATED_FROM_SPEC,
  SPEC_BASELINE,
  SPEC_PACKAGE,
} from '../../src/release-config.ts';
import { findRepoRoot } from '../../src/repo-root.ts';

const run = promisify(execFile);
const repoRoot = findRepoRoot();
const changesetBin = createRequire(join(repoRoot, 'package.json')).resolve(
  '@changesets/cli/bin.js',
);

describe('the breaking-change gate on this repository', () => {
  it('passes: the spec and the pending changesets agree', async () => {
    const result = await runSpecGate({
      repoRoot,
      specPath: BUNDLED_SPEC,
      baselinePath: SPEC_BASELINE,
      specPackage: SPEC_PACKAGE,
      generatedPackages: GENERATED_FROM_SPEC,
    });
    expect(result.passed, result.report).toBe(true);
  });
});

/**
 * `changeset status` compares HEAD with the base branch. CI clones main fresh, where `main` is
 * the checked-out branch; a clone without a local `main` (a detached checkout) compares with
 * `origin/main` instead.
 */
function statusArgs(cwd: string): string[] {
  const hasLocalMain = (() => {
    try {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', 'refs/heads/main'], {
        cwd,
        stdio: 'ignore',
      });
      return true;
    } catch {
      return false;
    }
  })();
  return hasLocalMain ? ['status'] : ['status', '--since', 'origin/main'];
}

describe('changeset status', () => {
  let scratch: string | undefined;
  afterEach(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('accepts the pending changesets of this repository', async () => {
    const { stdout } = await run(process.execPath, [changesetBin, ...statusArgs(repoRoot)], {
      cwd: repoRoot,
    });
    expect(stdout).toMatch(/bumped at|NO packages to be bumped/);
  });

  /** A git repository with this repository's changesets config and one commit on main. */
  function scratchRepository(): string {
    const dir = mkdtempSync(join(tmpdir(), 'changeset-status-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    const config = JSON.parse(readFileSync(join(repoRoot, '.changeset/config.json'), 'utf8')) as {
      ignore: string[];
    };
    cpSync(join(repoRoot, '.changeset/config.json'), join(dir, '.changeset/config.json'));
    writeFileSync(join(dir, 'package.json'), '{ "name": "root", "private": true }\n');
    writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
    const addPackage = (name: string, isPrivate: boolean) => {
      const folder = join(dir, 'packages', name.split('/')[1] as string);
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, 'package.json'),
        JSON.stringify({ name, version: '0.1.0', private: isPrivate }),
      );
      writeFileSync(join(folder, 'index.js'), 'export {};\n');
    };
    addPackage('@ryzeapi/openapi', false);
    for (const ignored of config.ignore) addPackage(ignored, true);
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'add', '.');
    git('-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-q', '-m', 'start');
    git('checkout', '-q', '-b', 'change');
    return dir;
  }

  const commitChange = (dir: string, file: string) => {
    writeFileSync(join(dir, file), 'export const changed = true;\n');
    execFileSync(
      'git',
      ['-c', 'user.name=ci', '-c', 'user.email=ci@example.com', 'commit', '-qam', 'change'],
      { cwd: dir },
    );
  };

  it('fails a change to a published package that has no changeset', async () => {
    scratch = scratchRepository();
    commitChange(scratch, 'packages/openapi/index.js');
    const failure = await run(process.execPath, [changesetBin, 'status'], { cwd: scratch }).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    const output =
      (failure as { stderr: string; stdout: string }).stderr +
      (failure as { stdout: string }).stdout;
    expect(output).toContain('Some packages have been changed but no changesets were found');
  });

  it('ignores a change to release-tools, which is private and ignored', async () => {
    scratch = scratchRepository();
    commitChange(scratch, 'packages/release-tools/index.js');
    await expect(
      run(process.execPath, [changesetBin, 'status'], { cwd: scratch }),
    ).resolves.toBeDefined();
  });
});
