import type { RateLimitHeaders } from './types.ts';

/** The token's rate-limit bucket, read from the `X-RateLimit-*` headers of a response. */
export interface RateLimit {
  /** Requests the bucket allows per window (`X-RateLimit-Limit`). */
  limit: RateLimitHeaders['X-RateLimit-Limit'];
  /** Requests left in the current window (`X-RateLimit-Remaining`). */
  remaining: RateLimitHeaders['X-RateLimit-Remaining'];
  /** When the bucket refills (`X-RateLimit-Reset`, sent as Unix seconds). */
  resetAt: Date;
}

/** The rate-limit headers of a response, or `undefined` unless all three are valid integers. */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const [limit, remaining, reset] = ['Limit', 'Remaining', 'Reset'].map((name) => {
    const value = headers.get(`X-RateLimit-${name}`)?.trim();
    return value && /^\d+$/.test(value) ? Number(value) : undefined;
  });
  return limit === undefined || remaining === undefined || reset === undefined
    ? undefined
    : { limit, remaining, resetAt: new Date(reset * 1000) };
}
