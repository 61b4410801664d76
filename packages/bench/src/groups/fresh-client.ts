import { performance } from 'node:perf_hooks';
import { leftGroup } from '../canned-response.ts';
import { startCannedServer } from '../canned-server-process.ts';
import { CONCURRENCY } from '../concurrency.ts';
import type { GroupResult } from '../group-result.ts';
import { CONTENDERS, expectLeft, leaveTarget } from '../leave-callers.ts';
import { summarizePairedRatios, summarizeRuns } from '../stats.ts';
import { figure, formatDuration, formatRange, formatRatio, tableOf } from '../table.ts';

/** Rounds: in each, every contender creates a new client and starts its first calls at once. */
const ROUNDS = 9;
/** How long the server takes to answer each request, as a remote service does. */
const SERVER_DELAY_MS = 100;
/** The SDK's goal: its fresh client's first calls take at most this many times openapi-fetch's. */
const OVER_OPENAPI_FETCH_GOAL = 1.1;

/**
 * A fresh client's first `CONCURRENCY` concurrent calls, against a server answering the spec's
 * 200 (with its rate-limit headers) after `SERVER_DELAY_MS`: the wall time until all are answered.
 * A client that waits for a first answer before sending the rest takes about twice the delay.
 */
export async function freshClient(): Promise<GroupResult> {
  const server = await startCannedServer(leftGroup(), { delayMs: SERVER_DELAY_MS });
  const wallMs = CONTENDERS.map(() => [] as number[]);
  try {
    const target = leaveTarget(server.url);
    // Warm-up: the runtime's connection pool and the JIT, shared by every contender alike.
    for (const { create } of CONTENDERS) {
      const call = create(target);
      await Promise.all(Array.from({ length: CONCURRENCY }, () => expectLeft(call)));
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (let turn = 0; turn < CONTENDERS.length; turn++) {
        const index = (round + turn) % CONTENDERS.length;
        const started = performance.now();
        const call = (CONTENDERS[index] as (typeof CONTENDERS)[number]).create(target);
        await Promise.all(Array.from({ length: CONCURRENCY }, () => expectLeft(call)));
        wallMs[index]?.push(performance.now() - started);
      }
    }
  } finally {
    await server.stop();
  }
  const rows = CONTENDERS.map(({ name }, index) => ({
    name,
    wall: summarizeRuns(wallMs[index] as number[]),
  }));
  const runsOf = (name: string) =>
    wallMs[CONTENDERS.findIndex((contender) => contender.name === name)] as number[];
  const overOpenapiFetch = summarizePairedRatios(runsOf('@ryzeapi/sdk'), runsOf('openapi-fetch'));
  const met = overOpenapiFetch.median <= OVER_OPENAPI_FETCH_GOAL;
  return {
    id: 'fresh-client',
    title: `A fresh client's first ${CONCURRENCY} concurrent calls (server answering after ${SERVER_DELAY_MS} ms)`,
    tables: [
      {
        caption: `${ROUNDS} rounds; in each, every contender (in turn, order rotated) creates a new client and starts ${CONCURRENCY} leaves at once; wall time until all are answered`,
        table: tableOf(rows, [
          { title: 'client', cell: (row) => row.name },
          figure('wall time (median)', (row) => formatDuration(row.wall.median)),
          figure('min–max', (row) => formatRange(row.wall.min, row.wall.max, formatDuration)),
          figure('× server delay', (row) => formatRatio(row.wall.median / SERVER_DELAY_MS)),
        ]),
      },
    ],
    notes: [
      `Wall time, SDK over bare openapi-fetch: ${formatRatio(overOpenapiFetch.median)} (median of ${overOpenapiFetch.runs} paired rounds, min–max ${formatRange(overOpenapiFetch.min, overOpenapiFetch.max, formatRatio)}); goal ≤ ${formatRatio(OVER_OPENAPI_FETCH_GOAL)}: ${met ? 'met' : 'MISSED'}.`,
      'A paced client that waited for a first answer before sending the rest would take about ×2 the server delay.',
    ],
    figures: {
      rounds: ROUNDS,
      serverDelayMs: SERVER_DELAY_MS,
      concurrency: CONCURRENCY,
      overOpenapiFetchGoal: OVER_OPENAPI_FETCH_GOAL,
      overOpenapiFetch,
      wallMs: Object.fromEntries(CONTENDERS.map(({ name }, index) => [name, wallMs[index]])),
    },
  };
}
