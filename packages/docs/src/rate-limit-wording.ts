import type { Operation } from './spec-summary.ts';

const WINDOW_UNITS: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };

/** `1m` → `minute`, `15m` → `15 minutes`; anything else is shown as written. */
export function describeWindow(window: string): string {
  const match = /^(\d+)([smhd])$/.exec(window);
  const unit = match?.[2] ? WINDOW_UNITS[match[2]] : undefined;
  if (!match || !unit) return window;
  return match[1] === '1' ? unit : `${match[1]} ${unit}s`;
}

/** `100 requests per minute per token`: an operation's bucket in words. */
export function describeRateLimit(rateLimit: NonNullable<Operation['rateLimit']>): string {
  const { limit, window, per } = rateLimit;
  return `${limit} requests per ${describeWindow(window)} per ${per}`;
}
