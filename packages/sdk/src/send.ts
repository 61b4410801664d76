import {
  abortedBy,
  afterAttempts,
  ConnectionError,
  createApiError,
  InvalidInputError,
  RateLimitError,
  RedirectError,
  RequestTimeoutError,
  RyzeError,
} from './errors.ts';
import { redactHeaderValues } from './header-value.ts';
import type { Pace } from './pacing.ts';
import { isRetryable, retryDelayMs, sleep } from './retry.ts';
import { deadline } from './timeout.ts';

/** The `fetch` the SDK calls: `globalThis.fetch` or any function with its shape for a `Request`. */
export type Fetch = (request: Request) => Promise<Response>;

/** Where the SDK writes what it does, at debug level: attempts, waits and retries. */
export interface Logger {
  debug(message: string): void;
}

/** What an openapi-fetch call resolves to, its body read as text. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * One attempt: an openapi-fetch call given the attempt's signal for its `Request` (`undefined`
 * when `send` hands the signal to the runtime's fetch itself) and the `fetch` to send with.
 */
export type Attempt = (signal: AbortSignal | undefined, fetch: Fetch) => Promise<RawResult>;

/** How one call is attempted. */
export interface CallPolicy {
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  maxRetryWaitMs: number;
  /**
   * Sends one request: the client's `fetch`, redirects refused. The runtime's fetch is given the
   * attempt's `signal` itself; an injected fetch reads it on the `Request` (see `signalsRequest`).
   */
  send: (request: Request, attempts: number, signal?: AbortSignal) => Promise<Response>;
  /**
   * Whether the attempt's signal goes on the `Request` (an injected fetch reads it there) rather
   * than to the runtime's fetch: each `Request` follows its signal with a listener and a finalizer,
   * and the runtime's fetch builds a second `Request` that follows the first one's.
   */
  signalsRequest: boolean;
  logger: Logger | undefined;
  /** Waits for the token's bucket and the client's concurrency; `undefined` when pacing is off. */
  pace: Pace | undefined;
}

/** The successful attempt, with its parsed body (`success: true`). */
export interface SentCall {
  body: unknown;
  response: Response;
  attempts: number;
}

/**
 * Makes one call of up to `1 + maxRetries` attempts. Each attempt gets its own signal (the
 * caller's, plus its timeout); failures become the SDK's errors, carrying the request; retryable
 * ones are retried after a wait that the caller's signal cuts short.
 */
export async function sendWithRetries(
  attempt: Attempt,
  { signal, timeoutMs, maxRetries, maxRetryWaitMs, send, signalsRequest, logger, pace }: CallPolicy,
): Promise<SentCall> {
  let earlierMayHaveTakenEffect = false;
  let sent: Request | undefined;
  try {
    for (let attempts = 1; ; attempts++) {
      if (signal?.aborted) throw abortedBy(signal);
      // Waiting in line for the bucket is not part of the attempt's time.
      const release = await pace?.(signal, maxRetryWaitMs);
      // Aborted by the caller's signal or by this attempt's timeout.
      const attemptDeadline = deadline(timeoutMs, signal);
      const attemptSignal = attemptDeadline.signal;
      let failure: RyzeError;
      let headers: Headers | undefined;
      try {
        const outcome = attempt(signalsRequest ? attemptSignal : undefined, (request) => {
          sent = request;
          logger?.debug(
            `RyzeAPI ${request.method} ${request.url}: attempt ${attempts} of ${maxRetries + 1}`,
          );
          return send(request, attempts, attemptSignal);
        });
        // The deadline and the abort hold even if fetch, or the body it returned, ignores the signal.
        const { data, error, response } = await attemptDeadline.settle(outcome);
        headers = response.headers;
        const body = response.ok ? parseJson(data) : error;
        // Success is a 2xx with the envelope's `success: true`: an HTML page or truncated JSON is not.
        if (response.ok && (body as { success?: unknown } | undefined)?.success === true) {
          return { body, response, attempts };
        }
        failure = createApiError(
          response.status,
          response.headers,
          body,
          attempts,
          earlierMayHaveTakenEffect,
        );
      } catch (cause) {
        if (cause instanceof RyzeError) throw cause;
        if (signal?.aborted) throw abortedBy(signal);
        if (attemptSignal.aborted) {
          failure = new RequestTimeoutError(
            `No complete response within ${timeoutMs} ms (timeoutMs, per attempt${afterAttempts(attempts)})`,
            attempts,
          );
        } else if (!sent) {
          // Nothing left: never retried, never called a connection error.
          throw new InvalidInputError(`The request could not be built: ${describe(cause)}`);
        } else {
          failure = new ConnectionError(
            `The API could not be reached: ${redactHeaderValues(describe(cause), sent.headers)}${afterAttempts(attempts)}`,
            attempts,
            cause,
          );
        }
      } finally {
        attemptDeadline.dispose();
        release?.(headers);
      }
      if (attempts > maxRetries || !isRetryable(failure)) throw failure;
      const resetAt = failure instanceof RateLimitError ? failure.resetAt : undefined;
      if (resetAt && resetAt.getTime() - Date.now() > maxRetryWaitMs) {
        // Waiting only the cap would send a retry bound to fail.
        failure.message += `. Not retried: the bucket refills at ${resetAt.toISOString()}, beyond maxRetryWaitMs`;
        throw failure;
      }
      // The service may have acted before a timeout, a lost connection or a 5xx, not before a 429.
      earlierMayHaveTakenEffect ||= !(failure instanceof RateLimitError);
      const waitMs = retryDelayMs(failure, attempts - 1, maxRetryWaitMs);
      logger?.debug(`RyzeAPI retry in ${Math.round(waitMs)} ms after: ${failure.message}`);
      await sleep(waitMs, signal);
    }
  } catch (error) {
    // Every error carries the request that failed (method, URL without secrets), once one was built.
    throw Object.assign(error as RyzeError, {
      request: sent && { method: sent.method, url: sent.url },
    });
  }
}

/** The response, unless it is a redirect: the SDK follows none (see RedirectError). */
export function checkRedirect(response: Response, url: string, attempts: number): Response {
  if (response.type === 'opaqueredirect' || (response.status > 299 && response.status < 400)) {
    throw new RedirectError(response, url, attempts);
  }
  return response;
}

function parseJson(text: unknown): unknown {
  try {
    return JSON.parse(text as string);
  } catch {
    return text ?? '';
  }
}

/** An error's message, with its cause's (undici puts the useful part there: ECONNREFUSED…). */
function describe(error: unknown): string {
  const { message, cause } = error as Error & { cause?: Error };
  return cause?.message ? `${message}: ${cause.message}` : String(message ?? error);
}
