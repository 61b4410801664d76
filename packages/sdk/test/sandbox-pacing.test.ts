/**
 * Pacing end to end: the SDK against the stateful sandbox (real HTTP on loopback, the real
 * fixed-window bucket) with a short window. Nothing here asserts a duration: only what was sent,
 * what was answered and what the sandbox's state became.
 */
import { type RunningSandbox, startSandbox } from '@ryzeapi/sandbox';
import { bulkLeaveFixtures } from '@ryzeapi/test-support/bulk-leave-fixtures';
import { afterEach, describe, expect, it } from 'vitest';
import { createRyzeClient, type Fetch, type RateLimitEvent } from '../src/index.ts';

const { fixtures, instance, token, jids } = bulkLeaveFixtures(12);
// 4 requests per 1 s window: 12 leaves span three windows.
const BUCKET = { rateLimit: 4, rateWindowSeconds: 1 };

let sandbox: RunningSandbox | undefined;
afterEach(async () => {
  await sandbox?.stop();
});

/** The runtime fetch, counting the statuses it receives. */
function countingFetch() {
  const statuses: number[] = [];
  const fetch: Fetch = async (request) => {
    const response = await globalThis.fetch(request);
    statuses.push(response.status);
    return response;
  };
  return { fetch, statuses };
}

describe('against the sandbox, with a short window', () => {
  it('a paced leaveMany leaves every group, with no 429 after its first burst', async () => {
    sandbox = await startSandbox({ port: 0, fixtures, ...BUCKET });
    const { fetch, statuses } = countingFetch();
    const events: RateLimitEvent[] = [];
    const client = createRyzeClient({
      token,
      baseUrl: sandbox.url,
      fetch,
      onRateLimit: (event) => events.push(event),
    });
    const results = await client.groups.leaveMany(instance, jids, { concurrency: 6 });
    expect(results.map(({ ok }) => ok)).toEqual(jids.map(() => true));
    // A fresh client assumes the documented bucket (100) until the first answers: of its first 6
    // requests, the 2 beyond this sandbox's 4 are answered 429 and retried after the reset.
    const tooMany = statuses.filter((status) => status === 429).length;
    expect(tooMany).toBeLessThanOrEqual(2);
    expect(statuses.slice(6).filter((status) => status === 429)).toEqual([]);
    expect(statuses).toHaveLength(jids.length + tooMany);
    expect(events.length).toBeGreaterThan(0);
    for (const jid of jids) expect(sandbox.state.isMember(instance, jid)).toBe(false);
  });

  it('the same leaves with pacing off receive 429s and retry them (the reactive way)', async () => {
    sandbox = await startSandbox({ port: 0, fixtures, ...BUCKET });
    const { fetch, statuses } = countingFetch();
    const client = createRyzeClient({
      token,
      baseUrl: sandbox.url,
      fetch,
      pacing: false,
      maxRetries: 10,
    });
    const results = await client.groups.leaveMany(instance, jids, { concurrency: 6 });
    expect(results.every(({ ok }) => ok)).toBe(true);
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
  });

  it("a 429 caused by another client of the token is retried after the bucket's reset", async () => {
    sandbox = await startSandbox({ port: 0, fixtures, ...BUCKET });
    // Another process drains the bucket the paced client has not seen yet.
    const other = createRyzeClient({ token, baseUrl: sandbox.url, pacing: false, maxRetries: 0 });
    await Promise.all(
      jids.slice(0, 4).map((jid) => other.groups.leave(instance, { identifier: jid })),
    );
    const { fetch, statuses } = countingFetch();
    const client = createRyzeClient({ token, baseUrl: sandbox.url, fetch });
    const { data, attempts } = await client.groups
      .leave(instance, { identifier: jids[4] as string })
      .withResponse();
    expect(data.groupJid).toBe(jids[4]);
    expect(statuses).toEqual([429, 200]);
    expect(attempts).toBe(2);
  });
});
