import { describe, expect, it, vi } from 'vitest';
import { DOCUMENTED_BUCKET_LIMIT } from '../src/generated/documented-bucket.ts';
import {
  createRyzeClient,
  NotFoundError,
  RateLimitError,
  type RateLimitEvent,
  RequestAbortedError,
  type RyzeClientOptions,
} from '../src/index.ts';
import { NOW_SECONDS, useFakeClock } from './fake-clock.ts';
import { envelope, fakeFetch, json, LEFT, type Reply, rateLimitHeaders } from './fake-fetch.ts';
import { serviceBucket } from './service-bucket.ts';

useFakeClock();

/** A 200 saying the bucket has `remaining` units until `resetIn` seconds from the start. */
const left = (remaining: number, resetIn: number) =>
  json(200, LEFT, rateLimitHeaders(NOW_SECONDS + resetIn, remaining));

function client(replies: Reply[], options: Partial<RyzeClientOptions> = {}) {
  const fetch = fakeFetch(...replies);
  return { client: createRyzeClient({ token: 't', fetch, ...options }), requests: fetch.requests };
}

const leave = (c: ReturnType<typeof createRyzeClient>, signal?: AbortSignal) =>
  c.groups.leave('i', { identifier: 'ABC123XYZ' }, { signal }).then(
    (data) => ({ data, error: undefined }),
    (error: unknown) => ({ data: undefined, error }),
  );

describe('a paced client (the default)', () => {
  it('waits for the reset instead of sending while the bucket is known to be empty', async () => {
    const { client: c, requests } = client([left(0, 5), left(99, 65)]);
    await leave(c);
    const second = leave(c);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    expect((await second).data).toEqual(LEFT);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shares the bucket among all calls of the client, in flight ones counted', async () => {
    const { client: c, requests } = client([left(2, 5), left(1, 5), left(0, 5), left(99, 70)]);
    await leave(c); // the bucket: 2 left
    const calls = [leave(c), leave(c), leave(c), leave(c)];
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(3); // the first, then the 2 units left
    await vi.advanceTimersByTimeAsync(4_999);
    expect(requests).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(calls);
    expect(requests).toHaveLength(5);
  });

  it('tells onRateLimit each time a call starts waiting, with the reset and how many wait', async () => {
    const events: RateLimitEvent[] = [];
    const { client: c } = client([left(0, 5), left(99, 70)], {
      onRateLimit: (event) => events.push(event),
    });
    await leave(c);
    const calls = [leave(c), leave(c), leave(c)];
    await vi.advanceTimersByTimeAsync(0);
    const resetAt = new Date((NOW_SECONDS + 5) * 1000);
    expect(events).toEqual([1, 2, 3].map((waiting) => ({ resetAt, waiting })));
    await vi.runAllTimersAsync();
    await Promise.all(calls);
    expect(events).toHaveLength(3);
  });

  it('counts requests still in flight at a reset as taken from the new window', async () => {
    // A request let go before the reset may reach the service after it, and take a unit of the
    // new window: a bucket of 3 with 2 such requests in flight has 1 unit left to send.
    const ofThree = (remaining: number, resetIn: number) =>
      json(200, LEFT, {
        ...rateLimitHeaders(NOW_SECONDS + resetIn, remaining),
        'X-RateLimit-Limit': '3',
      });
    const held: Array<() => void> = [];
    const late = () => new Promise<Response>((answer) => held.push(() => answer(ofThree(0, 10))));
    const { client: c, requests } = client([ofThree(2, 5), late, late, ofThree(0, 10)]);
    await leave(c);
    const calls = Array.from({ length: 5 }, () => leave(c));
    await vi.advanceTimersByTimeAsync(0);
    expect(requests).toHaveLength(3); // the first, then the 2 units left, still in flight
    await vi.advanceTimersByTimeAsync(5_000);
    expect(requests).toHaveLength(4); // the new window's 3 units, less the 2 in flight
    for (const answer of held) answer();
    await vi.advanceTimersByTimeAsync(4_999);
    expect(requests).toHaveLength(4);
    await vi.runAllTimersAsync();
    await Promise.all(calls);
    expect(requests).toHaveLength(6);
  });

  it('fails at once with RateLimitError, sending nothing, when the reset is beyond maxRetryWaitMs', async () => {
    const { client: c, requests } = client([left(0, 3600)]);
    await leave(c);
    const { error } = await leave(c);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ attempts: 0, resetAt: new Date((NOW_SECONDS + 3600) * 1000) });
    expect((error as Error).message).toBe(
      "The token's bucket is empty until 2026-01-01T01:00:00.000Z, beyond maxRetryWaitMs: nothing was sent",
    );
    expect(requests).toHaveLength(1);
  });

  it("lets the caller's signal cut the wait short, leaving no timer", async () => {
    const { client: c, requests } = client([left(0, 50)]);
    await leave(c);
    const controller = new AbortController();
    const waiting = leave(c, controller.signal);
    await vi.advanceTimersByTimeAsync(10_000);
    controller.abort();
    expect((await waiting).error).toBeInstanceOf(RequestAbortedError);
    expect(requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('retries a 429 that arrives anyway (another process, same token) after its reset', async () => {
    const { client: c, requests } = client([
      envelope(429, 'Rate limit exceeded. Try again later.', rateLimitHeaders(NOW_SECONDS + 2, 0)),
      left(99, 62),
    ]);
    const call = leave(c);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await call).data).toEqual(LEFT);
    expect(requests).toHaveLength(2);
  });

  it('uses every unit of a window while answers come back out of order', async () => {
    // An answer that comes back late carries an older count: the requests sent after it, still in
    // flight, are counted in it already or in a later answer, never twice.
    const service = serviceBucket(10, 2, [300, 10, 40, 10, 120, 10, 70]);
    const c = createRyzeClient({ token: 't', fetch: service.fetch });
    const batch = c.groups.leaveMany(
      'i',
      Array.from({ length: 20 }, (_, n) => `CODE${n}`),
      { concurrency: 4 },
    );
    await vi.runAllTimersAsync();
    expect((await batch).every(({ ok }) => ok)).toBe(true);
    expect(service.tooMany).toBe(0);
    expect(service.sentAt.filter((at) => at < service.firstResetMs)).toHaveLength(10);
  });

  it('starts from the bucket the spec documents: a fresh client sends its first calls at once', async () => {
    const fetch = fakeFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return left(50, 60);
    });
    const c = createRyzeClient({ token: 't', fetch });
    const calls = [leave(c), leave(c), leave(c)];
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch.requests).toHaveLength(3);
    await vi.runAllTimersAsync();
    await Promise.all(calls);
  });

  it('sends no more than the documented bucket before a first answer tells the real one', async () => {
    const fetch = fakeFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      return left(99, 60);
    });
    const c = createRyzeClient({ token: 't', fetch });
    const calls = Array.from({ length: DOCUMENTED_BUCKET_LIMIT + 5 }, () => leave(c));
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch.requests).toHaveLength(DOCUMENTED_BUCKET_LIMIT);
    await vi.runAllTimersAsync();
    expect((await Promise.all(calls)).every(({ error }) => error === undefined)).toBe(true);
  });

  it('adopts the first answers of a token partly spent elsewhere: its 429s are retried after the reset, then no more', async () => {
    // Another process left 2 units of the window: a fresh client's burst of 5 gets 3 × 429.
    const service = serviceBucket(5, 60, [50]);
    const elsewhere = Array.from({ length: 3 }, () => service.fetch(new Request('https://x/')));
    await vi.advanceTimersByTimeAsync(50);
    await Promise.all(elsewhere);
    const before = service.tooMany;
    const c = createRyzeClient({ token: 't', fetch: service.fetch });
    const batch = c.groups.leaveMany(
      'i',
      Array.from({ length: 8 }, (_, n) => `CODE${n}`),
      { concurrency: 5 },
    );
    await vi.runAllTimersAsync();
    expect((await batch).every(({ ok }) => ok)).toBe(true);
    expect(service.tooMany - before).toBe(3);
  });

  it('forgets the bucket when a response has no rate-limit headers', async () => {
    const bare = new Response(JSON.stringify(LEFT), { status: 200 });
    const { client: c, requests } = client([left(0, 50), bare, bare]);
    await leave(c);
    await vi.advanceTimersByTimeAsync(50_000);
    await leave(c);
    await leave(c);
    expect(requests).toHaveLength(3);
  });
});

describe('pacing: false', () => {
  it('sends whatever the bucket said', async () => {
    const { client: c, requests } = client([left(0, 5), left(0, 5)], { pacing: false });
    await leave(c);
    await leave(c);
    expect(requests).toHaveLength(2);
  });
});

describe('maxConcurrency', () => {
  it('keeps at most that many requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 100));
      inFlight--;
      return left(99, 60);
    };
    const { client: c, requests } = client([slow], { maxConcurrency: 2 });
    const calls = Array.from({ length: 5 }, () => leave(c));
    await vi.runAllTimersAsync();
    await Promise.all(calls);
    expect(requests).toHaveLength(5);
    expect(most).toBe(2);
  });

  it('must be a positive integer', () => {
    expect(() => createRyzeClient({ token: 't', maxConcurrency: 0 })).toThrow(
      'maxConcurrency must be an integer from 1 to 2147483647, got 0',
    );
  });
});

describe('groups.leaveMany', () => {
  const NOT_MEMBER = 'Group not found or you are not a member of this group';

  it('resolves to one result per identifier, in input order, a failure never rejecting', async () => {
    const answers: Record<string, Response> = {
      A1: left(99, 60),
      B2: envelope(404, NOT_MEMBER),
      C3: left(97, 60),
    };
    const fetch = fakeFetch(async (request) => {
      const id = new URL(request.url).searchParams.get('identifier') ?? '';
      // Later identifiers answer sooner: the order of results must not follow the answers.
      await new Promise((resolve) => setTimeout(resolve, id === 'A1' ? 30 : 10));
      return (answers[id] as Response).clone();
    });
    // Pacing off: the order of the answers is the fakes' alone.
    const c = createRyzeClient({ token: 't', fetch, pacing: false });
    const progress: [number, number, string][] = [];
    const batch = c.groups.leaveMany('i', ['A1', 'B2', 'C3'], {
      onProgress: ({ done, total, result }) => progress.push([done, total, result.identifier]),
    });
    await vi.runAllTimersAsync();
    const results = await batch;
    expect(results.map(({ identifier, ok }) => [identifier, ok])).toEqual([
      ['A1', true],
      ['B2', false],
      ['C3', true],
    ]);
    expect(results[0]).toEqual({ identifier: 'A1', ok: true, data: LEFT });
    expect(!results[1]?.ok && results[1]?.error).toBeInstanceOf(NotFoundError);
    expect(progress).toEqual([
      [1, 3, 'B2'],
      [2, 3, 'C3'],
      [3, 3, 'A1'],
    ]);
  });

  it('keeps to its concurrency', async () => {
    let inFlight = 0;
    let most = 0;
    const fetch = fakeFetch(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      return left(99, 60);
    });
    const batch = createRyzeClient({ token: 't', fetch }).groups.leaveMany(
      'i',
      Array.from({ length: 9 }, (_, n) => `CODE${n}`),
      { concurrency: 3 },
    );
    await vi.runAllTimersAsync();
    expect((await batch).every(({ ok }) => ok)).toBe(true);
    expect(most).toBe(3);
  });

  it('stops sending when aborted, and reports what was done', async () => {
    const controller = new AbortController();
    const fetch = fakeFetch(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return left(99, 60);
    });
    const batch = createRyzeClient({ token: 't', fetch, pacing: false }).groups.leaveMany(
      'i',
      ['A1', 'B2', 'C3', 'D4', 'E5'],
      { concurrency: 2, signal: controller.signal },
    );
    await vi.advanceTimersByTimeAsync(10); // A1 and B2 done, C3 and D4 sent
    controller.abort();
    await vi.runAllTimersAsync();
    const results = await batch;
    expect(results.map(({ ok }) => ok)).toEqual([true, true, false, false, false]);
    for (const result of results.slice(2)) {
      expect(!result.ok && result.error).toBeInstanceOf(RequestAbortedError);
    }
    expect(fetch.requests).toHaveLength(4);
  });

  it('an empty list resolves to no results', async () => {
    const fetch = fakeFetch(left(99, 60));
    await expect(
      createRyzeClient({ token: 't', fetch }).groups.leaveMany('i', []),
    ).resolves.toEqual([]);
    expect(fetch.requests).toHaveLength(0);
  });
});
