/**
 * Packs a package with pnpm, as `changeset publish` will (pnpm rewrites `workspace:` ranges to
 * real versions while packing, so the tarball is the one users would download).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function packTarball(
  packageDir: string,
  destination: string,
  repoRoot: string,
): Promise<string> {
  const [command, ...args] = pnpmCommand(repoRoot);
  try {
    const { stdout } = await run(
      command as string,
      [...args, 'pack', '--pack-destination', destination, '--json'],
      {
        cwd: packageDir,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    // Lifecycle scripts may print before the JSON: take the last top-level object.
    const json = stdout.slice(stdout.lastIndexOf('\n{') + 1);
    return (JSON.parse(json) as { filename: string }).filename;
  } catch (error) {
    const { stderr, stdout, message } = error as {
      stderr?: string;
      stdout?: string;
      message: string;
    };
    throw new Error(`pnpm pack failed in ${packageDir}: ${stderr || stdout || message}`);
  }
}

/** The pnpm that the repository pins in `packageManager`, run through npx (as the README does). */
export function pnpmCommand(repoRoot: string): string[] {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    packageManager?: string;
  };
  const pinned = manifest.packageManager;
  if (pinned === undefined || !pinned.startsWith('pnpm@')) {
    throw new Error(
      `The root package.json's "packageManager" is ${JSON.stringify(pinned)}: expected "pnpm@<version>".`,
    );
  }
  return ['npx', '-y', pinned.split('+')[0] as string];
}
