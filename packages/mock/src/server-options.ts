import { MockOptionError } from './errors.ts';

/** Options every Prism server this package starts (mock or proxy) understands. */
export interface ServerOptions {
  /** TCP port to listen on; `0` picks a free one. Default: `0`. */
  port?: number;
  /** Interface to listen on. Default: `'127.0.0.1'` (this machine only). */
  host?: string;
  /** Path of the OpenAPI document to serve. Default: the bundled spec shipped with this package. */
  document?: string;
  /**
   * How long to wait for Prism to answer before giving up, in ms. Default: `120000`: Prism
   * answers within seconds on a quiet machine, but a CI runner busy with other jobs can take
   * a minute, and a Prism that exits early is reported at once whatever this is.
   */
  startTimeoutMs?: number;
  /** Receives each line Prism prints (requests, validation messages). Default: discarded. */
  log?: (line: string) => void;
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_START_TIMEOUT_MS = 120_000;

export function checkPort(port: unknown): number {
  if (typeof port === 'number' && Number.isInteger(port) && port >= 0 && port <= 65_535) {
    return port;
  }
  throw new MockOptionError(
    `port must be an integer from 0 to 65535 (0 picks a free port), got ${JSON.stringify(port)}.`,
  );
}

export function checkHost(host: unknown): string {
  if (typeof host === 'string' && host.trim() !== '' && !/\s/.test(host)) return host;
  throw new MockOptionError(
    `host must be a hostname or IP address such as '127.0.0.1', got ${JSON.stringify(host)}.`,
  );
}

export function checkStartTimeout(timeoutMs: unknown): number {
  if (typeof timeoutMs === 'number' && Number.isFinite(timeoutMs) && timeoutMs > 0) {
    return timeoutMs;
  }
  throw new MockOptionError(
    `startTimeoutMs must be a positive number of milliseconds, got ${JSON.stringify(timeoutMs)}.`,
  );
}

/** The URL a client on this machine uses to reach a server listening on `host`. */
export function urlFor(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const bracketed = reachable.includes(':') ? `[${reachable}]` : reachable;
  return `http://${bracketed}:${port}`;
}
