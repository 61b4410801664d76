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
import type { RequestParts, SendParts } from './request-parts.ts';
import { isRetryable, retryDelayMs, sleep } from './retry.ts';
import { abortAfter, settleByAbort } from './timeout.ts';

/** The `fetch` the SDK calls: `globalThis.fetch` or any function with its shape for a `Request`. */
export type Fetch = (request: Request) => Promise<Response>;

/** What an openapi-fetch call resolves to, its body read as text. */
export interface RawResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** How one call is attempted. */
export interface CallPolicy {
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  maxRetryWaitMs: number;
}

/** The successful attempt, with its parsed body (`success: true`). */
export interface SentCall {
  body: unknown;
  response: Response;
  attempts: number;
}

/**
 * Makes one call of up to `1 + maxRetries` attempts. Each attempt gets its own signal (the
 * caller's, plus its timeout); failures become the SDK's errors; retryable ones are retried
 * after a wait that the caller's signal cuts short.
 */
export async function sendWithRetries(
  send: SendParts,
  attempt: (
    signal: AbortSignal,
    fetch: (request: Request) => Promise<Response>,
  ) => Promise<RawResult>,
  { signal, timeoutMs, maxRetries, maxRetryWaitMs }: CallPolicy,
): Promise<SentCall> {
  let earlierMayHaveTakenEffect = false;
  for (let attempts = 1; ; attempts++) {
    if (signal?.aborted) throw abortedBy(signal);
    // Aborted by the caller's signal or by this attempt's timeout.
    const [attemptSignal, endAttempt] = abortAfter(timeoutMs, signal);
    let sent: RequestInit | undefined;
    let failure: RyzeError;
    try {
      // The attempt's openapi-fetch client builds RequestParts in place of Requests.
      const outcome = attempt(attemptSignal, async (request) => {
        const { url, init } = request as unknown as RequestParts;
        // A synchronous throw (building the Request) means nothing was sent.
        const response = send(url, init);
        sent = init;
        return checkRedirect(await response, url, attempts);
      });
      // The deadline and the abort hold even if fetch, or the body it returned, ignores the signal.
      const { data, error, response } = await settleByAbort(outcome, attemptSignal);
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
        throw new InvalidInputError(`The request could not be built: ${describe(cause)}`);
      } else {
        failure = new ConnectionError(
          `The API could not be reached: ${redactHeaderValues(describe(cause), sent.headers)}${afterAttempts(attempts)}`,
          attempts,
          cause,
        );
      }
    } finally {
      endAttempt();
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
    await sleep(retryDelayMs(failure, attempts - 1, maxRetryWaitMs), signal);
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
