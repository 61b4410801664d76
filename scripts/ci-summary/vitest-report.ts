import type { Tally } from './tally.ts';

interface VitestJsonReport {
  testResults?: {
    name?: string;
    status?: string;
    assertionResults?: { status?: string }[];
  }[];
}

/**
 * Counts the test cases of a vitest JSON report (`--reporter=json`): each assertion result by its
 * status (`pending`, `skipped` and `todo` are skipped). A test file that failed without any
 * failing test (it could not be imported, a hook threw) counts as one failure, since its tests
 * never ran.
 */
export function tallyVitestReport(text: string): Tally {
  const report = JSON.parse(text) as VitestJsonReport;
  if (!Array.isArray(report.testResults)) {
    throw new Error('not a vitest JSON report: it has no testResults list');
  }
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  for (const file of report.testResults) {
    const results = file.assertionResults ?? [];
    for (const { status } of results) {
      if (status === 'passed') tally.passed += 1;
      else if (status === 'failed') tally.failed += 1;
      else tally.skipped += 1;
    }
    const fileFailedAlone = file.status === 'failed' && !results.some((r) => r.status === 'failed');
    if (fileFailedAlone) tally.failed += 1;
  }
  return tally;
}
