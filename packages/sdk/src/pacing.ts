import { abortedBy, RateLimitError } from './errors.ts';
import { DOCUMENTED_BUCKET_LIMIT } from './generated/documented-bucket.ts';
import { parseRateLimit } from './rate-limit.ts';
import type { Logger } from './send.ts';

/** What `onRateLimit` is told each time a call starts waiting for the token's bucket to refill. */
export interface RateLimitEvent {
  /** When the bucket refills (`X-RateLimit-Reset`). */
  resetAt: Date;
  /** How many calls of this client are waiting for it. */
  waiting: number;
}

/** Ends a paced request: `headers` (of its response, if any) update the bucket; frees its slot. */
export type Release = (headers?: Headers) => void;

/**
 * Lets a request go when the token's bucket and the client's concurrency allow it: at once (a
 * `Release`) when they do now, else once they do (a promise of it). Throws, or rejects, with
 * `RateLimitError` when the wait would exceed `maxWaitMs`, or when `signal` aborts.
 */
export type Pace = (
  signal: AbortSignal | undefined,
  maxWaitMs: number,
) => Release | Promise<Release>;

interface Waiter {
  go: (release: Release) => void;
  fail: (error: Error) => void;
  maxWaitMs: number;
}

/**
 * The client's view of its token's bucket, kept from the `X-RateLimit-*` headers of every
 * response and shared by all its calls. A request is let go only while the bucket, less the
 * requests already let go in its window, has a unit left, or once its reset has passed (the
 * service rounds it up, so waiting until then is enough); otherwise it waits in line. A fresh
 * client starts from the bucket the spec documents, as a window begun unobserved: its first
 * calls go at once, and the first answer's headers replace what was assumed (a token partly spent
 * elsewhere shows there; a 429 it got meanwhile is retried after its reset).
 */
export function createPacer(
  maxConcurrency: number,
  byBucket: boolean,
  logger: Logger | undefined,
  onRateLimit: ((event: RateLimitEvent) => void) | undefined,
): Pace {
  const line: Waiter[] = [];
  let inFlight = 0;
  /**
   * The known window: `seen`, the lowest remaining any of its responses told (the service's latest
   * count, which includes every request answered so far); `lost`, requests of it that ended with
   * no answer (perhaps counted); `remaining`, what is left for new requests. `resetAt` is
   * `Infinity` once a new window began unobserved.
   */
  let bucket:
    | {
        limit: number;
        seen: number;
        lost: number;
        remaining: number;
        resetAt: number;
        headers: Headers;
      }
    | undefined = byBucket
    ? {
        limit: DOCUMENTED_BUCKET_LIMIT,
        seen: DOCUMENTED_BUCKET_LIMIT,
        lost: 0,
        remaining: DOCUMENTED_BUCKET_LIMIT,
        resetAt: Number.POSITIVE_INFINITY,
        headers: new Headers(),
      }
    : undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const observe = (headers: Headers | undefined) => {
    if (!headers) {
      if (bucket) bucket.lost += 1;
      return;
    }
    const reading = byBucket && parseRateLimit(headers);
    // No headers: nothing is known any more (a proxy, another API); the bucket is not guessed.
    if (!reading) {
      bucket = undefined;
      return;
    }
    const now = Date.now();
    const resetAt = reading.resetAt.getTime();
    // A window already over says nothing about the next one (and may be a late answer).
    if (resetAt <= now) return;
    // A later reset than the known one: the service opened a new window, whose reading is the
    // truth. Otherwise (the same window, or a late answer of an older one still open), believe the
    // lower count; a new window begun unobserved takes its first reading's reset.
    const unobserved = bucket?.resetAt === Number.POSITIVE_INFINITY;
    if (bucket && bucket.resetAt > now && (unobserved || resetAt <= bucket.resetAt)) {
      bucket.seen = Math.min(bucket.seen, reading.remaining);
      if (unobserved) bucket.resetAt = resetAt;
    } else {
      bucket = { limit: 0, seen: reading.remaining, lost: 0, remaining: 0, resetAt, headers };
    }
    bucket.limit = reading.limit;
    bucket.headers = headers;
    // Requests still in flight, but this one, may not be counted yet: they are taken. Counting
    // them against a single reading instead of the lowest would count some twice, as answers
    // come back out of order, and leave units of the window unused.
    bucket.remaining = bucket.seen - (inFlight - 1) - bucket.lost;
  };

  const pump = () => {
    clearTimeout(timer);
    timer = undefined;
    while (line.length && inFlight < maxConcurrency) {
      const now = Date.now();
      if (bucket && now >= bucket.resetAt) {
        // A new window: its size is the limit, less the requests still in flight (let go before
        // the reset, they may reach the service after it); its reset comes with its first response.
        bucket = {
          ...bucket,
          seen: bucket.limit,
          lost: 0,
          remaining: bucket.limit - inFlight,
          resetAt: Number.POSITIVE_INFINITY,
        };
      }
      if (bucket && bucket.remaining < 1) {
        if (bucket.resetAt === Number.POSITIVE_INFINITY) {
          // A new window used up before any of its responses came back: they will tell.
          if (inFlight === 0) bucket = undefined;
          else return;
          continue;
        }
        const waitMs = bucket.resetAt - now;
        for (const waiter of line.filter(({ maxWaitMs }) => waitMs > maxWaitMs)) {
          line.splice(line.indexOf(waiter), 1);
          waiter.fail(
            new RateLimitError(
              `The token's bucket is empty until ${new Date(bucket.resetAt).toISOString()}, beyond maxRetryWaitMs: nothing was sent`,
              429,
              bucket.headers,
              '',
              0,
            ),
          );
        }
        if (line.length) timer = setTimeout(pump, waitMs);
        return;
      }
      if (bucket) bucket.remaining -= 1;
      inFlight += 1;
      let released = false;
      (line.shift() as Waiter).go((headers) => {
        if (released) return;
        released = true;
        observe(headers);
        inFlight -= 1;
        pump();
      });
    }
  };

  return (signal, maxWaitMs) => {
    // First in line with the bucket and a slot free: let go at once, with no promise to await.
    let granted: Release | undefined;
    let refused: Error | undefined;
    const waiter: Waiter = {
      go: (release) => {
        granted = release;
      },
      fail: (error) => {
        refused = error;
      },
      maxWaitMs,
    };
    if (signal?.aborted) throw abortedBy(signal);
    line.push(waiter);
    pump();
    if (granted) return granted;
    if (refused) throw refused;
    // Waiting for the reset (not for a free slot): say so, once per call.
    if (timer && bucket) {
      const resetAt = new Date(bucket.resetAt);
      logger?.debug(
        `RyzeAPI bucket empty: ${line.length} call(s) waiting until ${resetAt.toISOString()}`,
      );
      onRateLimit?.({ resetAt, waiting: line.length });
    }
    return new Promise((go, fail) => {
      const abort = () => {
        const at = line.indexOf(waiter);
        if (at < 0) return;
        line.splice(at, 1);
        if (!line.length) clearTimeout(timer);
        waiter.fail(abortedBy(signal));
      };
      waiter.go = (release) => {
        signal?.removeEventListener('abort', abort);
        go(release);
      };
      waiter.fail = (error) => {
        signal?.removeEventListener('abort', abort);
        fail(error);
      };
      signal?.addEventListener('abort', abort);
    });
  };
}
