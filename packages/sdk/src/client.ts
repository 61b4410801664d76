import type { Client } from 'openapi-fetch';
import * as openapiFetch from 'openapi-fetch';
import { type AuthScheme, authHeader } from './auth.ts';
import { environmentVariable } from './environment.ts';
import { InvalidInputError } from './errors.ts';
import type { paths } from './generated/openapi.ts';
import { createGroups, type Groups } from './groups.ts';
import { assertHeaderValues } from './header-value.ts';
import { createPacer, type RateLimitEvent } from './pacing.ts';
import { safePathSerializer } from './path-segment.ts';
import { createRequest, type RequestOptions } from './request.ts';
import { checkRedirect, type Fetch, type Logger } from './send.ts';
import { userAgent } from './user-agent.ts';

// The CommonJS build requires openapi-fetch's CommonJS file, where createClient is
// `exports.default`; the bundler gives this "type": "module" package Node's interop there, whose
// default import is the whole `exports`. The ES build's default import is createClient itself.
const createClient =
  (openapiFetch.default as { default?: typeof openapiFetch.default }).default ??
  openapiFetch.default;

/** Options of `createRyzeClient`. */
export interface RyzeClientOptions {
  /**
   * A TokenInstance or TokenAccount token. Sent only in a header, never in the URL. Default: the
   * `RYZEAPI_TOKEN` environment variable, where the runtime has one.
   */
  token?: string | undefined;
  /**
   * The API's origin. Default: the `RYZEAPI_BASE_URL` environment variable where the runtime
   * has one, else `'https://ryzeapi.cloud'`.
   */
  baseUrl?: string | undefined;
  /**
   * The `fetch` to call, given a `Request` that carries the attempt's signal. Default
   * `globalThis.fetch` (looked up at each request), given the signal in its `init`.
   */
  fetch?: Fetch | undefined;
  /** Milliseconds each attempt may take before it is abandoned (and retried). Default `30000`. */
  timeoutMs?: number | undefined;
  /** Retries after a 429, a 5xx, a lost connection or a timeout. Default `2`. */
  maxRetries?: number | undefined;
  /** Longest wait before a retry, in milliseconds, including a wait for `X-RateLimit-Reset`. Default `60000`. */
  maxRetryWaitMs?: number | undefined;
  /** `'token-header'` sends `token: <token>` (default); `'bearer'` sends `Authorization: Bearer <token>`. */
  authScheme?: AuthScheme | undefined;
  /** Headers sent with every request. */
  headers?: Record<string, string> | undefined;
  /** Your application's product token (`my-app/1.2`), sent before the SDK's in `User-Agent`. */
  userAgent?: string | undefined;
  /** Receives debug lines: each attempt, each wait and retry. Never the token nor header values. Default none. */
  logger?: Logger | undefined;
  /**
   * Paces the client's calls by the token's bucket, read from every response's `X-RateLimit-*`
   * headers: while the bucket is known to be empty, a call waits for its reset (at most
   * `maxRetryWaitMs`) instead of being answered 429. Default `true`.
   */
  pacing?: boolean | undefined;
  /** Most requests of this client in flight at once. Default: no limit. */
  maxConcurrency?: number | undefined;
  /** Called each time a call starts waiting for the bucket to refill, with its `resetAt` and the number waiting. */
  onRateLimit?: ((event: RateLimitEvent) => void) | undefined;
}

/** A RyzeAPI client. It holds the token but never shows it (its only properties are these). */
export interface RyzeClient {
  /** The group operations, with retries, timeouts, typed errors and input checks. */
  groups: Groups;
  /** The typed openapi-fetch client, for calls the SDK does not wrap: no retries, no timeout. */
  raw: Client<paths>;
}

/** Creates a client; checks its options now so that a bad token fails here, not at the first call. */
export function createRyzeClient(options: RyzeClientOptions = {}): RyzeClient {
  const {
    token = environmentVariable('RYZEAPI_TOKEN'),
    baseUrl = environmentVariable('RYZEAPI_BASE_URL') ?? 'https://ryzeapi.cloud',
    fetch,
  } = options;
  if (token === undefined) {
    throw new InvalidInputError('No token: pass the token option or set RYZEAPI_TOKEN');
  }
  // Unparsable, it would fail in fetch at every attempt, like a lost connection (and be retried);
  // credentials would go to the server with every request, and show in the runtime's messages;
  // a query or fragment would swallow the operation's path. So a request's URL holds no secret.
  if (!/^https?:\/\/[^/?#@]+(?:\/[^?#]*)?$/i.test(baseUrl) || !URL.canParse(baseUrl)) {
    throw new InvalidInputError(
      `The baseUrl ${JSON.stringify(baseUrl.replace(/\/\/[^/]*@/, '//***@'))} is not an http(s) URL without credentials, query or fragment, like https://ryzeapi.cloud (the token option carries the token)`,
    );
  }
  assertHeaderValues(options.headers);
  const defaults = policy(options, {
    timeoutMs: 30_000,
    maxRetries: 2,
    maxRetryWaitMs: 60_000,
    maxConcurrency: MAX_TIMER_MS,
  });
  // Redirects are refused (never followed with the token), whatever a raw call asks for.
  const send = async (request: Request, attempts = 1, signal?: AbortSignal) => {
    const manual =
      request.redirect === 'manual' ? request : new Request(request, { redirect: 'manual' });
    return checkRedirect(
      await (fetch ? fetch(manual) : globalThis.fetch(manual, signal && { signal })),
      request.url,
      attempts,
    );
  };
  const raw = createClient<paths>({
    baseUrl,
    redirect: 'manual',
    pathSerializer: safePathSerializer,
    headers: {
      'User-Agent': userAgent(options.userAgent),
      ...options.headers,
      ...authHeader(token, options.authScheme),
    },
    fetch: (request) => send(request),
  });
  const { logger, onRateLimit } = options;
  const { maxConcurrency } = defaults;
  const pace =
    options.pacing === false && maxConcurrency === MAX_TIMER_MS
      ? undefined
      : createPacer(maxConcurrency, options.pacing !== false, logger, onRateLimit);
  const request = createRequest(raw, (call: RequestOptions) => ({
    signal: call.signal,
    ...policy(call, defaults),
    send,
    signalsRequest: fetch !== undefined,
    logger,
    pace,
  }));
  return { groups: createGroups(request), raw };
}

// setTimeout fires at once for longer delays.
const MAX_TIMER_MS = 2_147_483_647;

type Limits = {
  timeoutMs: number;
  maxRetries: number;
  maxRetryWaitMs: number;
  maxConcurrency: number;
};

/** The limits given, else the defaults, each checked: a bad one would retry forever or never wait. */
function policy(
  given: Partial<Record<keyof Limits, number | undefined>>,
  defaults: Limits,
): Limits {
  const limits = { ...defaults };
  for (const name in limits) {
    const key = name as keyof Limits;
    const value = given[key] ?? limits[key];
    const min = key === 'maxRetries' ? 0 : 1;
    if (!Number.isInteger(value) || value < min || value > MAX_TIMER_MS) {
      throw new InvalidInputError(
        `${key} must be an integer from ${min} to ${MAX_TIMER_MS}, got ${value}`,
      );
    }
    limits[key] = value;
  }
  return limits;
}
