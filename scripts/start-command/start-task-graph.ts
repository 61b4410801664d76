/**
 * The tasks `pnpm start` runs, as turbo plans them: the root `start` script run with
 * `--dry=json`, so the graph checked is turbo's own and not a copy of it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository this file belongs to. */
export const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..');

/** The repository's own turbo, also used on copies of the repository that have no install. */
export const TURBO_BIN = join(REPOSITORY_ROOT, 'node_modules', '.bin', 'turbo');

export interface PlannedTask {
  taskId: string;
  packageName: string;
  /** The package's folder, relative to the repository root. */
  directory: string;
  /** The script turbo would run, or `<NONEXISTENT>` when the package has none for the task. */
  command: string;
}

/** The root `start` script's arguments to turbo, e.g. `['run', 'lint', 'build', 'start', …]`. */
export function startCommandArguments(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const script = manifest.scripts?.start ?? '';
  const [program, ...args] = script.trim().split(/\s+/);
  if (program !== 'turbo' || args[0] !== 'run' || /[;&|<>`$]/.test(script)) {
    throw new Error(
      `The root start script is ${JSON.stringify(script)}: expected one \`turbo run …\` command, ` +
        'the form whose task graph can be checked.',
    );
  }
  return args;
}

/** Our environment without what a surrounding turbo task sets, which would change a nested run. */
function nestedTurboEnvironment(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^TURBO_/.test(name)),
  );
  return { ...env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' };
}

/** Every task the root `start` script would run in `root`, from turbo's dry run. */
export function startTasks(root: string): PlannedTask[] {
  const output = execFileSync(TURBO_BIN, [...startCommandArguments(root), '--dry=json'], {
    cwd: root,
    env: nestedTurboEnvironment(),
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const plan = JSON.parse(output) as {
    tasks: { taskId: string; package: string; directory: string; command: string }[];
  };
  return plan.tasks.map((task) => ({
    taskId: task.taskId,
    packageName: task.package,
    directory: task.directory,
    command: task.command,
  }));
}
