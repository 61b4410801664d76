import {
  checkHost as checkHostAs,
  checkPort as checkPortAs,
} from '@ryzeapi/local-server/listen-options';
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

export const DEFAULT_START_TIMEOUT_MS = 120_000;

export const checkPort = (port: unknown): number => checkPortAs(port, MockOptionError);
export const checkHost = (host: unknown): string => checkHostAs(host, MockOptionError);

export function checkStartTimeout(timeoutMs: unknown): number {
  if (typeof timeoutMs === 'number' && Number.isFinite(timeoutMs) && timeoutMs > 0) {
    return timeoutMs;
  }
  throw new MockOptionError(
    `startTimeoutMs must be a positive number of milliseconds, got ${JSON.stringify(timeoutMs)}.`,
  );
}
