/**
 * A copy of this repository's release state (the workspace's package manifests, the pending
 * changesets and the bundled spec) in a temporary folder, in which a release is then cut as
 * `pnpm run version` cuts it: `changeset version` consumes the changesets and bumps the versions,
 * then the baseline command makes the bundled spec the released one.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { getPackages } from '@manypkg/get-packages';
import { BUNDLED_SPEC } from '../../src/release-config.ts';

const run = promisify(execFile);
const TSX = join(import.meta.dirname, '../../node_modules/tsx/dist/cli.mjs');
const CLI = join(import.meta.dirname, '../../src/cli');

export interface ReleasedCopy {
  root: string;
  /** Runs one of the release tools' commands (`spec-diff.ts`, …) inside the copy. */
  command(script: string): Promise<{ code: number; stdout: string; stderr: string }>;
  remove(): void;
}

export async function releasedCopyOf(repoRoot: string): Promise<ReleasedCopy> {
  const root = mkdtempSync(join(tmpdir(), 'released-copy-'));
  const copy = (path: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    cpSync(join(repoRoot, path), join(root, path), { recursive: true });
  };
  const { packages } = await getPackages(repoRoot);
  for (const pkg of packages) copy(join(relative(repoRoot, pkg.dir), 'package.json'));
  for (const path of ['package.json', 'pnpm-workspace.yaml', '.changeset', BUNDLED_SPEC])
    copy(path);
  // The changelog generator named in .changeset/config.json is resolved from the copy.
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');

  const command: ReleasedCopy['command'] = (script) =>
    run(process.execPath, [TSX, join(CLI, script)], { cwd: root }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (failure: { code: number; stdout: string; stderr: string }) => failure,
    );
  const changesetBin = createRequire(join(repoRoot, 'package.json')).resolve(
    '@changesets/cli/bin.js',
  );
  await run(process.execPath, [changesetBin, 'version'], { cwd: root });
  const baseline = await command('update-spec-baseline.ts');
  if (baseline.code !== 0) {
    throw new Error(
      `The baseline command failed in ${root}:\n${baseline.stdout}${baseline.stderr}`,
    );
  }
  return { root, command, remove: () => rmSync(root, { recursive: true, force: true }) };
}
