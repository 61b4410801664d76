import { performance } from 'node:perf_hooks';
import { startSandbox } from '@ryzeapi/sandbox';
import { createRyzeClient, type Fetch } from '@ryzeapi/sdk';
import { bulkLeaveFixtures } from '@ryzeapi/test-support/bulk-leave-fixtures';
import type { GroupResult } from '../group-result.ts';
import { figure, formatCount, formatDuration, formatRatio, tableOf } from '../table.ts';

/** 300 leaves under a bucket of 100 per 2 s: three windows, so the floor is two windows. */
const LEAVES = 300;
const BUCKET = { rateLimit: 100, rateWindowSeconds: 2 };
const CONCURRENCY = 10;
/** The least time the bucket allows: every window but the last must pass in full. */
const FLOOR_MS = (Math.ceil(LEAVES / BUCKET.rateLimit) - 1) * BUCKET.rateWindowSeconds * 1000;

interface Run {
  wallMs: number;
  left: number;
  sent: number;
  tooMany: number;
}

type Contender = {
  name: string;
  /** The Reset-bound baseline: the best a client waiting for X-RateLimit-Reset can do. */
  resetBound?: true;
  run: (
    target: { baseUrl: string; token: string; instance: string; jids: string[] },
    fetch: Fetch,
  ) => Promise<number>;
};

/** One leave, as hand-written code sends it. */
function leaveRequest(baseUrl: string, token: string, instance: string, jid: string): Request {
  const url = `${baseUrl}/api/group/leave/${encodeURIComponent(instance)}?identifier=${encodeURIComponent(jid)}`;
  return new Request(url, { method: 'DELETE', headers: { token } });
}

const CONTENDERS: readonly Contender[] = [
  {
    name: `@ryzeapi/sdk leaveMany, paced (concurrency ${CONCURRENCY})`,
    run: async ({ baseUrl, token, instance, jids }, fetch) => {
      const client = createRyzeClient({ baseUrl, token, fetch });
      const results = await client.groups.leaveMany(instance, jids, { concurrency: CONCURRENCY });
      return results.filter(({ ok }) => ok).length;
    },
  },
  {
    name: `@ryzeapi/sdk leaveMany, pacing: false (retries 429s, concurrency ${CONCURRENCY})`,
    run: async ({ baseUrl, token, instance, jids }, fetch) => {
      const client = createRyzeClient({ baseUrl, token, fetch, pacing: false });
      const results = await client.groups.leaveMany(instance, jids, { concurrency: CONCURRENCY });
      return results.filter(({ ok }) => ok).length;
    },
  },
  {
    // What any client that waits for X-RateLimit-Reset can do at best: it knows the bucket's size
    // and that nothing else uses the token, sends exactly that many per window, then waits for
    // the Reset of the window's last answer (whole seconds, rounded up by the service).
    name: `hand-written fetch, ${BUCKET.rateLimit} per window then wait for Reset (concurrency ${CONCURRENCY})`,
    resetBound: true,
    run: async ({ baseUrl, token, instance, jids }, fetch) => {
      let left = 0;
      for (let start = 0; start < jids.length; start += BUCKET.rateLimit) {
        const window = jids.slice(start, start + BUCKET.rateLimit);
        let resetMs = 0;
        const worker = async () => {
          for (let jid = window.pop(); jid !== undefined; jid = window.pop()) {
            const response = await fetch(leaveRequest(baseUrl, token, instance, jid));
            await response.arrayBuffer();
            if (response.status === 200) left++;
            resetMs = Math.max(resetMs, Number(response.headers.get('X-RateLimit-Reset')) * 1000);
          }
        };
        await Promise.all(Array.from({ length: CONCURRENCY }, worker));
        if (start + BUCKET.rateLimit < jids.length) {
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, resetMs - Date.now())));
        }
      }
      return left;
    },
  },
  {
    name: 'Promise.all over hand-written fetch (no retries)',
    run: async ({ baseUrl, token, instance, jids }, fetch) => {
      const statuses = await Promise.all(
        jids.map(async (jid) => {
          const response = await fetch(leaveRequest(baseUrl, token, instance, jid));
          await response.arrayBuffer();
          return response.status;
        }),
      );
      return statuses.filter((status) => status === 200).length;
    },
  },
];

/**
 * Bulk: 300 leaves against the sandbox with a short bucket, for the paced SDK, the SDK reacting
 * to 429s, and Promise.all over fetch. Each starts from fresh fixtures and a fresh bucket.
 */
export async function bulk(): Promise<GroupResult> {
  const { fixtures, instance, token, jids } = bulkLeaveFixtures(LEAVES);
  const sandbox = await startSandbox({ port: 0, fixtures, ...BUCKET });
  const runs: (Run & { name: string; resetBound: boolean })[] = [];
  try {
    for (const contender of CONTENDERS) {
      sandbox.reset();
      let sent = 0;
      let tooMany = 0;
      const fetch: Fetch = async (request) => {
        sent++;
        const response = await globalThis.fetch(request);
        if (response.status === 429) tooMany++;
        return response;
      };
      // Every contender starts at the same fraction of a second: where a window ends between two
      // whole seconds decides how much of the Reset's rounding a client waits out.
      await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000)));
      const started = performance.now();
      const left = await contender.run({ baseUrl: sandbox.url, token, instance, jids }, fetch);
      const wallMs = performance.now() - started;
      runs.push({
        name: contender.name,
        resetBound: contender.resetBound === true,
        wallMs,
        left,
        sent,
        tooMany,
      });
    }
  } finally {
    await sandbox.stop();
  }
  const paced = runs[0] as Run;
  const resetBound = runs.find((run) => run.resetBound) as Run;
  return {
    id: 'bulk',
    title: `Bulk: ${LEAVES} leaves against the sandbox, bucket of ${BUCKET.rateLimit} per ${BUCKET.rateWindowSeconds} s`,
    tables: [
      {
        caption: `Wall time against the bucket's floor (${formatDuration(FLOOR_MS)}: ${Math.ceil(LEAVES / BUCKET.rateLimit) - 1} windows must pass in full), one run each`,
        table: tableOf(runs, [
          { title: 'contender', cell: (run) => run.name },
          figure('wall time', (run) => formatDuration(run.wallMs)),
          figure('× floor', (run) => formatRatio(run.wallMs / FLOOR_MS)),
          figure('× Reset-bound', (run) => formatRatio(run.wallMs / resetBound.wallMs)),
          figure('groups left', (run) => `${formatCount(run.left)}/${LEAVES}`),
          figure('requests sent', (run) => formatCount(run.sent)),
          figure('429s received', (run) => formatCount(run.tooMany)),
        ]),
      },
    ],
    notes: [
      `Goal: paced ≤ ×1.05 of the floor with no 429: ×${(paced.wallMs / FLOOR_MS).toFixed(2)}, ${paced.tooMany} 429s; ×${(paced.wallMs / resetBound.wallMs).toFixed(2)} of the Reset-bound client.`,
      'X-RateLimit-Reset is in whole seconds, rounded up by the service (and the sandbox): a client',
      'that waits for it, as documented, starts each new window up to 1 s after it opened, and the',
      'window it opens then ends just after a whole second, so its Reset is nearly 1 s later again.',
      'The floor also leaves out the time to send the last window. The Reset-bound client pays both:',
      "it is the best a client obeying Reset does at this concurrency, told the bucket's size.",
    ],
    figures: { floorMs: FLOOR_MS, bucket: BUCKET, leaves: LEAVES, runs },
  };
}
