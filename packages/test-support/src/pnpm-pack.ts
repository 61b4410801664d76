import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** pnpm as the test run was started with it, else the workspace's pinned version through npx. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath?.includes('pnpm')) {
    // pnpm 12 is a native executable; older ones are JavaScript run by node.
    return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
  }
  return ['npx', ['-y', 'pnpm@12.4.2']];
}

/**
 * Packs the workspace package in `packageDir` into `destination` as `pnpm publish` would (its
 * `workspace:` ranges rewritten) and resolves with the tarball's file name.
 */
export async function pnpmPack(packageDir: string, destination: string): Promise<string> {
  const before = new Set(readdirSync(destination));
  const [pnpm, pnpmArgs] = pnpmCommand();
  await run(pnpm, [...pnpmArgs, 'pack', '--pack-destination', destination], { cwd: packageDir });
  const tarball = readdirSync(destination).find(
    (file) => file.endsWith('.tgz') && !before.has(file),
  );
  if (!tarball) throw new Error(`pnpm pack wrote no tarball into ${destination}`);
  return tarball;
}
