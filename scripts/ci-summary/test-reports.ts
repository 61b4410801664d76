import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tallyGoTestReport } from './go-test-report.ts';
import { tallyJunitReport } from './junit-report.ts';
import type { Tally } from './tally.ts';
import { tallyVitestReport } from './vitest-report.ts';

/** The report each runner writes into its test task's report folder: the agreed names. */
export const REPORT_FILES = [
  { file: 'vitest.json', tally: tallyVitestReport },
  { file: 'junit.xml', tally: tallyJunitReport },
  { file: 'go-test.json', tally: tallyGoTestReport },
] as const;

/** Whether turbo's task named `task` is a test task: `test`, or `test:<name>`, a package's other one. */
export function isTestTask(task: string): boolean {
  return task === 'test' || /^test:[\w.-]+$/.test(task);
}

/**
 * The folder of a package where its test task `task` writes its reports: `test-output/` for
 * `test`, `test-output/<name>/` for `test:<name>` (so two test tasks of one package never read
 * each other's report).
 */
export function reportFolder(task: string): string {
  return task === 'test' ? 'test-output' : `test-output/${task.slice('test:'.length)}`;
}

export interface PackageReports {
  /** Reports written during the task, with their counts. */
  read: { file: string; tally: Tally }[];
  /** Reports older than the task's start: left by an earlier run, never read. */
  stale: string[];
  /** Reports written during the task that could not be read. */
  unreadable: { file: string; reason: string }[];
}

/**
 * The test reports in `folder` of the package in `packageDir` that its test task wrote: a report
 * last modified before `taskStartedAt` (epoch ms) comes from an earlier run and is set aside, so
 * a crash before the runner writes anything cannot pass on the strength of yesterday's report.
 */
export function readPackageReports(
  packageDir: string,
  taskStartedAt: number,
  folder = 'test-output',
): PackageReports {
  const reports: PackageReports = { read: [], stale: [], unreadable: [] };
  for (const { file: name, tally } of REPORT_FILES) {
    const file = `${folder}/${name}`;
    const path = join(packageDir, file);
    if (!existsSync(path)) continue;
    if (statSync(path).mtimeMs < taskStartedAt) {
      reports.stale.push(file);
      continue;
    }
    try {
      reports.read.push({ file, tally: tally(readFileSync(path, 'utf8')) });
    } catch (error) {
      reports.unreadable.push({ file, reason: (error as Error).message });
    }
  }
  return reports;
}
