import type { Client } from 'openapi-fetch';
import { ApiPromise } from './api-promise.ts';
import type { paths } from './generated/openapi.ts';
import { assertHeaderValues } from './header-value.ts';
import { type CallPolicy, sendWithRetries } from './send.ts';

/** Options of one call; each overrides the client's for this call only. */
export interface RequestOptions {
  /** Aborts the call: the request in flight and any wait before a retry. */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call, e.g. `{ Prefer: 'code=404, example=notMember' }` for the mock. */
  headers?: Record<string, string> | undefined;
  /** Milliseconds each attempt may take. Defaults to the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. Defaults to the client's `maxRetries`. */
  maxRetries?: number | undefined;
}

/** An operation's path and query parameters, as openapi-fetch takes them. */
export interface Params {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
}

/**
 * The one request path of every operation: `method` on the spec's `path`, with the parameters
 * `params()` returns (it may throw: the call then rejects without sending), retried and timed
 * out by the call's policy.
 */
export type Request = <T>(
  method: 'DELETE' | 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: keyof paths,
  params: () => Params,
  options?: RequestOptions,
) => ApiPromise<T>;

/** The request path over `api`, openapi-fetch's client, each attempt sent through its per-call `fetch`. */
export function createRequest(
  api: Client<paths>,
  policyOf: (options: RequestOptions) => CallPolicy,
): Request {
  const call = api.request as (
    method: string,
    path: string,
    init: object,
  ) => ReturnType<Parameters<typeof sendWithRetries>[0]>;
  return (method, path, params, options = {}) =>
    new ApiPromise(
      (async () => {
        const init = { params: params(), headers: options.headers, parseAs: 'text' };
        assertHeaderValues(options.headers);
        const { body, response, attempts } = await sendWithRetries(
          (signal, fetch) => call(method, path, { ...init, signal, fetch }),
          policyOf(options),
        );
        return { data: body as never, response, attempts };
      })(),
    );
}
