import { describe, expect, it } from 'vitest';
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  createRyzeClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RyzeError,
} from '../src/index.ts';
import { envelope, fakeFetch, json, rateLimitHeaders } from './fake-fetch.ts';

/** The error a leave throws when the fake API answers `reply` (no retries). */
async function errorFor(reply: Response): Promise<ApiError> {
  const client = createRyzeClient({ token: 't', fetch: fakeFetch(reply), maxRetries: 0 });
  const error = await client.groups.leave('my-instance', { identifier: 'ABC123XYZ' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

function text(status: number, body: string, contentType = 'text/html') {
  return new Response(body, {
    status,
    headers: { 'Content-Type': contentType, ...rateLimitHeaders() },
  });
}

describe('an HTTP error status becomes the error of its family', () => {
  const cases = [
    { status: 400, message: 'Identifier is required', want: BadRequestError },
    { status: 401, message: 'Invalid token', want: AuthenticationError },
    { status: 403, message: 'Not allowed to leave this group', want: PermissionDeniedError },
    {
      status: 404,
      message: 'Group not found or you are not a member of this group',
      want: NotFoundError,
    },
    { status: 429, message: 'Rate limit exceeded. Try again later.', want: RateLimitError },
    { status: 500, message: 'Internal server error', want: InternalServerError },
    { status: 503, message: 'Instance is not connected to WhatsApp', want: InternalServerError },
    { status: 409, message: 'Conflict', want: ApiError },
    { status: 501, message: 'Not implemented', want: InternalServerError },
  ];
  it.each(cases)('$status → $want.name', async ({ status, message, want }) => {
    const error = await errorFor(envelope(status, message));
    expect(error).toBeInstanceOf(want);
    expect(error).toBeInstanceOf(RyzeError);
    expect(error.constructor).toBe(want);
    expect(error.name).toBe(want.name);
    expect(error.status).toBe(status);
    expect(error.message).toBe(`${message} (HTTP ${status})`);
    expect(error.body).toEqual({ success: false, error: { message } });
    expect(error.headers.get('X-RateLimit-Limit')).toBe('100');
    expect(error.rateLimit).toEqual({
      limit: 100,
      remaining: 99,
      resetAt: new Date(1_767_225_600_000),
    });
    expect(error.attempts).toBe(1);
  });
});

describe('a body that is not the envelope still gives a typed error with a useful message', () => {
  it('an HTML 502 from a proxy', async () => {
    const html = '<html>\n<head><title>502 Bad Gateway</title></head>\n<body>nginx</body>\n</html>';
    const error = await errorFor(text(502, html));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.body).toBe(html);
    expect(error.message).toBe(
      'Unexpected response body: <html> <head><title>502 Bad Gateway</title></head> <body>nginx</body> </html> (HTTP 502)',
    );
  });

  it('an empty body', async () => {
    const error = await errorFor(new Response(null, { status: 503 }));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe('Empty response body (HTTP 503)');
    expect(error.rateLimit).toBeUndefined();
  });

  it('an empty body announced with Content-Length: 0', async () => {
    const error = await errorFor(
      new Response('', { status: 401, headers: { 'Content-Length': '0' } }),
    );
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toBe('Empty response body (HTTP 401)');
  });

  it('truncated JSON', async () => {
    const error = await errorFor(text(500, '{"success":false,"error":{"mess', 'application/json'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.body).toBe('{"success":false,"error":{"mess');
    expect(error.message).toBe(
      'Unexpected response body: {"success":false,"error":{"mess (HTTP 500)',
    );
  });

  it('JSON that is not the envelope, shortened in the message', async () => {
    const body = { detail: 'x'.repeat(300) };
    const error = await errorFor(json(400, body));
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.body).toEqual(body);
    expect(error.message).toBe(
      `Unexpected response body: ${JSON.stringify(body).slice(0, 200)}… (HTTP 400)`,
    );
  });

  it('an envelope with an empty message', async () => {
    const error = await errorFor(json(404, { success: false, error: { message: '' } }));
    expect(error.message).toBe(
      'Unexpected response body: {"success":false,"error":{"message":""}} (HTTP 404)',
    );
  });

  it("Prism's problem+json 422 (a status the spec does not define) is a plain ApiError", async () => {
    const problem = {
      type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
      title: 'Invalid request',
      status: 422,
      detail:
        'Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.',
      validation: [
        {
          location: ['query'],
          severity: 'Error',
          code: 'required',
          message: "must have required property 'identifier'",
        },
      ],
    };
    const error = await errorFor(
      json(422, problem, { 'Content-Type': 'application/problem+json' }),
    );
    expect(error.constructor).toBe(ApiError);
    expect(error.status).toBe(422);
    expect(error.body).toEqual(problem);
    expect(error.message).toBe(`Invalid request: ${problem.detail} (HTTP 422)`);
  });

  it('a 200 whose body is truncated is an ApiError, never a JSON parse exception', async () => {
    const error = await errorFor(text(200, '{"success":true,"message":"Succ', 'application/json'));
    expect(error.constructor).toBe(ApiError);
    expect(error.status).toBe(200);
    expect(error.message).toBe(
      'Unexpected response body: {"success":true,"message":"Succ (HTTP 200)',
    );
  });

  it('a 200 with an HTML body or no body is an ApiError', async () => {
    expect((await errorFor(text(200, '<p>maintenance</p>'))).message).toBe(
      'Unexpected response body: <p>maintenance</p> (HTTP 200)',
    );
    expect((await errorFor(new Response(null, { status: 200 }))).message).toBe(
      'Empty response body (HTTP 200)',
    );
  });
});

describe('rate-limit headers on errors', () => {
  it.each([
    ['missing', {}],
    [
      'not integers',
      {
        'X-RateLimit-Limit': '100',
        'X-RateLimit-Remaining': 'many',
        'X-RateLimit-Reset': '1767225600',
      },
    ],
    ['partly sent', { 'X-RateLimit-Limit': '100' }],
  ])('are undefined when %s', async (_, headers) => {
    const error = await errorFor(
      new Response(JSON.stringify({ success: false, error: { message: 'x' } }), {
        status: 400,
        headers,
      }),
    );
    expect(error.rateLimit).toBeUndefined();
  });
});
