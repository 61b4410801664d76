import { type CannedResponse, leftGroup, notMember } from '../canned-response.ts';
import { startCannedServer } from '../canned-server-process.ts';
import { CONCURRENCY } from '../concurrency.ts';
import type { GroupResult } from '../group-result.ts';
import { type CaseResult, measureCases } from '../harness.ts';
import {
  CONTENDERS_WITH_TIMEOUT,
  expectLeft,
  expectNotFound,
  leaveTarget,
} from '../leave-callers.ts';
import { type PeerComparison, peerVerdicts } from '../peer-verdicts.ts';
import { ratio } from '../stats.ts';
import {
  figure,
  formatCount,
  formatDuration,
  formatRatio,
  spreadFields,
  tableOf,
} from '../table.ts';

const TIMING = { warmupMs: 500, runs: 12, runMs: 500 };
/** The SDK's budget over real HTTP: at most this much slower than hand-written fetch. */
const BUDGET = 0.05;
/** The SDK's goal against bare openapi-fetch, which it wraps: time per request at most ×1.10. */
const OVER_OPENAPI_FETCH_GOAL = 1.1;

const SCENARIOS = {
  success: {
    id: 'http-200',
    title: 'SDK over real HTTP: 200, keep-alive node:http server on 127.0.0.1',
    response: leftGroup,
    expect: expectLeft,
  },
  notFound: {
    id: 'http-404',
    title: 'Error path over real HTTP: 404 envelope, same server',
    response: notMember,
    expect: expectNotFound,
  },
} satisfies Record<
  string,
  { id: string; title: string; response: () => CannedResponse; expect: unknown }
>;

/**
 * Hand-written fetch, bare openapi-fetch and the SDK against a local server answering one of
 * the spec's examples, one call at a time and with `CONCURRENCY` calls in flight.
 */
export async function overHttp(scenarioName: keyof typeof SCENARIOS): Promise<GroupResult> {
  const scenario = SCENARIOS[scenarioName];
  const server = await startCannedServer(scenario.response());
  try {
    const target = leaveTarget(server.url);
    const cases = CONTENDERS_WITH_TIMEOUT.map(({ name, create }) => {
      const call = create(target);
      return { name, operation: () => scenario.expect(call) };
    });
    for (const benchCase of cases) await benchCase.operation();

    const modes = [
      { mode: 'sequential', concurrency: 1 },
      { mode: `${CONCURRENCY} in flight`, concurrency: CONCURRENCY },
    ];
    const measured: { mode: string; results: CaseResult[] }[] = [];
    for (const { mode, concurrency } of modes) {
      measured.push({ mode, results: await measureCases(cases, { ...TIMING, concurrency }) });
    }

    const verdicts: string[] = [];
    const overPeersByMode: { mode: string; comparisons: PeerComparison[] }[] = [];
    for (const { mode, results } of measured) {
      const baseline = results[0] as CaseResult;
      const timePerRequest = (name: string) =>
        1 / (results.find((result) => result.name === name) as CaseResult).perSecond.median;
      const sdkTime = timePerRequest('@ryzeapi/sdk');
      const slowdown = sdkTime / timePerRequest(baseline.name) - 1;
      const withTimeout = results[1] as CaseResult;
      const { lines, comparisons } = peerVerdicts(mode, results, OVER_OPENAPI_FETCH_GOAL, [
        'time',
        'cpu',
      ]);
      overPeersByMode.push({ mode, comparisons });
      verdicts.push(
        `${mode}: the SDK takes ${formatRatio(1 + slowdown)} the time of hand-written fetch per request ` +
          `(budget ${formatRatio(1 + BUDGET)}): ${slowdown <= BUDGET ? 'within budget' : 'OVER BUDGET'}; ` +
          `${formatRatio(sdkTime / timePerRequest(withTimeout.name))} the time of ${withTimeout.name}.`,
        ...lines,
      );
    }
    // A line per mode and client, against the hand-written fetch of the same mode.
    type Line = { mode: string; result: CaseResult; baseline: CaseResult };
    const lines: Line[] = measured.flatMap(({ mode, results }) =>
      results.map((result) => ({ mode, result, baseline: results[0] as CaseResult })),
    );
    return {
      id: scenario.id,
      title: scenario.title,
      tables: [
        {
          caption: `${TIMING.runs} runs of ${TIMING.runMs} ms per client and mode after ${TIMING.warmupMs} ms of warm-up; server in its own process; ratios against hand-written fetch of the same mode`,
          table: tableOf(lines, [
            { title: 'mode', cell: ({ mode }) => mode },
            { title: 'client', cell: ({ result }) => result.name },
            ...spreadFields('req/s', ({ result }: Line) => result.perSecond, formatCount),
            figure('latency p50', ({ result }) => formatDuration(result.latencyMs.p50)),
            figure('latency p99', ({ result }) => formatDuration(result.latencyMs.p99)),
            figure('client CPU/req', ({ result }) =>
              formatDuration(result.cpuMicrosPerOperation.median / 1000),
            ),
            figure('time/req vs fetch', ({ result, baseline }) =>
              formatRatio(ratio(baseline.perSecond.median, result.perSecond.median)),
            ),
            figure('p50 vs fetch', ({ result, baseline }) =>
              formatRatio(ratio(result.latencyMs.p50, baseline.latencyMs.p50)),
            ),
            figure('CPU vs fetch', ({ result, baseline }) =>
              formatRatio(
                ratio(result.cpuMicrosPerOperation.median, baseline.cpuMicrosPerOperation.median),
              ),
            ),
          ]),
        },
      ],
      notes: [
        'time/req = 1 / (req/s); client CPU/req = CPU time of the benchmark process (the clients) per request.',
        ...verdicts,
      ],
      figures: {
        timing: TIMING,
        concurrency: CONCURRENCY,
        budget: BUDGET,
        overOpenapiFetchGoal: OVER_OPENAPI_FETCH_GOAL,
        overPeers: overPeersByMode,
        modes: measured,
      },
    };
  } finally {
    await server.stop();
  }
}
