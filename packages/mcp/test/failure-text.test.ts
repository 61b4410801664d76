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
import { describe, expect, it } from 'vitest';
import { failureText } from '../src/failure-text.ts';

const now = new Date('2026-11-30T20:00:00.000Z');
const headers = (reset?: number) =>
  new Headers(
    reset === undefined
      ? {}
      : {
          'X-RateLimit-Limit': '100',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': String(reset),
        },
  );
const api = (Kind: typeof ApiError, status: number, message: string) =>
  new Kind(`${message} (HTTP ${status})`, status, headers(), {}, 1);

describe('failureText', () => {
  it.each([
    {
      error: new RateLimitError(
        'Rate limit exceeded. Try again later. (HTTP 429)',
        429,
        headers(now.getTime() / 1000 + 42),
        {},
        1,
      ),
      want: 'Rate limit exceeded. Try again later. (HTTP 429). The token’s rate-limit bucket is empty until 2026-11-30T20:00:42.000Z (in 42 s): call again after that time.',
    },
    {
      error: new RateLimitError(
        'The token’s bucket is empty',
        429,
        headers(now.getTime() / 1000 + 60),
        '',
        0,
      ),
      want: 'Nothing was sent: the service’s last answer said the token’s rate-limit bucket is empty. The token’s rate-limit bucket is empty until 2026-11-30T20:01:00.000Z (in 60 s)',
    },
    {
      error: api(RateLimitError, 429, 'Rate limit exceeded. Try again later.'),
      want: 'did not say when it refills: wait a minute',
    },
    {
      error: new NotFoundError(
        'Group not found or you are not a member of this group (HTTP 404, after 2 attempts)',
        404,
        headers(),
        {},
        2,
        true,
      ),
      want: 'the instance has most likely left the group already. Do not report a failure',
    },
    {
      error: api(NotFoundError, 404, 'Instance not found'),
      want: 'Instance not found (HTTP 404). The group or the instance was not found',
    },
    {
      error: api(BadRequestError, 400, 'Instance is not connected to WhatsApp'),
      want: 'reconnect it (scan its QR code)',
    },
    {
      error: api(AuthenticationError, 401, 'Invalid instance token'),
      want: 'Invalid instance token (HTTP 401). The token this server was started with (RYZEAPI_TOKEN) was refused',
    },
    {
      error: api(PermissionDeniedError, 403, 'Not allowed to leave this group'),
      want: 'Calling again will not help.',
    },
    {
      error: api(InternalServerError, 503, 'Instance is not connected to WhatsApp'),
      want: 'whether the call took effect is unknown',
    },
    {
      error: new RedirectError(
        new Response(null, {
          status: 301,
          headers: { Location: 'https://elsewhere.example/x?k=1' },
        }),
        'https://ryzeapi.cloud/api/group/leave/my-instance',
        1,
      ),
      want: "Redirect to https://elsewhere.example/x?… not followed, so the token goes nowhere else: set baseUrl to the API's address (HTTP 301). Nothing was sent to the other address: ask the user to set RYZEAPI_BASE_URL",
    },
    {
      error: api(ApiError, 409, 'Conflict'),
      want: 'Conflict (HTTP 409). The service refused the call',
    },
    {
      error: new RequestTimeoutError('No response within 30000 ms', 3),
      want: 'did not answer in time',
    },
    {
      error: new ConnectionError('The API could not be reached: fetch failed', 3),
      want: 'check the network and RYZEAPI_BASE_URL',
    },
    { error: new RequestAbortedError('The call was aborted by its signal'), want: 'cancelled' },
    { error: new InvalidInputError('The identifier "x y" is none of …'), want: 'Nothing was sent' },
    { error: new TypeError('boom'), want: 'boom. This is unexpected' },
  ])('$error.name: $want', ({ error, want }) => {
    expect(failureText(error, now)).toContain(want);
  });
});
