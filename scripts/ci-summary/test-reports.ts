import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tallyGoTestReport } from './go-test-report.ts';
import { tallyJunitReport } from './junit-report.ts';
import type { Tally } from './tally.ts';
import { tallyVitestReport } from './vitest-report.ts';

/** Where each package's test task writes its reports, by runner: the agreed places. */
export const REPORT_FILES = [
  { file: 'test-output/vitest.json', tally: tallyVitestReport },
  { file: 'test-output/junit.xml', tally: tallyJunitReport },
  { file: 'test-output/go-test.json', tally: tallyGoTestReport },
] as const;

export interface PackageReports {
  /** Reports written during the task, with their counts. */
  read: { file: string; tally: Tally }[];
  /** Reports older than the task's start: left by an earlier run, never read. */
  stale: string[];
  /** Reports written during the task that could not be read. */
  unreadable: { file: string; reason: string }[];
}

/**
 * The test reports of the package in `packageDir` that its test task wrote: a report last
 * modified before `taskStartedAt` (epoch ms) comes from an earlier run and is set aside, so a
 * crash before the runner writes anything cannot pass on the strength of yesterday's report.
 */
export function readPackageReports(packageDir: string, taskStartedAt: number): PackageReports {
  const reports: PackageReports = { read: [], stale: [], unreadable: [] };
  for (const { file, tally } of REPORT_FILES) {
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
