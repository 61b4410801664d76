/**
 * `pnpm release:rehearse`: on a throwaway copy of the repository, versions, builds and publishes
 * every package to registries on loopback (Verdaccio for npm, a PEP 503 folder for Python, a
 * module proxy folder for Go), then installs each as its users do in a new project and uses it
 * against the sandbox from the same registry. Prints a table (package, version, registry,
 * consumer, result, time) and exits 1 naming each failed row with its consumer's output.
 *
 * Usage: tsx src/cli/release-rehearse.ts [--junit <file>]
 *   --junit   also write the rows as a JUnit report (one test case per row) to this file
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDuration } from '@ryzeapi/bench/table';
import {
  formatFailures,
  formatRehearsalSteps,
  formatRehearsalTable,
  rehearsalJunit,
} from '../rehearsal/rehearsal-report.ts';
import { type Rehearsal, rehearseRelease } from '../rehearsal/rehearse.ts';
import { findRepoRoot } from '../repo-root.ts';

const { values } = parseArgs({ options: { junit: { type: 'string' } } });
const started = performance.now();

function writeJunit(rehearsal: Rehearsal): void {
  if (values.junit === undefined) return;
  const file = resolve(values.junit);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, rehearsalJunit(rehearsal));
}

try {
  const rehearsal = await rehearseRelease(findRepoRoot(), (line) => console.log(line));
  writeJunit(rehearsal);
  console.log(`\n${formatRehearsalSteps(rehearsal)}\n\n${formatRehearsalTable(rehearsal)}\n`);
  const failed = rehearsal.rows.filter((row) => !row.passed);
  const total = formatDuration(performance.now() - started);
  if (failed.length > 0) {
    console.log(`${formatFailures(rehearsal)}\n`);
    console.log(
      `release:rehearse: ${failed.length} of ${rehearsal.rows.length} rows FAILED in ${total}`,
    );
    process.exitCode = 1;
  } else {
    console.log(`release:rehearse: all ${rehearsal.rows.length} rows passed in ${total}`);
  }
} catch (error) {
  const message = (error as Error).message;
  console.error(`release:rehearse could not run: ${message}`);
  // One failed case, so that CI's count shows the rehearsal failed before its consumers ran.
  const failed = {
    package: '(release)',
    version: '',
    registry: '',
    consumer: 'the release steps',
    passed: false,
    output: message,
    elapsedMs: performance.now() - started,
  };
  writeJunit({ rows: [failed], steps: [] });
  process.exitCode = 2;
}
