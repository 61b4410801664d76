import { join } from 'node:path';
import { addTallies, EMPTY_TALLY, formatTally, type Tally } from './tally.ts';
import { isTestTask, REPORT_FILES, readPackageReports, reportFolder } from './test-reports.ts';
import type { TurboRun, TurboTask } from './turbo-run.ts';

/** Checks that count as one case each: they guard the code as a test does. */
export const NAMED_CHECKS = ['lint', 'typecheck', 'format:check'];

export interface RunCount {
  /** Test cases from this run's reports, plus the named checks, plus failures of tasks. */
  total: Tally;
  /** One line per task: what was counted for it, and why. */
  lines: string[];
}

/**
 * Counts what a turbo run ran: the test cases in the reports its test tasks wrote, and each named
 * check once. Nothing else passes: a build, a cache hit (replayed, not run) or a report from an
 * earlier run adds nothing to `passed`. A task that failed always adds a failure, and so does a
 * test task without a report of this run, or a run with no test task at all.
 */
export function summarizeRun(run: TurboRun, repoRoot: string): RunCount {
  const counted = [...run.tasks]
    .sort((a, b) => a.taskId.localeCompare(b.taskId))
    .map((task) => countTask(task, repoRoot));
  const lines = counted.map(({ line }) => line);
  const tallies = counted.map(({ tally }) => tally);
  if (!run.tasks.some((task) => isTestTask(task.task))) {
    lines.push('no test task in this run: counted as 1 failed (run the tests, e.g. pnpm test)');
    tallies.push({ ...EMPTY_TALLY, failed: 1 });
  }
  return { total: addTallies(...tallies), lines };
}

function countTask(task: TurboTask, repoRoot: string): { line: string; tally: Tally } {
  const exitCode = task.execution?.exitCode;
  const at = `${task.taskId}:`;
  if (exitCode === undefined || exitCode === null) {
    return failure(`${at} did not run (exit code missing from the run summary)`);
  }
  const isTest = isTestTask(task.task);
  const isNamedCheck = NAMED_CHECKS.includes(task.task);
  if (task.cache?.status === 'HIT') {
    // A replay prints the old output and restores old files; nothing was checked now.
    if (isTest || isNamedCheck) {
      return nothing(
        `${at} replayed from turbo's cache, not run: not counted (TURBO_FORCE=1 runs it)`,
      );
    }
    return nothing(`${at} replayed from turbo's cache (not counted)`);
  }
  if (isTest) return countTestTask(task, exitCode, repoRoot);
  if (isNamedCheck) {
    return exitCode === 0
      ? { line: `${at} passed`, tally: { ...EMPTY_TALLY, passed: 1 } }
      : failure(`${at} FAILED (exit ${exitCode})`);
  }
  return exitCode === 0
    ? nothing(`${at} ok (not counted: neither a test nor a named check)`)
    : failure(`${at} FAILED (exit ${exitCode})`);
}

function countTestTask(task: TurboTask, exitCode: number, repoRoot: string) {
  const at = `${task.taskId}:`;
  const startedAt = task.execution?.startTime ?? Number.POSITIVE_INFINITY;
  const folder = reportFolder(task.task);
  const reports = readPackageReports(join(repoRoot, task.directory), startedAt, folder);
  const notes = [
    ...reports.stale.map(
      (file) => `${file} is older than the task: left by an earlier run, not read`,
    ),
    ...reports.unreadable.map(
      ({ file, reason }) => `${file} could not be read (${reason}): counted as 1 failed`,
    ),
  ];
  if (reports.read.length === 0) {
    const looked = REPORT_FILES.map(({ file }) => `${folder}/${file}`).join(', ');
    const why = [`no test report written by this run (looked for ${looked})`, ...notes];
    return failure(`${at} ${why.join('; ')}`);
  }
  let tally = addTallies(...reports.read.map((report) => report.tally));
  tally = { ...tally, failed: tally.failed + reports.unreadable.length };
  const files = reports.read.map((report) => report.file).join(', ');
  if (exitCode !== 0 && tally.failed === 0) {
    notes.push(
      `the task failed (exit ${exitCode}) though its reports hold no failure: counted as 1 failed`,
    );
    tally = { ...tally, failed: 1 };
  }
  const details = [files, ...notes].join('; ');
  return { line: `${at} ${formatTally(tally)} (${details})`, tally };
}

function nothing(line: string) {
  return { line, tally: EMPTY_TALLY };
}

function failure(line: string) {
  return { line: `${line}: counted as 1 failed`, tally: { ...EMPTY_TALLY, failed: 1 } };
}
