import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TurboRun, TurboTask } from '../ci-summary/turbo-run.ts';

/** The time the synthetic run starts; its tasks start one second later. */
export const RUN_START = Date.parse('2026-11-30T12:00:00Z');
export const TASK_START = RUN_START + 1_000;

/** A repository folder in tmp holding a turbo run summary and the reports its tasks left. */
export class SyntheticRepo {
  readonly root = mkdtempSync(join(tmpdir(), 'ci-summary-'));
  readonly tasks: TurboTask[] = [];

  /** A task turbo ran (cache miss) that exited with `exitCode`. */
  ran(taskId: string, exitCode: number | null = 0): this {
    return this.push(taskId, { cache: { status: 'MISS' }, exitCode });
  }

  /** A task replayed from turbo's cache. */
  replayed(taskId: string): this {
    return this.push(taskId, { cache: { status: 'HIT' }, exitCode: 0 });
  }

  /** A report of `packageName`, last written `ageMs` after the task started (negative: before). */
  report(packageName: string, file: string, text: string, ageMs = 2_000): this {
    const path = join(this.root, 'packages', packageName, 'test-output', file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    const when = new Date(TASK_START + ageMs);
    utimesSync(path, when, when);
    return this;
  }

  run(): TurboRun {
    return { execution: { startTime: RUN_START }, tasks: this.tasks };
  }

  /** Writes the run summary where turbo does, last modified at `modifiedAt`. */
  writeRunSummary(name: string, run: TurboRun, modifiedAt = new Date(RUN_START)): string {
    const path = join(this.root, '.turbo', 'runs', `${name}.json`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(run));
    utimesSync(path, modifiedAt, modifiedAt);
    return path;
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }

  private push(
    taskId: string,
    { cache, exitCode }: { cache: TurboTask['cache']; exitCode: number | null },
  ): this {
    const [packageName, task] = taskId.split('#') as [string, string];
    const directory =
      packageName === '//' ? '' : join('packages', packageName.replace('@ryzeapi/', ''));
    this.tasks.push({
      taskId,
      task,
      directory,
      ...(cache ? { cache } : {}),
      execution: { startTime: TASK_START, endTime: TASK_START + 5_000, exitCode },
    });
    return this;
  }
}

/** A vitest JSON report with test cases of the given statuses, in one file. */
export function vitestReport(
  statuses: string[],
  fileStatus = statuses.includes('failed') ? 'failed' : 'passed',
) {
  return JSON.stringify({
    numTotalTests: statuses.length,
    testResults: [
      {
        name: 'a.test.ts',
        status: fileStatus,
        assertionResults: statuses.map((status) => ({ status })),
      },
    ],
  });
}
