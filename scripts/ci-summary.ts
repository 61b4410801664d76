/**
 * Prints the one line CI reads, `N passed, N failed`, from the reports of the last turbo run:
 * every vitest test counts once, and every other task (lint, typecheck, format) counts as one
 * check. A test task that failed without writing its report counts as one failure, so a crash
 * before the first test cannot pass unseen.
 *
 * Usage: tsx scripts/ci-summary.ts            (reads the newest .turbo/runs/*.json)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface TurboTask {
  taskId: string;
  task: string;
  directory: string;
  execution?: { exitCode?: number | null };
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
}

const root = join(import.meta.dirname, '..');
const runsDir = join(root, '.turbo', 'runs');

function newestRunSummary(): { tasks: TurboTask[] } {
  const runs = existsSync(runsDir) ? readdirSync(runsDir).filter((f) => f.endsWith('.json')) : [];
  if (runs.length === 0) {
    throw new Error(`No turbo run summary in ${runsDir}: run the tests with --summarize first.`);
  }
  const newest = runs
    .map((file) => join(runsDir, file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] as string;
  return JSON.parse(readFileSync(newest, 'utf8'));
}

let passed = 0;
let failed = 0;
const lines: string[] = [];

for (const task of newestRunSummary().tasks) {
  const ok = task.execution?.exitCode === 0;
  if (task.task === 'test') {
    const reportPath = join(root, task.directory, 'test-output', 'vitest.json');
    if (existsSync(reportPath)) {
      const report: VitestReport = JSON.parse(readFileSync(reportPath, 'utf8'));
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      const crashed = !ok && report.numFailedTests === 0;
      if (crashed) failed += 1;
      lines.push(
        `${task.taskId}: ${report.numPassedTests} passed, ${report.numFailedTests} failed${crashed ? ' (and the run itself failed)' : ''}`,
      );
      continue;
    }
    failed += 1;
    lines.push(`${task.taskId}: no report at ${reportPath} (counted as 1 failed)`);
    continue;
  }
  if (ok) passed += 1;
  else failed += 1;
  lines.push(`${task.taskId}: ${ok ? 'ok' : 'FAILED'}`);
}

console.log(lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
