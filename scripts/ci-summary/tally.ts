/** Test cases counted from one or more reports. */
export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

export const EMPTY_TALLY: Tally = { passed: 0, failed: 0, skipped: 0 };

export function addTallies(...tallies: Tally[]): Tally {
  return tallies.reduce(
    (sum, tally) => ({
      passed: sum.passed + tally.passed,
      failed: sum.failed + tally.failed,
      skipped: sum.skipped + tally.skipped,
    }),
    EMPTY_TALLY,
  );
}

export function formatTally({ passed, failed, skipped }: Tally): string {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}
