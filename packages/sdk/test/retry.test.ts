import { describe, expect, it, vi } from 'vitest';
import {
  AuthenticationError,
  ConnectionError,
  createRyzeClient,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  RequestAbortedError,
  RequestTimeoutError,
  type RyzeClientOptions,
} from '../src/index.ts';
import { backoffDelayMs } from '../src/retry.ts';
import { NOW_SECONDS, useFakeClock } from './fake-clock.ts';
import {
  envelope,
  fakeFetch,
  hang,
  json,
  LEFT,
  type Reply,
  rateLimitHeaders,
} from './fake-fetch.ts';

useFakeClock();

const NOT_MEMBER = 'Group not found or you are not a member of this group';
const connectionRefused = () =>
  new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });

/** Starts a leave against the replies; returns its settled outcome and the recorded requests. */
function leave(replies: Reply[], options: Partial<RyzeClientOptions> = {}, signal?: AbortSignal) {
  const fetch = fakeFetch(...replies);
  const client = createRyzeClient({ token: 't', fetch, ...options });
  const outcome = client.groups
    .leave('my-instance', { identifier: '120363406289005073@g.us' }, { signal })
    .withResponse()
    .then(
      (result) => ({ result, error: undefined }),
      (error: unknown) => ({ result: undefined, error }),
    );
  return { outcome, requests: fetch.requests };
}

describe('retries', () => {
  it.each([
    ['a 500', () => envelope(500, 'Internal server error')],
    ['a 502 from a proxy', () => new Response('<html>Bad Gateway</html>', { status: 502 })],
    ['a 503', () => envelope(503, 'Instance is not connected to WhatsApp')],
    ['a refused connection', connectionRefused],
  ])(
    'retry after %s, up to maxRetries (default 2), then throw the last failure',
    async (_, failure) => {
      const { outcome, requests } = leave([failure()]);
      await vi.runAllTimersAsync();
      const { error } = await outcome;
      expect(requests).toHaveLength(3);
      expect(error).toMatchObject({ attempts: 3 });
      expect((error as Error).message).toContain('after 3 attempts');
    },
  );

  it('succeed when a retry succeeds, and report the attempts', async () => {
    const { outcome, requests } = leave([envelope(500, 'x'), connectionRefused(), json(200, LEFT)]);
    await vi.runAllTimersAsync();
    const { result } = await outcome;
    expect(result?.data).toEqual(LEFT);
    expect(result?.attempts).toBe(3);
    expect(requests).toHaveLength(3);
  });

  it.each([
    [400, 'Identifier is required'],
    [401, 'Invalid token'],
    [403, 'Not allowed to leave this group'],
    [404, NOT_MEMBER],
    [422, 'Unprocessable'],
  ])('do not retry a %s', async (status, message) => {
    const { outcome, requests } = leave([envelope(status, message), json(200, LEFT)]);
    await vi.runAllTimersAsync();
    const { error } = await outcome;
    expect(requests).toHaveLength(1);
    expect(error).toMatchObject({ status, attempts: 1 });
  });

  it('maxRetries: 0 sends one request only', async () => {
    const { outcome, requests } = leave([envelope(500, 'x'), json(200, LEFT)], { maxRetries: 0 });
    const { error } = await outcome;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(1);
  });

  it('a per-call maxRetries overrides the client', async () => {
    const fetch = fakeFetch(envelope(500, 'x'));
    const client = createRyzeClient({ token: 't', fetch, maxRetries: 5 });
    const outcome = client.groups
      .leave('i', { identifier: 'ABC123XYZ' }, { maxRetries: 1 })
      .catch((e: unknown) => e);
    await vi.runAllTimersAsync();
    expect(await outcome).toMatchObject({ attempts: 2 });
    expect(fetch.requests).toHaveLength(2);
  });

  it('wait 375 to 500 ms before the first retry, then 750 to 1000 ms (jittered backoff)', async () => {
    const { outcome, requests } = leave([envelope(500, 'x'), envelope(500, 'x'), json(200, LEFT)]);
    await vi.advanceTimersByTimeAsync(374);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(126); // 500 ms
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(624); // 1124 ms: before 375 + 750 at the earliest
    expect(requests).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(376); // 1500 ms: after 500 + 1000 at the latest
    expect(requests).toHaveLength(3);
    expect((await outcome).result?.data).toEqual(LEFT);
  });
});

describe('backoffDelayMs', () => {
  it.each([
    { retry: 0, random: 0, want: 500 },
    { retry: 0, random: 1, want: 375 },
    { retry: 1, random: 0, want: 1000 },
    { retry: 3, random: 0.5, want: 3500 },
    { retry: 4, random: 0, want: 8000 },
    { retry: 10, random: 0, want: 8000 },
    { retry: 10, random: 1, want: 6000 },
  ])('retry $retry, random $random → $want ms', ({ retry, random, want }) => {
    expect(backoffDelayMs(retry, () => random)).toBe(want);
  });
});

describe('a 429 waits until X-RateLimit-Reset', () => {
  const rateLimited = (resetAt: number) =>
    envelope(429, 'Rate limit exceeded. Try again later.', rateLimitHeaders(resetAt, 0));

  it('retries exactly when the bucket refills', async () => {
    const { outcome, requests } = leave([rateLimited(NOW_SECONDS + 5), json(200, LEFT)]);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    expect((await outcome).result?.data).toEqual(LEFT);
  });

  it('fails at once, without a retry bound to fail, when the reset is beyond maxRetryWaitMs (default 60 s)', async () => {
    const { outcome, requests } = leave([rateLimited(NOW_SECONDS + 3600), json(200, LEFT)]);
    const { error } = await outcome;
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).resetAt).toEqual(new Date((NOW_SECONDS + 3600) * 1000));
    expect((error as Error).message).toBe(
      'Rate limit exceeded. Try again later. (HTTP 429). Not retried: the bucket refills at 2026-01-01T01:00:00.000Z, beyond maxRetryWaitMs',
    );
  });

  it('honours a lower maxRetryWaitMs', async () => {
    const { outcome, requests } = leave([rateLimited(NOW_SECONDS + 30), json(200, LEFT)], {
      maxRetryWaitMs: 2_000,
    });
    const { error } = await outcome;
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(RateLimitError);
  });

  it('waits when the reset is exactly maxRetryWaitMs away', async () => {
    const { outcome, requests } = leave([rateLimited(NOW_SECONDS + 2), json(200, LEFT)], {
      maxRetryWaitMs: 2_000,
    });
    await vi.advanceTimersByTimeAsync(1_999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toHaveLength(2);
    expect((await outcome).result?.data).toEqual(LEFT);
  });

  it('falls back to the backoff when the reset is already past', async () => {
    const { outcome, requests } = leave([rateLimited(NOW_SECONDS - 10), json(200, LEFT)]);
    await vi.advanceTimersByTimeAsync(500);
    expect(requests).toHaveLength(2);
    await outcome;
  });

  it('gives up with a RateLimitError carrying the reset after the last retry', async () => {
    const { outcome } = leave([rateLimited(NOW_SECONDS + 1)]);
    await vi.runAllTimersAsync();
    const { error } = await outcome;
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).rateLimit?.resetAt).toEqual(
      new Date((NOW_SECONDS + 1) * 1000),
    );
    expect((error as RateLimitError).message).toBe(
      'Rate limit exceeded. Try again later. (HTTP 429, after 3 attempts)',
    );
  });
});

describe("the caller's signal", () => {
  it('cuts a wait between retries short, and leaves no timer behind', async () => {
    const controller = new AbortController();
    const { outcome, requests } = leave(
      [
        envelope(
          429,
          'Rate limit exceeded. Try again later.',
          rateLimitHeaders(NOW_SECONDS + 50, 0),
        ),
      ],
      {},
      controller.signal,
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(requests).toHaveLength(1);
    controller.abort(new Error('user navigated away'));
    const { error } = await outcome;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as RequestAbortedError).cause).toEqual(new Error('user navigated away'));
    expect(requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('aborts the request in flight', async () => {
    const controller = new AbortController();
    const { outcome, requests } = leave([hang], {}, controller.signal);
    await vi.advanceTimersByTimeAsync(100);
    expect(requests[0]?.signal.aborted).toBe(false);
    controller.abort();
    const { error } = await outcome;
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(requests[0]?.signal.aborted).toBe(true);
    expect(requests).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('already aborted: no request at all', async () => {
    const { outcome, requests } = leave([json(200, LEFT)], {}, AbortSignal.abort());
    expect((await outcome).error).toBeInstanceOf(RequestAbortedError);
    expect(requests).toHaveLength(0);
  });

  it('is not shared between calls: aborting one leaves the others alone', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const client = createRyzeClient({ token: 't', fetch });
    const controller = new AbortController();
    controller.abort();
    const aborted = client.groups.leave(
      'i',
      { identifier: 'ABC123XYZ' },
      { signal: controller.signal },
    );
    await expect(aborted).rejects.toBeInstanceOf(RequestAbortedError);
    await expect(client.groups.leave('i', { identifier: 'ABC123XYZ' })).resolves.toEqual(LEFT);
  });
});

describe('timeouts', () => {
  it('abandons an attempt after timeoutMs, retries it, and leaves no timer behind', async () => {
    const { outcome, requests } = leave([hang, hang, json(200, LEFT)], { timeoutMs: 1_000 });
    await vi.advanceTimersByTimeAsync(999);
    expect(requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests[0]?.signal.aborted).toBe(true);
    await vi.runAllTimersAsync();
    expect((await outcome).result?.attempts).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('throws RequestTimeoutError when every attempt times out', async () => {
    const { outcome, requests } = leave([hang], { timeoutMs: 2_000, maxRetries: 1 });
    await vi.runAllTimersAsync();
    const { error } = await outcome;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as RequestTimeoutError).attempts).toBe(2);
    expect((error as Error).message).toBe(
      'No complete response within 2000 ms (timeoutMs, per attempt, after 2 attempts)',
    );
    expect(requests).toHaveLength(2);
    expect(vi.getTimerCount()).toBe(0);
  });

  describe('hold even when an injected fetch ignores the signal', () => {
    /** A fetch that never settles and never looks at `request.signal`. */
    const deaf = () => new Promise<Response>(() => {});

    it('the deadline', async () => {
      const { outcome, requests } = leave([deaf], { timeoutMs: 1_000, maxRetries: 1 });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(requests).toHaveLength(1);
      await vi.runAllTimersAsync();
      const { error } = await outcome;
      expect(error).toBeInstanceOf(RequestTimeoutError);
      expect(requests).toHaveLength(2);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('the abort', async () => {
      const controller = new AbortController();
      const { outcome } = leave([deaf], {}, controller.signal);
      await vi.advanceTimersByTimeAsync(100);
      controller.abort();
      expect((await outcome).error).toBeInstanceOf(RequestAbortedError);
      expect(vi.getTimerCount()).toBe(0);
    });

    it('a body that never ends', async () => {
      const endless = () => new Response(new ReadableStream({ start() {} }), { status: 200 });
      const { outcome } = leave([endless], { timeoutMs: 1_000, maxRetries: 0 });
      await vi.advanceTimersByTimeAsync(1_000);
      expect((await outcome).error).toBeInstanceOf(RequestTimeoutError);
    });
  });

  it('covers reading the body, not only the headers', async () => {
    const stalledBody = (request: Request) =>
      new Response(
        new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"success":'));
            request.signal.addEventListener('abort', () => controller.error(request.signal.reason));
          },
        }),
        { status: 200 },
      );
    const { outcome } = leave([stalledBody], { timeoutMs: 1_000, maxRetries: 0 });
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await outcome).error).toBeInstanceOf(RequestTimeoutError);
  });

  it('leaves no timer behind after a success', async () => {
    const { outcome } = leave([json(200, LEFT)]);
    expect((await outcome).result?.data).toEqual(LEFT);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('a retried leave answered 404 says the first attempt may have worked', () => {
  it.each([
    ['a 500', () => envelope(500, 'Internal server error')],
    ['a lost connection', connectionRefused],
    ['a timeout', () => hang],
  ])('after %s', async (_, failure) => {
    const { outcome } = leave([failure(), envelope(404, NOT_MEMBER)], { timeoutMs: 1_000 });
    await vi.runAllTimersAsync();
    const { error } = await outcome;
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ attempts: 2, mayHaveSucceededEarlier: true, status: 404 });
    expect((error as Error).message).toBe(
      `${NOT_MEMBER} (HTTP 404, after 2 attempts). An earlier attempt's outcome is unknown, so it may have succeeded`,
    );
  });

  it('not after a 429, which the service refused before acting', async () => {
    const { outcome } = leave([
      envelope(429, 'Rate limit exceeded. Try again later.', rateLimitHeaders(NOW_SECONDS + 1, 0)),
      envelope(404, NOT_MEMBER),
    ]);
    await vi.runAllTimersAsync();
    const { error } = await outcome;
    expect(error).toMatchObject({ attempts: 2, mayHaveSucceededEarlier: false });
    expect((error as Error).message).toBe(`${NOT_MEMBER} (HTTP 404, after 2 attempts)`);
  });

  it('not on a first attempt', async () => {
    const { outcome } = leave([envelope(404, NOT_MEMBER)]);
    const { error } = await outcome;
    expect(error).toMatchObject({ attempts: 1, mayHaveSucceededEarlier: false });
    expect((error as Error).message).toBe(`${NOT_MEMBER} (HTTP 404)`);
  });

  it('other errors after an unknown outcome stay as they are', async () => {
    const { outcome } = leave([envelope(500, 'x'), envelope(401, 'Invalid token')]);
    await vi.runAllTimersAsync();
    const { error } = await outcome;
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).not.toHaveProperty('mayHaveSucceededEarlier');
  });
});
