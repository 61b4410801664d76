import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of a turbo run summary (`turbo run … --summarize`) the count reads. */
export interface TurboRun {
  execution?: { command?: string; startTime?: number };
  tasks: TurboTask[];
}

export interface TurboTask {
  taskId: string;
  /** The task's name: `test`, `lint`, `format:check`… */
  task: string;
  /** The package's folder, relative to the repository. */
  directory: string;
  cache?: { status?: string };
  /** Absent, or without an exit code, when turbo did not run the task. */
  execution?: { startTime?: number; endTime?: number; exitCode?: number | null };
}

/**
 * The newest run summary in `<repoRoot>/.turbo/runs`. With `notBefore` (epoch ms), a summary of
 * a run that started earlier is refused: it belongs to another run than the one being counted.
 */
export function newestTurboRun(
  repoRoot: string,
  notBefore?: number,
): { path: string; run: TurboRun } {
  const runsDir = join(repoRoot, '.turbo', 'runs');
  const files = existsSync(runsDir) ? readdirSync(runsDir).filter((f) => f.endsWith('.json')) : [];
  const newest = files
    .map((file) => join(runsDir, file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) {
    throw new Error(
      `No turbo run summary in ${runsDir}: run the tests with --summarize (pnpm test does).`,
    );
  }
  const run = JSON.parse(readFileSync(newest, 'utf8')) as TurboRun;
  if (!Array.isArray(run.tasks))
    throw new Error(`${newest} is not a turbo run summary: it has no tasks list.`);
  const startedAt = run.execution?.startTime;
  if (notBefore !== undefined && (startedAt === undefined || startedAt < notBefore)) {
    throw new Error(
      `The newest turbo run summary, ${newest}, is of a run that started at ` +
        `${startedAt === undefined ? 'an unknown time' : new Date(startedAt).toISOString()}, before ` +
        `${new Date(notBefore).toISOString()}: this run wrote no summary (did turbo start?), so there is nothing to count.`,
    );
  }
  return { path: newest, run };
}
