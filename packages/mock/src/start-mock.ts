import { DEFAULT_HOST } from '@ryzeapi/local-server/listen-options';
import { bundledSpecPath } from './bundled-spec.ts';
import { type RunningServer, startPrismServer } from './prism-server.ts';
import {
  checkHost,
  checkPort,
  checkStartTimeout,
  DEFAULT_START_TIMEOUT_MS,
  type ServerOptions,
} from './server-options.ts';

export interface MockOptions extends ServerOptions {
  /**
   * Generate responses from the schemas instead of answering with the spec's examples.
   * A single request can ask for it with `Prefer: dynamic=true`. Default: `false`.
   */
  dynamic?: boolean;
  /** Makes generated responses repeatable: the same seed gives the same data. Default: none. */
  seed?: string;
}

export type RunningMock = RunningServer;

/**
 * Starts a Prism mock of the RyzeAPI group endpoints, answering from the spec's examples and
 * validating every request and response against the spec (Prism's `--errors`). Pick another
 * response with `Prefer: code=404, example=notMember`.
 *
 * @example
 * const mock = await startMock();
 * const client = createRyzeClient({ token: 'any', baseUrl: mock.url });
 * await mock.stop();
 */
export async function startMock(options: MockOptions = {}): Promise<RunningMock> {
  const args = ['mock', options.document ?? bundledSpecPath, '--errors'];
  if (options.dynamic) args.push('--dynamic');
  if (options.seed !== undefined) args.push('--seed', options.seed);
  return startPrismServer({
    args,
    host: checkHost(options.host ?? DEFAULT_HOST),
    port: checkPort(options.port ?? 0),
    startTimeoutMs: checkStartTimeout(options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS),
    log: options.log,
  });
}
