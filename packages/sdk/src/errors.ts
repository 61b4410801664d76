import { parseRateLimit, type RateLimit } from './rate-limit.ts';
import type { ErrorEnvelope } from './types.ts';

/** The root of everything the SDK throws: `catch (e) { if (e instanceof RyzeError) … }`. */
export class RyzeError extends Error {
  override name = 'RyzeError';
  /** The request that failed, once one was built: its method and URL (which carries no secret: see `baseUrl`). */
  declare readonly request: { method: string; url: string } | undefined;
}

/**
 * The API answered with an HTTP error status (or with a body the SDK cannot read). Subclasses
 * name the status families; any other status (a proxy's 502 aside, which is a 5xx) is a plain
 * `ApiError`.
 */
export class ApiError extends RyzeError {
  override name = 'ApiError';
  // `declare` fields, assigned at once: the same object for users, fewer bytes in their bundle.
  /** The HTTP status of the last attempt. */
  declare readonly status: number;
  /** The response headers of the last attempt. */
  declare readonly headers: Headers;
  /** The `X-RateLimit-*` headers of the last attempt, when all three were sent. */
  declare readonly rateLimit: RateLimit | undefined;
  /** The response body: parsed JSON when it was JSON, else the raw text (`''` when empty). */
  declare readonly body: unknown;
  /** How many requests were sent, retries included. */
  declare readonly attempts: number;

  constructor(message: string, status: number, headers: Headers, body: unknown, attempts: number) {
    super(message);
    Object.assign(this, { status, headers, rateLimit: parseRateLimit(headers), body, attempts });
  }
}

/** 400: the request is invalid, or the instance is not connected. */
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
/** 401: the token is missing or not valid for this instance. */
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
/** 403: the token may not do this. */
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
}

/**
 * 404: the group or the instance was not found, or the instance is not a member of the group.
 *
 * Leaving a group already left answers 404, so when an earlier attempt of the same call ended
 * with an unknown outcome (a timeout, a lost connection, a 5xx) and a retry then got this 404,
 * the first attempt may well have left the group: `mayHaveSucceededEarlier` is then `true`.
 */
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
  /** `true` when an earlier attempt's outcome is unknown, so it may have done what was asked. */
  declare readonly mayHaveSucceededEarlier: boolean;

  constructor(
    message: string,
    status: number,
    headers: Headers,
    body: unknown,
    attempts: number,
    mayHaveSucceededEarlier = false,
  ) {
    super(
      mayHaveSucceededEarlier
        ? `${message}. An earlier attempt's outcome is unknown, so it may have succeeded`
        : message,
      status,
      headers,
      body,
      attempts,
    );
    Object.assign(this, { mayHaveSucceededEarlier });
  }
}

/** 429: the token's rate-limit bucket is empty; `resetAt` says when it refills. */
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
  /** When the bucket refills (`X-RateLimit-Reset`), when the response said. */
  get resetAt(): Date | undefined {
    return this.rateLimit?.resetAt;
  }
}

/**
 * 3xx: the API answered with a redirect, which the SDK never follows so that the token is never
 * sent to another address. `location` is where it pointed, without its query (which may carry
 * secrets); `undefined` when the runtime hides it (a browser's opaque redirect).
 */
export class RedirectError extends ApiError {
  override name = 'RedirectError';
  declare readonly location: string | undefined;

  constructor(response: Response, requestUrl: string, attempts: number) {
    const location = withoutQuery(response.headers.get('Location'), requestUrl);
    super(
      `Redirect to ${location ?? 'a hidden address'} not followed, so the token goes nowhere else: set baseUrl to the API's address (HTTP ${response.status})`,
      response.status,
      response.headers,
      '',
      attempts,
    );
    Object.assign(this, { location });
  }
}

/** `origin/path`, with `?…` in place of any query and no credentials nor fragment. */
function withoutQuery(location: string | null, base: string): string | undefined {
  if (location === null || !URL.canParse(location, base)) return undefined;
  const { origin, pathname, search } = new URL(location, base);
  return `${origin}${pathname}${search ? '?…' : ''}`;
}
/** 5xx: the service (or a proxy in front of it) failed; whether the call took effect is unknown. */
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
}

/** No HTTP response: DNS, refused or reset connection, TLS, or the body could not be read. */
export class ConnectionError extends RyzeError {
  override name = 'ConnectionError';
  /** How many requests were sent, retries included. */
  declare readonly attempts: number;

  constructor(message: string, attempts: number, cause?: unknown) {
    super(message, { cause });
    Object.assign(this, { attempts });
  }
}

/** An attempt got no complete response within `timeoutMs`, and no retry was left. */
export class RequestTimeoutError extends ConnectionError {
  override name = 'RequestTimeoutError';
}

/** The caller's `signal` aborted the call (during a request or a wait between retries). */
export class RequestAbortedError extends RyzeError {
  override name = 'RequestAbortedError';
}

/** The error for a call its caller's signal aborted, carrying the signal's reason as `cause`. */
export function abortedBy(signal: AbortSignal | undefined): RequestAbortedError {
  return new RequestAbortedError('The call was aborted by its signal', { cause: signal?.reason });
}

/** The SDK refused its input before sending anything: the message says what and what to do. */
export class InvalidInputError extends RyzeError {
  override name = 'InvalidInputError';
}

/** `, after N attempts` when the call was retried, for the end of a message. */
export function afterAttempts(attempts: number): string {
  return attempts > 1 ? `, after ${attempts} attempts` : '';
}

type ApiErrorClass = new (...args: ConstructorParameters<typeof NotFoundError>) => ApiError;

const ERROR_BY_STATUS: Record<number, ApiErrorClass> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  429: RateLimitError,
};

/** The error for an HTTP error response, of the class its status names. */
export function createApiError(
  status: number,
  headers: Headers,
  body: unknown,
  attempts: number,
  mayHaveSucceededEarlier: boolean,
): ApiError {
  const ErrorClass = status >= 500 ? InternalServerError : (ERROR_BY_STATUS[status] ?? ApiError);
  const message = `${describeBody(body)} (HTTP ${status}${afterAttempts(attempts)})`;
  return new ErrorClass(message, status, headers, body, attempts, mayHaveSucceededEarlier);
}

/** `text`, cut after `max` characters with an ellipsis, for showing a value in a message. */
export function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A message from any error body: the envelope's, a problem+json title, or what the body was. */
function describeBody(body: unknown): string {
  // Object() reads the fields of any JSON value, or of none (a string, null or undefined).
  const { error, title, detail } = Object(body) as Partial<ErrorEnvelope & ProblemDetails>;
  const message = error?.message;
  if (typeof message === 'string' && message) return message;
  if (typeof title === 'string') return typeof detail === 'string' ? `${title}: ${detail}` : title;
  if (body === undefined || body === '') return 'Empty response body';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `Unexpected response body: ${shorten(text.replace(/\s+/g, ' '), 200)}`;
}

/** The fields of an RFC 9457 problem+json body (Prism's own errors) that make a message. */
interface ProblemDetails {
  title: unknown;
  detail: unknown;
}
