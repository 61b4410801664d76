import { cannedFetch } from '../canned-fetch.ts';
import { leftGroup } from '../canned-response.ts';
import type { GroupResult } from '../group-result.ts';
import { type CaseResult, measureCases } from '../harness.ts';
import { CONTENDERS_WITH_TIMEOUT, expectLeft, leaveTarget } from '../leave-callers.ts';
import { compareWithPeer } from '../peer-verdicts.ts';
import { ratio } from '../stats.ts';
import {
  figure,
  formatCount,
  formatDuration,
  formatRange,
  formatRatio,
  spreadFields,
  tableOf,
} from '../table.ts';

const OPTIONS = { warmupMs: 500, runs: 9, runMs: 200, concurrency: 1 };
/** The SDK's goal in process: at most this many times bare openapi-fetch's CPU per call. */
const CPU_OVER_OPENAPI_FETCH_GOAL = 1.5;

/**
 * The client's own cost per call: each contender calls a `fetch` that answers the spec's 200
 * example at once, so everything measured is URL building, headers, response parsing and checks.
 */
export async function inProcessOverhead(): Promise<GroupResult> {
  const canned = leftGroup();
  const target = leaveTarget('https://ryzeapi.cloud', cannedFetch(canned));
  const cases = CONTENDERS_WITH_TIMEOUT.map(({ name, create }) => {
    const call = create(target);
    return { name, operation: () => expectLeft(call) };
  });
  for (const benchCase of cases) await benchCase.operation();

  const results = await measureCases(cases, OPTIONS);
  const baseline = results[0]?.perSecond.median as number;
  const { cpu, time } = compareWithPeer(results, 'openapi-fetch');
  const verdict =
    `CPU per call, SDK over bare openapi-fetch: ${formatRatio(cpu.median)} (median of ${cpu.runs} paired runs, ` +
    `min–max ${formatRange(cpu.min, cpu.max, formatRatio)}; time per call ${formatRatio(time.median)}); ` +
    `goal ≤ ${formatRatio(CPU_OVER_OPENAPI_FETCH_GOAL)}: ${cpu.median <= CPU_OVER_OPENAPI_FETCH_GOAL ? 'met' : 'MISSED'}.`;
  return {
    id: 'in-process',
    title: 'SDK overhead per call, in process (injected fetch answering a canned 200)',
    tables: [
      {
        caption: `${OPTIONS.runs} runs of ${OPTIONS.runMs} ms each after ${OPTIONS.warmupMs} ms of warm-up, sequential calls`,
        table: tableOf(results, [
          { title: 'client', cell: (result) => result.name },
          ...spreadFields('ops/s', (result: CaseResult) => result.perSecond, formatCount),
          figure('time per call', (result) => formatDuration(1000 / result.perSecond.median)),
          figure('CPU per call', (result) =>
            formatDuration(result.cpuMicrosPerOperation.median / 1000),
          ),
          figure('time vs hand-written', (result) =>
            formatRatio(ratio(baseline, result.perSecond.median)),
          ),
        ]),
      },
    ],
    notes: [
      verdict,
      'Every call includes the Response the fake fetch builds, so the baseline is not zero work.',
      'The hand-written call hands a URL to fetch; openapi-fetch and the SDK build a Request first,',
      'which a real fetch would build for the hand-written call too: see the HTTP groups for what a user pays.',
    ],
    figures: {
      options: OPTIONS,
      cpuOverOpenapiFetchGoal: CPU_OVER_OPENAPI_FETCH_GOAL,
      overOpenapiFetch: { cpu, time },
      results,
    },
  };
}
