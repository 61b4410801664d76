import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  InvalidInputError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RequestAbortedError,
  RequestTimeoutError,
} from '@ryzeapi/sdk';

/**
 * What an agent reads when a call fails: the SDK's message (the API's own message and the HTTP
 * status), then what to do next. `now` is when the call ended, to say how long a wait is.
 */
export function failureText(error: unknown, now: Date = new Date()): string {
  // The SDK paces by the bucket: knowing it empty past the longest wait, it sent nothing at all.
  if (error instanceof RateLimitError && error.attempts === 0) {
    return `Nothing was sent: the service’s last answer said the token’s rate-limit bucket is empty. ${afterRateLimit(error, now)}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const [, step] = NEXT_STEPS.find(([kind]) => error instanceof kind) ?? [Error, UNEXPECTED];
  return `${message}. ${typeof step === 'string' ? step : step(error as never, now)}`;
}

type ErrorClass = abstract new (...args: never[]) => Error;

const UNEXPECTED = 'This is unexpected: report it with the message above.';

/** The next step for each kind of failure, the first matching class first (subclasses first). */
const NEXT_STEPS: [ErrorClass, string | ((error: never, now: Date) => string)][] = [
  [RateLimitError, (error: RateLimitError, now: Date) => afterRateLimit(error, now)],
  [
    NotFoundError,
    (error: NotFoundError) =>
      error.mayHaveSucceededEarlier
        ? 'An earlier attempt of this call ended without a known outcome, so it may already have done what was asked: for a leave, the instance has most likely left the group already. Do not report a failure; check the group’s membership if it matters.'
        : 'The group or the instance was not found, or the instance is not a member of the group (a group already left answers this way): check the identifier and the instance name. Nothing was changed.',
  ],
  [
    BadRequestError,
    'The service refused the arguments: check the identifier’s form and the instance name; if the message says the instance is not connected, reconnect it (scan its QR code) before calling again.',
  ],
  [
    AuthenticationError,
    'The token this server was started with (RYZEAPI_TOKEN) was refused for this instance: check the instance name, or ask the user to configure a valid TokenInstance or TokenAccount. Calling again will not help.',
  ],
  [
    PermissionDeniedError,
    'The service does not allow this (for a group, some cannot be left, such as a community’s announcement group). Calling again will not help.',
  ],
  [
    InternalServerError,
    'The service failed, so whether the call took effect is unknown: wait a little and call again (for a leave, a 404 then means the group was left).',
  ],
  [
    RedirectError,
    'Nothing was sent to the other address: ask the user to set RYZEAPI_BASE_URL of this server to the API’s address.',
  ],
  [ApiError, 'The service refused the call: read its message above before calling again.'],
  [
    RequestTimeoutError,
    'The service did not answer in time, so whether the call took effect is unknown: call again later (for a leave, a 404 then means the group was left).',
  ],
  [
    ConnectionError,
    'The service could not be reached: check the network and RYZEAPI_BASE_URL of this server; whether an attempt took effect is unknown.',
  ],
  [RequestAbortedError, 'The call was cancelled before it ended.'],
  [InvalidInputError, 'Nothing was sent: correct the arguments as the message says.'],
];

function afterRateLimit(error: RateLimitError, now: Date): string {
  const resetAt = error.rateLimit?.resetAt;
  if (resetAt === undefined) {
    return 'The token’s rate-limit bucket is empty and the service did not say when it refills: wait a minute before calling again.';
  }
  const seconds = Math.max(0, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
  return `The token’s rate-limit bucket is empty until ${resetAt.toISOString()} (in ${seconds} s): call again after that time. Every client using this token shares the bucket.`;
}
