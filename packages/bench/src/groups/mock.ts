import { startMock } from '@ryzeapi/mock';
import type { CannedResponse } from '../canned-response.ts';
import { type RunningServer, startCannedServer } from '../canned-server-process.ts';
import type { GroupResult } from '../group-result.ts';
import {
  answerOf,
  type BenchRequest,
  LOAD,
  type LoadResult,
  loadTest,
  START_RUNS,
  startupTable,
  throughputTable,
  timeToFirstAnswer,
} from '../server-load.ts';

const REQUEST: BenchRequest = {
  path: '/api/group/leave/my-instance?identifier=120363406289005073%40g.us',
  method: 'DELETE',
  headers: { token: 'bench-token' },
  status: 200,
};

const BARE_PROCESS = 'bare node:http process (tsx)';
const BARE_SERVER = 'bare node:http, same bytes';

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
    canned = await answerOf(mock.url, REQUEST);
    bare = await startCannedServer(canned);
    load = await loadTest([
      { name: BARE_SERVER, url: bare.url, request: REQUEST },
      { name: '@ryzeapi/mock (Prism)', url: mock.url, request: REQUEST },
    ]);
  } finally {
    await bare?.stop();
    await mock.stop();
  }
  const startup = [
    {
      name: BARE_PROCESS,
      summary: await timeToFirstAnswer(() => startCannedServer(canned), REQUEST),
    },
    {
      name: '@ryzeapi/mock: startMock()',
      summary: await timeToFirstAnswer(() => startMock(), REQUEST),
    },
  ];

  return {
    id: 'mock',
    title: 'Mock: start-up and throughput against a bare node:http server',
    tables: [
      startupTable(startup, [{ title: 'vs bare', against: BARE_PROCESS }]),
      throughputTable(
        load,
        [{ title: 'req/s vs bare', against: BARE_SERVER }],
        'the same 200 response from both',
      ),
    ],
    notes: [
      `autocannon runs in the benchmark's process; each server in its own. Response body: ${canned.body.length} bytes.`,
    ],
    figures: { startRuns: START_RUNS, load: LOAD, startup, throughput: load },
  };
}
