/**
 * Prints what the last `pnpm test` ran, ending with the one line CI reads: `N passed, N failed`.
 * Counted: the test cases in the reports this run's test tasks (`test`, and a package's other
 * `test:<name>` tasks) wrote (vitest JSON, JUnit XML, `go test -json`) and the named checks (lint, typecheck, format), once each. The line before
 * the last adds the skipped test cases. Exits 1 when anything failed.
 *
 * Usage: tsx scripts/ci-summary.ts [--not-before EPOCH_MS] [--root DIR]
 *   --not-before  refuse a turbo run summary of a run that started before this time (CI passes
 *                 the time it started the tests, so a summary left by an earlier run is never read)
 *   --root        the repository whose last run is counted (default: this one)
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { summarizeRun } from './ci-summary/summarize-run.ts';
import { formatTally } from './ci-summary/tally.ts';
import { newestTurboRun } from './ci-summary/turbo-run.ts';

function main(): number {
  const { values } = parseArgs({
    options: { 'not-before': { type: 'string' }, root: { type: 'string' } },
  });
  const repoRoot = values.root ?? join(import.meta.dirname, '..');
  const notBefore = values['not-before'];
  if (notBefore !== undefined && !/^\d+$/.test(notBefore)) {
    throw new Error(
      `--not-before takes a time in epoch milliseconds (date +%s%3N), got ${JSON.stringify(notBefore)}.`,
    );
  }
  const { path, run } = newestTurboRun(
    repoRoot,
    notBefore === undefined ? undefined : Number(notBefore),
  );
  const { total, lines } = summarizeRun(run, repoRoot);
  console.log(`Counted from ${path}:`);
  for (const line of lines) console.log(`  ${line}`);
  console.log(formatTally(total));
  console.log(`${total.passed} passed, ${total.failed} failed`);
  return total.failed > 0 ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error((error as Error).message);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
}
