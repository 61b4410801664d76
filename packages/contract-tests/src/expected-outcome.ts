import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  type RateLimit,
  RateLimitError,
} from '@ryzeapi/sdk';
import type { ResponsePair } from './response-pairs.ts';

const ERROR_CLASS_BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  429: RateLimitError,
};

/** The error class the SDK promises for an HTTP error status (see the SDK's README). */
export function expectedErrorClass(status: number): typeof ApiError {
  if (status >= 500) return InternalServerError;
  return ERROR_CLASS_BY_STATUS[status] ?? ApiError;
}

/** The rate limit the SDK should read from a response carrying the spec's example headers. */
export function expectedRateLimit(pair: ResponsePair): RateLimit | undefined {
  const limit = pair.headerExamples['X-RateLimit-Limit'];
  const remaining = pair.headerExamples['X-RateLimit-Remaining'];
  const reset = pair.headerExamples['X-RateLimit-Reset'];
  if (typeof limit !== 'number' || typeof remaining !== 'number' || typeof reset !== 'number') {
    return undefined;
  }
  return { limit, remaining, resetAt: new Date(reset * 1000) };
}

/** The human message of the API's error envelope, `{ success: false, error: { message } }`. */
export function envelopeMessage(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
  return typeof message === 'string' ? message : undefined;
}
