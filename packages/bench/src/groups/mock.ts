import { performance } from 'node:perf_hooks';
import { startMock } from '@ryzeapi/mock';
import autocannon from 'autocannon';
import type { CannedResponse } from '../canned-response.ts';
import { type RunningServer, startCannedServer } from '../canned-server-process.ts';
import { CONCURRENCY } from '../concurrency.ts';
import type { GroupResult } from '../group-result.ts';
import {
  type LatencySummary,
  type RunSummary,
  ratio,
  summarizeLatencies,
  summarizeRuns,
} from '../stats.ts';
import { formatCount, formatDuration, formatRange, formatRatio } from '../table.ts';

const START_RUNS = 5;
const LOAD = { warmupSeconds: 1, runs: 3, runSeconds: 3, connections: CONCURRENCY };
const LEAVE_PATH = '/api/group/leave/my-instance?identifier=120363406289005073%40g.us';
const REQUEST = { method: 'DELETE', headers: { token: 'bench-token' } };
/** Headers each server writes for itself, so not part of the canned bytes. */
const PER_CONNECTION_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);

/** Sends the benchmark's Leave Group request and returns the answer, which must be a 200. */
async function leave(server: RunningServer): Promise<CannedResponse> {
  const response = await fetch(server.url + LEAVE_PATH, REQUEST);
  const body = await response.text();
  if (response.status !== 200) {
    throw new Error(
      `Expected a 200 from ${server.url}${LEAVE_PATH}, got ${response.status}: ${body}`,
    );
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!PER_CONNECTION_HEADERS.has(name)) headers[name] = value;
  });
  return { status: response.status, headers, body };
}

/** Milliseconds from asking for a server to its first answer, `START_RUNS` times. */
async function timeToFirstAnswer(start: () => Promise<RunningServer>): Promise<RunSummary> {
  const times: number[] = [];
  for (let run = 0; run < START_RUNS; run++) {
    const started = performance.now();
    const server = await start();
    try {
      await leave(server);
      times.push(performance.now() - started);
    } finally {
      await server.stop();
    }
  }
  return summarizeRuns(times);
}

interface LoadResult {
  name: string;
  perSecond: RunSummary;
  latencyMs: LatencySummary;
}

/** One autocannon run; latencies come from its response events, which keep their fractions of a millisecond. */
async function cannonade(
  url: string,
  seconds: number,
): Promise<{ perSecond: number; latenciesMs: number[] }> {
  const latenciesMs: number[] = [];
  const instance = autocannon({
    url: url + LEAVE_PATH,
    ...REQUEST,
    connections: LOAD.connections,
    duration: seconds,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode === 200) latenciesMs.push(responseTimeMs);
  });
  const result = await instance;
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(
      `autocannon against ${url} saw ${result.errors} connection errors and ${result.non2xx} non-2xx answers ` +
        `(${JSON.stringify(result.statusCodeStats)}): the figure would not be of the 200 path.`,
    );
  }
  return { perSecond: latenciesMs.length / result.duration, latenciesMs };
}

/** autocannon against each server in turn: a warm-up, then `LOAD.runs` measured runs each. */
async function loadTest(targets: readonly { name: string; url: string }[]): Promise<LoadResult[]> {
  for (const target of targets) await cannonade(target.url, LOAD.warmupSeconds);
  const runs = targets.map(() => [] as { perSecond: number; latenciesMs: number[] }[]);
  for (let run = 0; run < LOAD.runs; run++) {
    for (let turn = 0; turn < targets.length; turn++) {
      const index = (run + turn) % targets.length;
      runs[index]?.push(await cannonade((targets[index] as { url: string }).url, LOAD.runSeconds));
    }
  }
  return targets.map((target, index) => {
    const measured = runs[index] as { perSecond: number; latenciesMs: number[] }[];
    return {
      name: target.name,
      perSecond: summarizeRuns(measured.map((run) => run.perSecond)),
      latencyMs: summarizeLatencies(measured.flatMap((run) => run.latenciesMs)),
    };
  });
}

/**
 * The Prism mock as CI jobs use it: how long from `startMock()` to its first answer, and how
 * many requests per second it serves at a fixed concurrency, next to a bare `node:http` server
 * sending the very bytes the mock sent (the physical limit of this machine).
 */
export async function mockServer(): Promise<GroupResult> {
  const mock = await startMock();
  let canned: CannedResponse;
  let load: LoadResult[];
  let bare: RunningServer | undefined;
  try {
    canned = await leave(mock);
    bare = await startCannedServer(canned);
    load = await loadTest([
      { name: 'bare node:http, same bytes', url: bare.url },
      { name: '@ryzeapi/mock (Prism)', url: mock.url },
    ]);
  } finally {
    await bare?.stop();
    await mock.stop();
  }
  const startup = [
    {
      name: 'bare node:http process (tsx)',
      summary: await timeToFirstAnswer(() => startCannedServer(canned)),
    },
    { name: '@ryzeapi/mock: startMock()', summary: await timeToFirstAnswer(() => startMock()) },
  ];

  const baseline = load[0] as LoadResult;
  const startBaseline = (startup[0] as { summary: RunSummary }).summary.median;
  return {
    id: 'mock',
    title: 'Mock: start-up and throughput against a bare node:http server',
    tables: [
      {
        caption: `time from start to the first answered Leave Group request, ${START_RUNS} runs`,
        table: {
          columns: [
            { title: 'server' },
            { title: 'median', align: 'right' },
            { title: 'min–max', align: 'right' },
            { title: 'vs bare', align: 'right' },
          ],
          rows: startup.map(({ name, summary }) => [
            name,
            formatDuration(summary.median),
            formatRange(summary.min, summary.max, formatDuration),
            formatRatio(ratio(summary.median, startBaseline)),
          ]),
        },
      },
      {
        caption: `autocannon, ${LOAD.connections} connections, ${LOAD.runs} runs of ${LOAD.runSeconds} s after ${LOAD.warmupSeconds} s of warm-up each; the same 200 response from both`,
        table: {
          columns: [
            { title: 'server' },
            { title: 'req/s (median)', align: 'right' },
            { title: 'req/s min–max', align: 'right' },
            { title: 'latency p50', align: 'right' },
            { title: 'latency p99', align: 'right' },
            { title: 'req/s vs bare', align: 'right' },
          ],
          rows: load.map((result) => [
            result.name,
            formatCount(result.perSecond.median),
            formatRange(result.perSecond.min, result.perSecond.max, formatCount),
            formatDuration(result.latencyMs.p50),
            formatDuration(result.latencyMs.p99),
            formatRatio(ratio(result.perSecond.median, baseline.perSecond.median)),
          ]),
        },
      },
    ],
    notes: [
      `autocannon runs in the benchmark's process; each server in its own. Response body: ${canned.body.length} bytes.`,
    ],
    figures: { startRuns: START_RUNS, load: LOAD, startup, throughput: load },
  };
}
