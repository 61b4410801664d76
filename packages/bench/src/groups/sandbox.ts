import { startMock } from '@ryzeapi/mock';
import { startSandbox } from '@ryzeapi/sandbox';
import { type RunningServer, startCannedServer } from '../canned-server-process.ts';
import type { GroupResult } from '../group-result.ts';
import { startSandboxProcess } from '../sandbox-process.ts';
import {
  answerOf,
  type BenchRequest,
  LOAD,
  type LoadResult,
  loadTest,
  START_RUNS,
  type StartupResult,
  startupTable,
  throughputTable,
  timeToFirstAnswer,
} from '../server-load.ts';
import { ratio } from '../stats.ts';
import { formatRatio } from '../table.ts';

/**
 * The same answer from every server: 404 `Group not found or you are not a member of this
 * group`. The sandbox gives it for a group of another instance (its state never changes, so
 * every request does the full work: validation, the token, the bucket, the instance, the group);
 * Prism is asked for it with `Prefer`.
 */
const PATH = '/api/group/leave/my-instance?identifier=120363400000000300%40g.us';
const SANDBOX_REQUEST: BenchRequest = {
  path: PATH,
  method: 'DELETE',
  headers: { token: 'sandbox-token-my-instance' },
  status: 404,
};
const MOCK_REQUEST: BenchRequest = {
  ...SANDBOX_REQUEST,
  headers: { token: 'bench-token', Prefer: 'code=404, example=notMember' },
};
/** A bucket that never empties during the run, so every answer is the 404 and not a 429. */
const UNLIMITED = ['--rate-limit', String(Number.MAX_SAFE_INTEGER)];

const BARE_PROCESS = 'bare node:http process (tsx)';
const SANDBOX_PROCESS = '@ryzeapi/sandbox: CLI process';
const MOCK_START = '@ryzeapi/mock: startMock()';
const BARE_SERVER = 'bare node:http, same bytes';
const SANDBOX_SERVER = '@ryzeapi/sandbox';
const MOCK_SERVER = '@ryzeapi/mock (Prism)';

/**
 * The sandbox against the Prism mock and a bare `node:http` server, in one run: time from start
 * to the first answer, and throughput at a fixed concurrency. Goals: at least 3× Prism's
 * throughput, at most half its start-up time.
 */
export async function sandboxServer(): Promise<GroupResult> {
  let load: LoadResult[];
  const servers: RunningServer[] = [];
  let body: string;
  try {
    const sandbox = await startSandboxProcess(UNLIMITED);
    servers.push(sandbox);
    const canned = await answerOf(sandbox.url, SANDBOX_REQUEST);
    body = canned.body;
    const [bare, mock] = await Promise.all([startCannedServer(canned), startMock()]);
    servers.push(bare, mock);
    const mockAnswer = await answerOf(mock.url, MOCK_REQUEST);
    if (mockAnswer.body !== canned.body) {
      throw new Error(`The mock and the sandbox answer differently: ${mockAnswer.body} vs ${body}`);
    }
    load = await loadTest([
      { name: BARE_SERVER, url: bare.url, request: SANDBOX_REQUEST },
      { name: SANDBOX_SERVER, url: sandbox.url, request: SANDBOX_REQUEST },
      { name: MOCK_SERVER, url: mock.url, request: MOCK_REQUEST },
    ]);
    const startup: StartupResult[] = [
      {
        name: BARE_PROCESS,
        summary: await timeToFirstAnswer(() => startCannedServer(canned), SANDBOX_REQUEST),
      },
      {
        name: SANDBOX_PROCESS,
        summary: await timeToFirstAnswer(() => startSandboxProcess(UNLIMITED), SANDBOX_REQUEST),
      },
      {
        name: '@ryzeapi/sandbox: startSandbox() in process',
        summary: await timeToFirstAnswer(() => startSandbox(), SANDBOX_REQUEST),
      },
      { name: MOCK_START, summary: await timeToFirstAnswer(() => startMock(), MOCK_REQUEST) },
    ];
    return result(startup, load, body);
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

function result(startup: StartupResult[], load: LoadResult[], body: string): GroupResult {
  const median = (name: string) => {
    const row = startup.find((candidate) => candidate.name === name);
    return row?.summary.median ?? Number.NaN;
  };
  const perSecond = (name: string) =>
    load.find((candidate) => candidate.name === name)?.perSecond.median ?? Number.NaN;
  const throughputRatio = ratio(perSecond(SANDBOX_SERVER), perSecond(MOCK_SERVER));
  const startupRatio = ratio(median(SANDBOX_PROCESS), median(MOCK_START));
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  return {
    id: 'sandbox',
    title: 'Sandbox: start-up and throughput against the Prism mock and a bare node:http server',
    tables: [
      startupTable(startup, [
        { title: 'vs bare', against: BARE_PROCESS },
        { title: 'vs Prism', against: MOCK_START },
      ]),
      throughputTable(
        load,
        [
          { title: 'req/s vs bare', against: BARE_SERVER },
          { title: 'req/s vs Prism', against: MOCK_SERVER },
        ],
        'the same 404 answer from all three (Prism asked for it with Prefer)',
      ),
    ],
    notes: [
      `Goal: throughput at least ×3 Prism's: ×${throughputRatio.toFixed(2)}, ${verdict(throughputRatio >= 3)}.`,
      `Goal: start-up at most half of Prism's (CLI process against startMock()): ${formatRatio(startupRatio)}, ${verdict(startupRatio <= 0.5)}.`,
      `autocannon runs in the benchmark's process; each server in its own. Response body: ${body.length} bytes.`,
    ],
    figures: { startRuns: START_RUNS, load: LOAD, startup, throughput: load },
  };
}
