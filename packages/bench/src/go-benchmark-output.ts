/** One line of `go test -bench` output: a sub-benchmark's figures for one run. */
export interface GoBenchmarkLine {
  /** The sub-benchmark's name, without the top-level name and the GOMAXPROCS suffix. */
  name: string;
  iterations: number;
  /** Each figure by its unit: `ns/op`, `B/op`, `allocs/op`, and any custom metric. */
  perOp: Record<string, number>;
}

const LINE = /^Benchmark\w+\/(\S+?)(?:-\d+)?\s+(\d+)((?:\s+[\d.]+ \S+)+)\s*$/;

/** The result lines of `go test -bench` output, in order (one per sub-benchmark per -count). */
export function parseGoBenchmarks(output: string): GoBenchmarkLine[] {
  return output.split('\n').flatMap((line) => {
    const match = LINE.exec(line.trim());
    if (!match) return [];
    const [, name, iterations, figures] = match;
    const perOp: Record<string, number> = {};
    for (const [, value, unit] of (figures as string).matchAll(/([\d.]+) (\S+)/g)) {
      perOp[unit as string] = Number(value);
    }
    return [{ name: name as string, iterations: Number(iterations), perOp }];
  });
}
