import {
  checkHost as checkHostAs,
  checkPort as checkPortAs,
} from '@ryzeapi/local-server/listen-options';
import type { Clock } from './clock.ts';
import { SandboxOptionError } from './errors.ts';
import type { Fixtures } from './fixtures.ts';

export interface SandboxOptions {
  /** TCP port to listen on; `0` picks a free one. Default: `0`. */
  port?: number;
  /** Interface to listen on. Default: `'127.0.0.1'` (this machine only). */
  host?: string;
  /** The accounts, instances and groups to start with. Default: `defaultFixtures`. */
  fixtures?: Fixtures;
  /** Requests per window in each token's bucket. Default: `100`, the service's Global bucket. */
  rateLimit?: number;
  /** The bucket's window, in seconds. Default: `60`. */
  rateWindowSeconds?: number;
  /** Where the sandbox reads the time, e.g. a fake clock in tests. Default: `Date.now`. */
  clock?: Clock;
  /**
   * The secret control requests (`/__sandbox/…`) must send in the `X-Sandbox-Control-Secret`
   * header, at least 16 characters. Required when `host` is not loopback; optional otherwise.
   */
  controlSecret?: string;
}

/** What a reset may change: the buckets' limit and window, until the next reset. */
export type ResetSettings = Pick<SandboxOptions, 'rateLimit' | 'rateWindowSeconds'>;

export const DEFAULT_RATE_LIMIT = 100;
export const DEFAULT_RATE_WINDOW_SECONDS = 60;

export const checkPort = (port: unknown): number => checkPortAs(port, SandboxOptionError);
export const checkHost = (host: unknown): string => checkHostAs(host, SandboxOptionError);

export function checkRateLimit(limit: unknown): number {
  if (typeof limit === 'number' && Number.isInteger(limit) && limit >= 1) return limit;
  throw new SandboxOptionError(
    `rateLimit must be a whole number of requests, 1 or more (the service allows 100), got ${JSON.stringify(limit)}.`,
  );
}

export function checkRateWindow(seconds: unknown): number {
  if (typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0) return seconds;
  throw new SandboxOptionError(
    `rateWindowSeconds must be a positive number of seconds (the service uses 60), got ${JSON.stringify(seconds)}.`,
  );
}

export function checkClock(clock: unknown): Clock {
  if (typeof (clock as Clock | undefined)?.now === 'function') return clock as Clock;
  throw new SandboxOptionError(
    'clock must be an object with a now() method returning milliseconds since the Unix epoch, ' +
      'such as { now: () => Date.now() }.',
  );
}
