/**
 * The breaking-change gate and `changeset status` on the real repository, as CI runs them, and
 * the gate on a copy of the repository in which a release was cut.
 */
import { execFile, execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type JsonObject, resolvePointer } from '@ryzeapi/openapi/document';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runSpecGate } from '../../src/gate/spec-gate.ts';
import {
  BUNDLED_SPEC,
  GENERATED_FROM_SPEC,
  SPEC_BASELINE,
  SPEC_PACKAGE,
} from '../../src/release-config.ts';
import { findRepoRoot } from '../../src/repo-root.ts';
import { type ReleasedCopy, releasedCopyOf } from './released-copy.ts';

const run = promisify(execFile);
const repoRoot = findRepoRoot();
const changesetBin = createRequire(join(repoRoot, 'package.json')).resolve(
  '@changesets/cli/bin.js',
);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as JsonObject;
const gateOn = (root: string) =>
  runSpecGate({
    repoRoot: root,
    specPath: BUNDLED_SPEC,
    baselinePath: SPEC_BASELINE,
    specPackage: SPEC_PACKAGE,
    generatedPackages: GENERATED_FROM_SPEC,
  });

describe('the breaking-change gate on this repository', () => {
  it('passes with the verdict the repository calls for', async () => {
    const result = await gateOn(repoRoot);
    expect(result.passed, result.report).toBe(true);
    if (existsSync(join(repoRoot, SPEC_BASELINE))) {
      // Released: the spec was compared with the baseline.
      expect(['unchanged', 'compatible', 'breaking']).toContain(result.verdict);
    } else {
      // Passing without a baseline is right only while the spec package was never released.
      expect(readJson(join(repoRoot, 'spec/package.json')).version).toBe('0.0.0');
      expect(result.verdict).toBe('never-released');
    }
  });
});

describe('the breaking-change gate on a copy of this repository, just after a release', () => {
  let copy: ReleasedCopy;
  const realSpec = readJson(join(repoRoot, BUNDLED_SPEC));
  const writeSpec = (spec: JsonObject) =>
    writeFileSync(join(copy.root, BUNDLED_SPEC), JSON.stringify(spec));
  beforeAll(async () => {
    copy = await releasedCopyOf(repoRoot);
  });
  afterAll(() => copy?.remove());

  it('has the real spec as its released baseline, versions past 0.0.0 and no pending changeset', () => {
    expect(readJson(join(copy.root, SPEC_BASELINE))).toEqual(realSpec);
    expect(readJson(join(copy.root, 'spec/package.json')).version).not.toBe('0.0.0');
    expect(readdirSync(join(copy.root, '.changeset')).filter((f) => f.endsWith('.md'))).toEqual([]);
  });

  it('passes the unchanged spec, as the command CI runs', async () => {
    writeSpec(realSpec);
    expect(await gateOn(copy.root)).toMatchObject({
      passed: true,
      verdict: 'unchanged',
      changes: [],
    });
    const { code, stdout } = await copy.command('spec-diff.ts');
    expect(code, stdout).toBe(0);
    expect(stdout).toContain('spec:diff passed (unchanged)');
  });

  it('fails a breaking change of the spec without a changeset, naming it', async () => {
    const broken = structuredClone(realSpec);
    const response = resolvePointer(
      broken,
      '#/components/schemas/LeaveGroupResponse',
    ) as JsonObject;
    delete (response.properties as JsonObject).message;
    response.required = ['success', 'groupJid'];
    writeSpec(broken);
    const result = await gateOn(copy.root);
    expect(result).toMatchObject({ passed: false, verdict: 'breaking' });
    expect(result.report).toContain('[property-removed]');
    expect(result.requirements.map((r) => r.name)).toEqual(GENERATED_FROM_SPEC);
    expect(result.requirements.every((r) => !r.satisfied)).toBe(true);
    const { code, stdout } = await copy.command('spec-diff.ts');
    expect(code, stdout).toBe(1);
    expect(stdout).toMatch(/breaking change[\s\S]*spec:diff FAILED \(breaking\)/);
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
