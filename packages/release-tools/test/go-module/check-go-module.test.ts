import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGoModule, goModuleDirs } from '../../src/go-module/check-go-module.ts';
import { findRepoRoot } from '../../src/repo-root.ts';

const repoRoot = findRepoRoot();
const sdkGo = join(repoRoot, 'packages/sdk-go');
let copyRoot: string | undefined;
afterEach(() => {
  if (copyRoot) rmSync(copyRoot, { recursive: true, force: true });
  copyRoot = undefined;
});

/** A copy of the Go SDK's release files at packages/sdk-go of a temporary root. */
function copyOfSdkGo(): string {
  copyRoot = mkdtempSync(join(tmpdir(), 'go-module-'));
  const dir = join(copyRoot, 'packages/sdk-go');
  for (const file of [
    'go.mod',
    'version.go',
    'package.json',
    'CHANGELOG.md',
    'README.md',
    'LICENSE',
  ]) {
    cpSync(join(sdkGo, file), join(dir, file), { recursive: true });
  }
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
}

const problems = (dir: string) =>
  checkGoModule(dir, copyRoot ?? repoRoot).checks.flatMap((check) => check.problems);

describe('the Go module release check', () => {
  it('finds the Go SDK among the workspace packages and passes it, naming its tag', async () => {
    expect(await goModuleDirs(repoRoot)).toEqual([sdkGo]);
    const report = checkGoModule(sdkGo, repoRoot);
    expect(report.checks.flatMap((check) => check.problems)).toEqual([]);
    expect(report.tag).toBe(`packages/sdk-go/v${report.version}`);
    expect(report.module).toBe('github.com/ryzeapi/ryzeapi-groups/packages/sdk-go');
  });

  it('fails when the code reports another version than package.json', () => {
    const dir = copyOfSdkGo();
    edit(dir, 'version.go', (text) => text.replace(/Version = "[^"]*"/, 'Version = "9.9.9"'));
    expect(problems(dir)).toEqual([
      expect.stringMatching(/^version\.go says Version = "9\.9\.9" but package\.json says/),
    ]);
  });

  it('fails when the changelog does not describe the version', () => {
    const dir = copyOfSdkGo();
    edit(dir, 'package.json', (text) => text.replace(/"version": "[^"]*"/, '"version": "0.2.0"'));
    edit(dir, 'version.go', (text) => text.replace(/Version = "[^"]*"/, 'Version = "0.2.0"'));
    expect(problems(dir)).toEqual([
      'CHANGELOG.md has no "## 0.2.0" section: describe the release before tagging it',
    ]);
  });

  it('fails when the module path does not end with its folder, or when it requires a module', () => {
    const dir = copyOfSdkGo();
    edit(
      dir,
      'go.mod',
      (text) =>
        `${text.replace(/^module .*$/m, 'module github.com/ryzeapi/sdk-go')}\nrequire golang.org/x/net v0.1.0\n`,
    );
    expect(problems(dir)).toEqual([
      expect.stringContaining('which does not end with its folder "packages/sdk-go"'),
      'go.mod requires other modules: the SDK promises the standard library only',
    ]);
  });
});
