import { ApiError, abortedBy, ConnectionError, RateLimitError, type RyzeError } from './errors.ts';
import { deadline } from './timeout.ts';

/** Whether a failed attempt is worth another: a 429, a 5xx, a lost connection or a timeout (a `ConnectionError`). */
export function isRetryable(error: RyzeError): boolean {
  return (
    error instanceof ConnectionError ||
    (error instanceof ApiError && (error.status === 429 || error.status >= 500))
  );
}

/** Exponential backoff from 0.5 s, at most 8 s, with up to 25 % jitter so clients spread out. */
export function backoffDelayMs(retry: number, random: () => number = Math.random): number {
  return Math.min(500 * 2 ** retry, 8000) * (1 - random() * 0.25);
}

/**
 * How long to wait before retry number `retry` (0 for the first): until `X-RateLimit-Reset`
 * after a 429 that sends it, else the backoff; never longer than `maxWaitMs`.
 */
export function retryDelayMs(error: RyzeError, retry: number, maxWaitMs: number): number {
  const untilReset =
    error instanceof RateLimitError ? Number(error.rateLimit?.resetAt) - Date.now() : 0;
  return Math.min(untilReset > 0 ? untilReset : backoffDelayMs(retry), maxWaitMs);
}

/** Waits `ms`, or rejects with `RequestAbortedError` as soon as `signal` aborts; leaves no timer. */
export async function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  const wait = deadline(ms, signal);
  // Settles only by the deadline's end: the timer or the caller's signal.
  await wait.settle(new Promise(() => {})).catch(() => undefined);
  wait.dispose();
  if (signal?.aborted) throw abortedBy(signal);
}
