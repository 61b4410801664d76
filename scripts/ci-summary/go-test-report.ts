import type { Tally } from './tally.ts';

interface GoTestEvent {
  Action?: string;
  Package?: string;
  Test?: string;
}

/**
 * Counts the test cases of `go test -json` output. A test with subtests (`TestLeave` beside
 * `TestLeave/by_link`) is counted through its subtests only, so nothing counts twice. A package
 * that failed with no failing test (a build error, a failure in TestMain or after the subtests)
 * counts as one failure.
 */
export function tallyGoTestReport(text: string): Tally {
  const outcomes = new Map<string, string>();
  const failedPackages = new Set<string>();
  for (const line of text.split('\n')) {
    const event = parseEvent(line);
    if (!event) continue;
    const { Action: action, Package: pkg = '', Test: test } = event;
    if (action !== 'pass' && action !== 'fail' && action !== 'skip') continue;
    if (test === undefined) {
      if (action === 'fail') failedPackages.add(pkg);
    } else {
      outcomes.set(`${pkg} ${test}`, action);
    }
  }
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  const failedLeafPackages = new Set<string>();
  for (const [key, action] of outcomes) {
    const hasSubtests = [...outcomes.keys()].some((other) => other.startsWith(`${key}/`));
    if (hasSubtests) continue;
    if (action === 'pass') tally.passed += 1;
    else if (action === 'skip') tally.skipped += 1;
    else {
      tally.failed += 1;
      failedLeafPackages.add(key.slice(0, key.indexOf(' ')));
    }
  }
  for (const pkg of failedPackages) if (!failedLeafPackages.has(pkg)) tally.failed += 1;
  return tally;
}

/** One line of the stream; lines that are not JSON events (build output) are left out. */
function parseEvent(line: string): GoTestEvent | undefined {
  if (!line.trimStart().startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as GoTestEvent;
  } catch {
    return undefined;
  }
}
