import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRyzeClient, InvalidInputError, RyzeError } from '../src/index.ts';
import { envelope, fakeFetch, hang, json, LEFT } from './fake-fetch.ts';
import { thrownBy } from './thrown.ts';

const TOKEN = 'tok_SECRET_4f9a8b7c6d5e';

/** Every way a value is commonly printed or serialized. */
function renderings(value: unknown): string[] {
  return [
    String(value),
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
    JSON.stringify(value) ?? '',
    value instanceof Error
      ? `${value.stack} ${inspect(value.cause, { depth: Number.POSITIVE_INFINITY })}`
      : '',
  ];
}

describe('the token is sent only in a header', () => {
  it('in `token` by default, never in the URL', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: TOKEN, fetch }).groups.leave('i', { identifier: 'ABC123XYZ' });
    const [request] = fetch.requests;
    expect(request?.headers.get('token')).toBe(TOKEN);
    expect(request?.headers.get('Authorization')).toBeNull();
    expect(request?.url).not.toContain(TOKEN);
  });

  it("in `Authorization: Bearer` with authScheme: 'bearer'", async () => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: TOKEN, fetch, authScheme: 'bearer' }).groups.leave('i', {
      identifier: 'ABC123XYZ',
    });
    const [request] = fetch.requests;
    expect(request?.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers.get('token')).toBeNull();
  });

  it('by the raw client too', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: TOKEN, fetch }).raw.DELETE('/api/group/leave/{instance}', {
      params: { path: { instance: 'i' }, query: { identifier: 'ABC123XYZ' } },
    });
    expect(fetch.requests[0]?.headers.get('token')).toBe(TOKEN);
  });

  it('and wins over a `token` in the extra headers', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: TOKEN, fetch, headers: { token: 'other' } }).groups.leave('i', {
      identifier: 'ABC123XYZ',
    });
    expect(fetch.requests[0]?.headers.get('token')).toBe(TOKEN);
  });
});

describe('the token never shows', () => {
  it('in the client, printed or serialized', () => {
    const client = createRyzeClient({ token: TOKEN, fetch: fakeFetch(json(200, LEFT)) });
    for (const text of renderings(client)) expect(text).not.toContain(TOKEN);
  });

  describe('in any error', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it.each([
      ['an HTTP error', () => envelope(401, 'Invalid token')],
      ['a connection error', () => new TypeError('fetch failed')],
      ['a timeout', () => hang],
    ])('%s', async (_, reply) => {
      const client = createRyzeClient({
        token: TOKEN,
        fetch: fakeFetch(reply()),
        maxRetries: 0,
        timeoutMs: 10,
      });
      const error = client.groups.leave('i', { identifier: 'ABC123XYZ' }).catch((e: unknown) => e);
      await vi.runAllTimersAsync();
      const caught = await error;
      expect(caught).toBeInstanceOf(RyzeError);
      for (const text of renderings(caught)) expect(text).not.toContain(TOKEN);
    });

    it('an abort', async () => {
      const client = createRyzeClient({ token: TOKEN, fetch: fakeFetch(hang) });
      const controller = new AbortController();
      const error = client.groups
        .leave('i', { identifier: 'ABC123XYZ' }, { signal: controller.signal })
        .catch((e: unknown) => e);
      controller.abort();
      for (const text of renderings(await error)) expect(text).not.toContain(TOKEN);
    });
  });
});

describe('a token that cannot be sent is refused, naming the problem but not the token', () => {
  it.each([
    ['an empty token', '', 'The token is empty.'],
    [
      'a CR LF (header injection)',
      `${TOKEN}\r\nX-Injected: 1`,
      'The token contains a line break (CR or LF).',
    ],
    ['a lone LF (from a file read)', `${TOKEN}\n`, 'The token contains a line break (CR or LF).'],
    ['surrounding spaces', ` ${TOKEN} `, 'The token has surrounding whitespace.'],
    ['a NUL byte', `${TOKEN}\u0000`, 'The token has a character HTTP headers cannot carry.'],
    [
      'a character above U+00FF',
      `${TOKEN}€`,
      'The token has a character HTTP headers cannot carry.',
    ],
    ['a number (from JavaScript)', 42, 'The token is a number, not a string.'],
  ])('%s', (_, token, problem) => {
    const create = () =>
      createRyzeClient({ token: token as string, fetch: fakeFetch(json(200, LEFT)) });
    expect(create).toThrow(InvalidInputError);
    expect(create).toThrow(`${problem} (value hidden: it is secret)`);
    for (const text of renderings(thrownBy(create))) expect(text).not.toContain(TOKEN);
  });
});

describe('header values never show in an error message', () => {
  const SECRET = 'Bearer per-call-SECRET-9d8c';
  it.each([
    ['a line break', `${SECRET}\r\nX-Injected: 1`],
    ['a character HTTP headers cannot carry', `${SECRET}\u0000`],
    ['a character above U+00FF', `${SECRET}€`],
  ])('a per-call header with %s is refused, naming the header only', async (_, value) => {
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: TOKEN, fetch }).groups.leave(
      'i',
      { identifier: 'ABC123XYZ' },
      {
        headers: { Authorization: value },
      },
    );
    const error = await leave.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain('Authorization');
    for (const text of renderings(error)) expect(text).not.toContain('per-call-SECRET');
    expect(fetch.requests).toHaveLength(0);
  });

  it('a client-wide header likewise, at creation', () => {
    const create = () =>
      createRyzeClient({ token: TOKEN, headers: { 'X-Api-Key': `${SECRET}\n` } });
    expect(create).toThrow(InvalidInputError);
    expect(create).toThrow('X-Api-Key');
    for (const text of renderings(thrownBy(create))) expect(text).not.toContain('per-call-SECRET');
  });

  it("nor in a connection error quoting the request's headers", async () => {
    const fetch = fakeFetch((request) => {
      throw new TypeError(`socket hang up sending ${request.headers.get('X-Api-Key')}`);
    });
    const client = createRyzeClient({ token: TOKEN, fetch, maxRetries: 0 });
    const error = await client.groups
      .leave('i', { identifier: 'ABC123XYZ' }, { headers: { 'X-Api-Key': 'key-SECRET-77' } })
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain('socket hang up sending');
    expect((error as Error).message).not.toContain('key-SECRET-77');
  });
});
