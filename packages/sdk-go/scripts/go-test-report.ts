/** One line of `go test -json` (test2json's TestEvent). */
interface TestEvent {
  Action: string;
  Package?: string;
  Test?: string;
  Output?: string;
}

export interface GoTestSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** Each failed test's name and output, for printing. */
  failures: string[];
}

/** Counts the test cases of a `go test -json` run (package-level events are not cases). */
export function summarizeGoTestEvents(jsonLines: string): GoTestSummary {
  const summary: GoTestSummary = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const output = new Map<string, string>();
  for (const line of jsonLines.split('\n')) {
    if (!line.startsWith('{')) continue;
    const event = JSON.parse(line) as TestEvent;
    const key = `${event.Package ?? ''} ${event.Test ?? ''}`;
    if (event.Action === 'output') output.set(key, (output.get(key) ?? '') + (event.Output ?? ''));
    if (event.Action === 'fail' && !event.Test) {
      // A package that fails without a failing test did not build or crashed.
      summary.failures.push(`FAIL ${event.Package}:\n${output.get(key) ?? ''}`);
    }
    if (!event.Test) continue;
    if (event.Action === 'pass') summary.passed++;
    if (event.Action === 'skip') summary.skipped++;
    if (event.Action === 'fail') {
      summary.failed++;
      summary.failures.push(`FAIL ${event.Test} (${event.Package}):\n${output.get(key) ?? ''}`);
    }
  }
  return summary;
}
