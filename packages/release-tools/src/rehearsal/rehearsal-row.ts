import { performance } from 'node:perf_hooks';

/** One line of the rehearsal's table: what a consumer did with one published package. */
export interface RehearsalRow {
  package: string;
  version: string;
  /** Where the consumer got it: the registry's URL, the index, the proxy folder. */
  registry: string;
  consumer: string;
  passed: boolean;
  /** What the consumer printed (its error's, when it failed). */
  output: string;
  elapsedMs: number;
}

export type RowTarget = Pick<RehearsalRow, 'package' | 'version' | 'registry' | 'consumer'>;

/**
 * Runs one consumer and records its row: a consumer passes when `run` resolves (with what it
 * printed) and fails when it throws (its message is the consumer's output).
 */
export async function runRow(target: RowTarget, run: () => Promise<string>): Promise<RehearsalRow> {
  const started = performance.now();
  try {
    const output = await run();
    return { ...target, passed: true, output, elapsedMs: performance.now() - started };
  } catch (error) {
    return {
      ...target,
      passed: false,
      output: (error as Error).message,
      elapsedMs: performance.now() - started,
    };
  }
}
