import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { goEnv, goTool } from '@ryzeapi/sdk-go/go-toolchain';
import { leftGroup } from '../canned-response.ts';
import { startCannedServer } from '../canned-server-process.ts';
import { parseGoBenchmarks } from '../go-benchmark-output.ts';
import type { GroupResult } from '../group-result.ts';
import { ratio, summarizeRuns } from '../stats.ts';
import { figure, formatDuration, formatRatio, spreadFields, tableOf } from '../table.ts';

/** The Go SDK's budget over real HTTP: at most this much slower than hand-written net/http. */
const BUDGET = 0.05;
const TIMING = { count: 16, benchtime: '500ms' };

/** The sub-benchmarks of BenchmarkLeaveOverHTTP (packages/sdk-go/bench_test.go), baseline first. */
const CONTENDERS = [
  { name: 'net-http', label: 'net/http, hand-written' },
  { name: 'net-http-timeout-30s', label: 'net/http with a 30 s timeout' },
  { name: 'ryzeapi', label: 'ryzeapi (Go SDK)' },
];

function runGoBenchmark(moduleDir: string, baseUrl: string): Promise<string> {
  const args = ['test', '-run', '^$', '-bench', '^BenchmarkLeaveOverHTTP$', '-benchmem'];
  // One count is every contender once, in turn, so a slow moment of the machine hits all of them.
  args.push('-count', String(TIMING.count), '-benchtime', TIMING.benchtime, '.');
  return new Promise((resolve, reject) => {
    execFile(
      goTool('go'),
      args,
      { cwd: moduleDir, env: { ...goEnv(), RYZEAPI_BENCH_BASE_URL: baseUrl }, maxBuffer: 16 << 20 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`go test -bench failed: ${stderr}${stdout}`)) : resolve(stdout),
    );
  });
}

/**
 * Go's own benchmark of one leave over loopback, for the Go SDK and hand-written net/http, in
 * the same `go test` run: the sub-benchmarks take turns for each of `count` runs.
 */
export async function goSdkOverHttp(): Promise<GroupResult> {
  const moduleDir = dirname(createRequire(import.meta.url).resolve('@ryzeapi/sdk-go/package.json'));
  const server = await startCannedServer(leftGroup());
  try {
    const lines = parseGoBenchmarks(await runGoBenchmark(moduleDir, server.url));
    const measured = CONTENDERS.map(({ name, label }) => {
      const runs = lines.filter((line) => line.name === name);
      if (runs.length !== TIMING.count) {
        throw new Error(`go test -bench gave ${runs.length} runs of ${name}, not ${TIMING.count}`);
      }
      const figure = (unit: string) =>
        summarizeRuns(runs.map((run) => run.perOp[unit] ?? Number.NaN));
      return {
        name,
        label,
        nsPerOp: figure('ns/op'),
        cpuNsPerOp: figure('cpu-ns/op'),
        bytesPerOp: figure('B/op').median,
        allocsPerOp: figure('allocs/op').median,
      };
    });
    const [baseline, withTimeout, sdk] = measured as [
      (typeof measured)[0],
      (typeof measured)[0],
      (typeof measured)[0],
    ];
    const toMs = (ns: number) => ns / 1e6;
    const slowdown = ratio(sdk.nsPerOp.median, baseline.nsPerOp.median);
    return {
      id: 'go-sdk-http',
      title: 'Go SDK over real HTTP: 200, keep-alive node:http server on 127.0.0.1',
      tables: [
        {
          caption: `go test -bench, ${TIMING.count} runs of ${TIMING.benchtime} per client, taking turns; server in its own process; ratios against hand-written net/http`,
          table: tableOf(measured, [
            { title: 'client', cell: (result) => result.label },
            ...spreadFields(
              'time/req',
              (result: (typeof measured)[number]) => result.nsPerOp,
              (ns) => formatDuration(toMs(ns)),
            ),
            figure('client CPU/req', (result) => formatDuration(toMs(result.cpuNsPerOp.median))),
            figure('B/op', (result) => String(result.bytesPerOp)),
            figure('allocs/op', (result) => String(result.allocsPerOp)),
            figure('time/req vs net/http', (result) =>
              formatRatio(ratio(result.nsPerOp.median, baseline.nsPerOp.median)),
            ),
            figure('CPU vs net/http', (result) =>
              formatRatio(ratio(result.cpuNsPerOp.median, baseline.cpuNsPerOp.median)),
            ),
          ]),
        },
      ],
      notes: [
        "time/req = wall time per leave (go test's ns/op); client CPU/req = CPU time of the go test process per leave.",
        `The Go SDK takes ${formatRatio(slowdown)} the time of hand-written net/http per request (budget ${formatRatio(1 + BUDGET)}): ${slowdown <= 1 + BUDGET ? 'within budget' : 'OVER BUDGET'}; ${formatRatio(ratio(sdk.nsPerOp.median, withTimeout.nsPerOp.median))} the time of ${withTimeout.label}.`,
      ],
      figures: { timing: TIMING, budget: BUDGET, contenders: measured },
    };
  } finally {
    await server.stop();
  }
}
