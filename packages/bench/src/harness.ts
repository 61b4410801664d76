import { performance } from 'node:perf_hooks';
import {
  type LatencySummary,
  type RunSummary,
  summarizeLatencies,
  summarizeRuns,
} from './stats.ts';

/** One contender of a benchmark: an operation to repeat, which throws if its outcome is wrong. */
export interface BenchCase {
  name: string;
  operation: () => Promise<unknown>;
}

export interface HarnessOptions {
  /** Time each case runs, untimed, before the first measured run (JIT, connection pools). */
  warmupMs: number;
  /** Measured runs per case; the cases take turns so that drift hits them all alike. */
  runs: number;
  /** Length of one measured run. */
  runMs: number;
  /** Operations in flight at once: 1 is sequential. */
  concurrency: number;
}

export interface CaseResult {
  name: string;
  /** Completed operations per second: the median of the runs and their range. */
  perSecond: RunSummary;
  /** Completed operations per second of each run, in run order: run i of every case was measured in the same round. */
  perSecondRuns: number[];
  /** Latency of every operation of every measured run, in milliseconds. */
  latencyMs: LatencySummary;
  /**
   * CPU time this process spent per operation (user + system, all threads), in microseconds:
   * the client's own cost, which a busy machine disturbs less than wall-clock time.
   */
  cpuMicrosPerOperation: RunSummary;
  /** The same per run, in run order. */
  cpuMicrosPerOperationRuns: number[];
}

interface RunMeasurement {
  completed: number;
  elapsedMs: number;
  cpuMicros: number;
  latenciesMs: number[];
}

/** Keeps `concurrency` operations in flight until `durationMs` has passed, timing each one. */
async function drive(
  operation: () => Promise<unknown>,
  durationMs: number,
  concurrency: number,
): Promise<RunMeasurement> {
  const latenciesMs: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    let now = performance.now();
    while (now < deadline) {
      await operation();
      const finished = performance.now();
      latenciesMs.push(finished - now);
      now = finished;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    completed: latenciesMs.length,
    elapsedMs,
    cpuMicros: cpu.user + cpu.system,
    latenciesMs,
  };
}

/**
 * Warms every case up, then measures `runs` runs of each, in turns (A B C, B C A, C A B, …) so
 * that a slow moment of the machine does not fall on one contender only.
 */
export async function measureCases(
  cases: readonly BenchCase[],
  options: HarnessOptions,
): Promise<CaseResult[]> {
  if (cases.length === 0) throw new RangeError('A benchmark needs at least one case.');
  if (!(options.runs >= 1 && options.concurrency >= 1)) {
    throw new RangeError(
      `runs and concurrency must be at least 1, got runs=${options.runs}, concurrency=${options.concurrency}.`,
    );
  }
  const guarded = cases.map((benchCase) => ({
    name: benchCase.name,
    operation: async () => {
      try {
        return await benchCase.operation();
      } catch (error) {
        throw new Error(`Benchmark case "${benchCase.name}" failed: ${(error as Error).message}`, {
          cause: error,
        });
      }
    },
  }));

  for (const benchCase of guarded) {
    await drive(benchCase.operation, options.warmupMs, options.concurrency);
  }
  const measured = guarded.map(() => [] as RunMeasurement[]);
  for (let run = 0; run < options.runs; run++) {
    for (let turn = 0; turn < guarded.length; turn++) {
      const index = (run + turn) % guarded.length;
      const benchCase = guarded[index] as (typeof guarded)[number];
      measured[index]?.push(await drive(benchCase.operation, options.runMs, options.concurrency));
    }
  }

  return guarded.map((benchCase, index) => {
    const runs = measured[index] as RunMeasurement[];
    const perSecondRuns = runs.map((run) => (run.completed / run.elapsedMs) * 1000);
    const cpuMicrosPerOperationRuns = runs.map((run) => run.cpuMicros / run.completed);
    return {
      name: benchCase.name,
      perSecond: summarizeRuns(perSecondRuns),
      perSecondRuns,
      latencyMs: summarizeLatencies(runs.flatMap((run) => run.latenciesMs)),
      cpuMicrosPerOperation: summarizeRuns(cpuMicrosPerOperationRuns),
      cpuMicrosPerOperationRuns,
    };
  });
}
