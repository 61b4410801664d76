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
}

/** What a reset may change: the buckets' limit and window, until the next reset. */
export type ResetSettings = Pick<SandboxOptions, 'rateLimit' | 'rateWindowSeconds'>;

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_RATE_LIMIT = 100;
export const DEFAULT_RATE_WINDOW_SECONDS = 60;

export function checkPort(port: unknown): number {
  if (typeof port === 'number' && Number.isInteger(port) && port >= 0 && port <= 65_535) {
    return port;
  }
  throw new SandboxOptionError(
    `port must be an integer from 0 to 65535 (0 picks a free port), got ${JSON.stringify(port)}.`,
  );
}

export function checkHost(host: unknown): string {
  if (typeof host === 'string' && host.trim() !== '' && !/\s/.test(host)) return host;
  throw new SandboxOptionError(
    `host must be a hostname or IP address such as '127.0.0.1', got ${JSON.stringify(host)}.`,
  );
}

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

/** The URL a client on this machine uses to reach a server listening on `host`. */
export function urlFor(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const bracketed = reachable.includes(':') ? `[${reachable}]` : reachable;
  return `http://${bracketed}:${port}`;
}
