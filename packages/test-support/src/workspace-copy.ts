import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCommand } from './command.ts';

/** A throw-away copy of the repository, installed and ready to build. */
export interface WorkspaceCopy {
  root: string;
  /** The environment to run its tools in: ours, without what turbo and pnpm set for this task. */
  env: NodeJS.ProcessEnv;
  remove(): Promise<void>;
}

/**
 * The environment for tools run in the copy: the variables turbo and pnpm set for the running
 * task (task hash, package name, …) would leak into the nested runs and change them.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(TURBO_|npm_|pnpm_|PNPM_|INIT_CWD$)/i.test(name)) continue;
    env[name] = value;
  }
  return {
    ...env,
    TURBO_TELEMETRY_DISABLED: '1',
    DO_NOT_TRACK: '1',
    TURBO_NO_UPDATE_NOTIFIER: '1',
  };
}

/**
 * An environment whose PATH has pnpm, which turbo needs to run the tasks: the PATH already has
 * it when the caller runs through pnpm; otherwise the version the root package.json pins is
 * fetched through npx and its directory put first.
 */
async function withPnpmOnPath(
  env: NodeJS.ProcessEnv,
  sourceRoot: string,
): Promise<NodeJS.ProcessEnv> {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  if (dirs.some((dir) => existsSync(path.join(dir, 'pnpm')))) return env;
  const manifest = JSON.parse(readFileSync(path.join(sourceRoot, 'package.json'), 'utf8')) as {
    packageManager?: string;
  };
  const pinned = manifest.packageManager ?? 'pnpm';
  const { output } = await runCommand('npx', ['-y', '--package', pinned, '-c', 'command -v pnpm'], {
    cwd: sourceRoot,
    env,
  });
  const pnpm = output.trim().split('\n').pop() ?? '';
  if (!existsSync(pnpm)) throw new Error(`Could not find pnpm (${pinned}) through npx: ${output}`);
  return { ...env, PATH: [path.dirname(pnpm), ...dirs].join(path.delimiter) };
}

/**
 * Copies the files git tracks in `sourceRoot`, as they are in the working tree (so an edit not yet
 * committed is included, but no build output, cache or stray file), into a temporary directory
 * named after `purpose`, makes it a git repository (turbo hashes through git) and installs it
 * offline from pnpm's store. Nothing is written to `sourceRoot`.
 */
export async function copyWorkspace(sourceRoot: string, purpose = 'bench'): Promise<WorkspaceCopy> {
  const env = await withPnpmOnPath(cleanEnvironment(), sourceRoot);
  const root = await mkdtemp(path.join(os.tmpdir(), `ryzeapi-${purpose}-`));
  // Ctrl-C in the middle of a build must not leave a copy of the repository behind.
  const onSignal = (signal: NodeJS.Signals) => {
    try {
      // Retried: a child that got the signal too may still be writing in it for a moment.
      rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (error) {
      console.error(`Could not remove ${root}: ${(error as Error).message}`);
    }
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const remove = async () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await rm(root, { recursive: true, force: true });
  };
  try {
    const files = execFileSync('git', ['ls-files', '-z'], {
      cwd: sourceRoot,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
    })
      .split('\0')
      .filter((file) => file !== '' && existsSync(path.join(sourceRoot, file)));
    for (const file of files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await cp(path.join(sourceRoot, file), path.join(root, file), { verbatimSymlinks: true });
    }
    const git = (...args: string[]) => runCommand('git', args, { cwd: root, env });
    await git('init', '--quiet', '--initial-branch=main');
    await git('add', '--all');
    await git(
      '-c',
      `user.name=${purpose}`,
      '-c',
      `user.email=${purpose}@localhost`,
      '-c',
      'commit.gpgSign=false',
      'commit',
      '--quiet',
      '--no-verify',
      `--message=Snapshot of the working tree (${purpose})`,
    );
    await runCommand('pnpm', ['install', '--offline', '--frozen-lockfile'], { cwd: root, env });
    return { root, env, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
