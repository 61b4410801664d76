import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { CannedResponse } from './canned-response.ts';
import type { RunningServer } from './canned-server-process.ts';
import { CONCURRENCY } from './concurrency.ts';
import {
  type LatencySummary,
  type RunSummary,
  ratio,
  summarizeLatencies,
  summarizeRuns,
} from './stats.ts';
import {
  figure,
  formatCount,
  formatDuration,
  formatRatio,
  spreadFields,
  tableOf,
} from './table.ts';

/** How many times each server is started, and how each is loaded. */
export const START_RUNS = 5;
export const LOAD = { warmupSeconds: 1, runs: 3, runSeconds: 3, connections: CONCURRENCY };

/** A request to benchmark a server with, and the one status every answer must have. */
export interface BenchRequest {
  path: string;
  method: string;
  headers: Record<string, string>;
  status: number;
}

/** Headers each server writes for itself, so not part of the canned bytes. */
const PER_CONNECTION_HEADERS = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
]);

/** Sends `request` and returns the answer, which must have the request's status. */
export async function answerOf(url: string, request: BenchRequest): Promise<CannedResponse> {
  const response = await fetch(url + request.path, request);
  const body = await response.text();
  if (response.status !== request.status) {
    throw new Error(
      `Expected a ${request.status} from ${url}${request.path}, got ${response.status}: ${body}`,
    );
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!PER_CONNECTION_HEADERS.has(name)) headers[name] = value;
  });
  return { status: response.status, headers, body };
}

/** Milliseconds from asking for a server to its first answer to `request`, `START_RUNS` times. */
export async function timeToFirstAnswer(
  start: () => Promise<RunningServer>,
  request: BenchRequest,
): Promise<RunSummary> {
  const times: number[] = [];
  for (let run = 0; run < START_RUNS; run++) {
    const started = performance.now();
    const server = await start();
    try {
      await answerOf(server.url, request);
      times.push(performance.now() - started);
    } finally {
      await server.stop();
    }
  }
  return summarizeRuns(times);
}

export interface LoadTarget {
  name: string;
  url: string;
  request: BenchRequest;
}

export interface LoadResult {
  name: string;
  perSecond: RunSummary;
  latencyMs: LatencySummary;
}

/** One autocannon run; latencies come from its response events, which keep their fractions of a millisecond. */
async function cannonade(
  target: LoadTarget,
  seconds: number,
): Promise<{ perSecond: number; latenciesMs: number[] }> {
  const latenciesMs: number[] = [];
  const { path, method, headers, status } = target.request;
  const instance = autocannon({
    url: target.url + path,
    method,
    headers,
    connections: LOAD.connections,
    duration: seconds,
  });
  instance.on('response', (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode === status) latenciesMs.push(responseTimeMs);
  });
  const result = await instance;
  const otherStatuses = Object.keys(result.statusCodeStats).filter(
    (code) => Number(code) !== status,
  );
  if (result.errors > 0 || otherStatuses.length > 0) {
    throw new Error(
      `autocannon against ${target.url} saw ${result.errors} connection errors and answers ` +
        `${JSON.stringify(result.statusCodeStats)}: the figure would not be of the ${status} path.`,
    );
  }
  return { perSecond: latenciesMs.length / result.duration, latenciesMs };
}

/** autocannon against each target in turn: a warm-up, then `LOAD.runs` measured runs each. */
export async function loadTest(targets: readonly LoadTarget[]): Promise<LoadResult[]> {
  for (const target of targets) await cannonade(target, LOAD.warmupSeconds);
  const runs = targets.map(() => [] as { perSecond: number; latenciesMs: number[] }[]);
  for (let run = 0; run < LOAD.runs; run++) {
    for (let turn = 0; turn < targets.length; turn++) {
      const index = (run + turn) % targets.length;
      runs[index]?.push(await cannonade(targets[index] as LoadTarget, LOAD.runSeconds));
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

export interface StartupResult {
  name: string;
  summary: RunSummary;
}

/** A ratio column: each row's figure over the figure of the row named `against`. */
export interface RatioColumn {
  title: string;
  against: string;
}

function baselineOf<T extends { name: string }>(rows: readonly T[], against: string): T {
  const row = rows.find((candidate) => candidate.name === against);
  if (!row) throw new Error(`No row named ${JSON.stringify(against)} to compare with`);
  return row;
}

/** The start-up table: median and range of each server's time to its first answer, with ratios. */
export function startupTable(rows: readonly StartupResult[], ratios: readonly RatioColumn[]) {
  return {
    caption: `time from start to the first answered Leave Group request, ${START_RUNS} runs`,
    table: tableOf(rows, [
      { title: 'server', cell: ({ name }) => name },
      ...spreadFields(undefined, ({ summary }: StartupResult) => summary, formatDuration),
      ...ratios.map(({ title, against }) =>
        figure<StartupResult>(title, ({ summary }) =>
          formatRatio(ratio(summary.median, baselineOf(rows, against).summary.median)),
        ),
      ),
    ]),
  };
}

/** The throughput table: requests per second and latencies of each server, with ratios. */
export function throughputTable(
  rows: readonly LoadResult[],
  ratios: readonly RatioColumn[],
  answer: string,
) {
  return {
    caption: `autocannon, ${LOAD.connections} connections, ${LOAD.runs} runs of ${LOAD.runSeconds} s after ${LOAD.warmupSeconds} s of warm-up each; ${answer}`,
    table: tableOf(rows, [
      { title: 'server', cell: (result) => result.name },
      ...spreadFields('req/s', (result: LoadResult) => result.perSecond, formatCount),
      figure('latency p50', (result) => formatDuration(result.latencyMs.p50)),
      figure('latency p99', (result) => formatDuration(result.latencyMs.p99)),
      ...ratios.map(({ title, against }) =>
        figure<LoadResult>(title, (result) =>
          formatRatio(ratio(result.perSecond.median, baselineOf(rows, against).perSecond.median)),
        ),
      ),
    ]),
  };
}
