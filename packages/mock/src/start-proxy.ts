import { DEFAULT_HOST } from '@ryzeapi/local-server/listen-options';
import { bundledSpecPath } from './bundled-spec.ts';
import { MockOptionError } from './errors.ts';
import { type RunningServer, startPrismServer } from './prism-server.ts';
import {
  checkHost,
  checkPort,
  checkStartTimeout,
  DEFAULT_START_TIMEOUT_MS,
  type ServerOptions,
} from './server-options.ts';

export interface ProxyOptions extends ServerOptions {
  /** The server to check, e.g. `'https://ryzeapi.cloud'`. Requests are forwarded to it. */
  upstream: string | URL;
  /**
   * Answer a request that breaks the spec with a 422 instead of forwarding it. Default: `true`.
   */
  validateRequest?: boolean;
}

export type RunningProxy = RunningServer;

/**
 * Starts Prism as a validating proxy in front of a real server (`prism proxy … --errors`): each
 * request is forwarded to `upstream`, and a response that breaks the spec is replaced by a 500
 * `application/problem+json` listing the violations. Point a test suite at it to check a server.
 */
export async function startProxy(options: ProxyOptions): Promise<RunningProxy> {
  const args = ['proxy', options.document ?? bundledSpecPath, checkUpstream(options.upstream)];
  args.push('--errors', `--validate-request=${options.validateRequest ?? true}`);
  return startPrismServer({
    args,
    host: checkHost(options.host ?? DEFAULT_HOST),
    port: checkPort(options.port ?? 0),
    startTimeoutMs: checkStartTimeout(options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS),
    log: options.log,
  });
}

function checkUpstream(upstream: unknown): string {
  const text = upstream instanceof URL ? upstream.href : upstream;
  if (typeof text === 'string' && URL.canParse(text)) {
    const url = new URL(text);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password) {
      return url.href;
    }
  }
  throw new MockOptionError(
    'upstream must be an http(s) URL without credentials, such as https://ryzeapi.cloud; ' +
      `got ${JSON.stringify(redactCredentials(text))}.`,
  );
}

function redactCredentials(value: unknown): unknown {
  if (typeof value !== 'string' || !URL.canParse(value)) return value;
  const url = new URL(value);
  if (!url.username && !url.password) return value;
  if (url.username) url.username = 'REDACTED';
  if (url.password) url.password = 'REDACTED';
  return url.href;
}
