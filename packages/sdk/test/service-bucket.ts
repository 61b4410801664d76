import type { Fetch } from '../src/index.ts';
import { LEFT } from './fake-fetch.ts';

const elapse = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A response of the service, with its rate-limit headers. */
export function reply(status: number, limit: number, remaining: number, resetSeconds: number) {
  const body =
    status === 200
      ? LEFT
      : { success: false, error: { message: 'Rate limit exceeded. Try again later.' } };
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': 'application/json',
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': String(remaining),
      'X-RateLimit-Reset': String(resetSeconds),
    },
  });
}

/**
 * A `fetch` answering as the service's bucket does, as documented: `limit` requests per window
 * of `windowSeconds`, counted when a request arrives, the reset in Unix seconds rounded up, a
 * window starting at the first request after the previous one ended. Each answer then takes the
 * next of `latencies` (in turn) to come back, so answers may return out of order.
 */
export function serviceBucket(limit: number, windowSeconds: number, latencies: number[]) {
  let window: { startMs: number; used: number } | undefined;
  const counts = { sent: 0, tooMany: 0, sentAt: [] as number[], firstResetMs: 0 };
  const fetch: Fetch = async () => {
    const latency = latencies[counts.sent++ % latencies.length] as number;
    const now = Date.now();
    counts.sentAt.push(now);
    if (!window || now >= window.startMs + windowSeconds * 1000) {
      window = { startMs: now, used: 0 };
    }
    const granted = window.used < limit;
    if (granted) window.used++;
    else counts.tooMany++;
    const resetSeconds = Math.ceil((window.startMs + windowSeconds * 1000) / 1000);
    counts.firstResetMs ||= resetSeconds * 1000;
    const response = reply(granted ? 200 : 429, limit, limit - window.used, resetSeconds);
    await elapse(latency);
    return response;
  };
  return Object.assign(counts, { fetch });
}
