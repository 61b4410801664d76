/** Summary statistics of repeated measurements. Pure functions: the harness's tests cover them. */

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new RangeError('Cannot summarize an empty list of measurements.');
  for (const value of values) {
    if (!Number.isFinite(value)) {
      throw new RangeError(`Measurements must be finite numbers, got ${String(value)}.`);
    }
  }
  return [...values].sort((a, b) => a - b);
}

/**
 * The p-th percentile (0–100) by linear interpolation between the two nearest ranks, the method
 * of spreadsheets and NumPy's default, so that `percentile(xs, 50)` is the usual median.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`A percentile is from 0 to 100, got ${p}.`);
  const ordered = sorted(values);
  const rank = (p / 100) * (ordered.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  const low = ordered[below] as number;
  const high = ordered[above] as number;
  return low + (high - low) * (rank - below);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The median of several runs and their range: the figure and the spread a table prints. */
export interface RunSummary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarizeRuns(values: readonly number[]): RunSummary {
  const ordered = sorted(values);
  return {
    median: median(ordered),
    min: ordered[0] as number,
    max: ordered[ordered.length - 1] as number,
    runs: ordered.length,
  };
}

/** Latencies of many requests: the median and the tail. */
export interface LatencySummary {
  p50: number;
  p99: number;
  max: number;
  samples: number;
}

export function summarizeLatencies(values: readonly number[]): LatencySummary {
  const ordered = sorted(values);
  return {
    p50: percentile(ordered, 50),
    p99: percentile(ordered, 99),
    max: ordered[ordered.length - 1] as number,
    samples: ordered.length,
  };
}

/** `candidate / baseline`, refusing a zero or negative baseline instead of printing Infinity. */
export function ratio(candidate: number, baseline: number): number {
  if (!(baseline > 0)) throw new RangeError(`A ratio needs a positive baseline, got ${baseline}.`);
  return candidate / baseline;
}

/**
 * The ratios of paired runs, `candidate[i] / baseline[i]`, summarized: runs measured side by side
 * share the machine's moment, so their ratio is steadier than the ratio of two medians.
 */
export function summarizePairedRatios(
  candidate: readonly number[],
  baseline: readonly number[],
): RunSummary {
  if (candidate.length !== baseline.length) {
    throw new RangeError(
      `Paired runs need as many runs on each side, got ${candidate.length} and ${baseline.length}.`,
    );
  }
  return summarizeRuns(candidate.map((value, run) => ratio(value, baseline[run] as number)));
}
