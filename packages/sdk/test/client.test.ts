import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectionError,
  createRyzeClient,
  InvalidInputError,
  NotFoundError,
  RequestAbortedError,
  SDK_USER_AGENT,
} from '../src/index.ts';
import { envelope, fakeFetch, json, LEFT, rateLimitHeaders } from './fake-fetch.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('groups.leave', () => {
  it('sends DELETE with the identifier in the query and the token in its header', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const client = createRyzeClient({ token: 'tok-123', fetch });
    await expect(
      client.groups.leave('my-instance', { identifier: '120363406289005073@g.us' }),
    ).resolves.toEqual(LEFT);
    const [request] = fetch.requests;
    expect(request?.method).toBe('DELETE');
    expect(request?.url).toBe(
      'https://ryzeapi.cloud/api/group/leave/my-instance?identifier=120363406289005073%40g.us',
    );
    expect(request?.headers.get('token')).toBe('tok-123');
    expect(request?.headers.get('Content-Type')).toBeNull();
  });

  it('.withResponse() also returns the rate limit, the response and the attempts', async () => {
    const fetch = fakeFetch(json(200, LEFT, rateLimitHeaders(1_767_225_660, 42)));
    const result = await createRyzeClient({ token: 't', fetch })
      .groups.leave('i', { identifier: 'ABC123XYZ' })
      .withResponse();
    expect(result.data).toEqual(LEFT);
    expect(result.rateLimit).toEqual({
      limit: 100,
      remaining: 42,
      resetAt: new Date(1_767_225_660_000),
    });
    expect(result.response.status).toBe(200);
    expect(result.attempts).toBe(1);
  });

  it('sends per-call headers, over the client-wide ones (as the mock needs for Prefer)', async () => {
    const fetch = fakeFetch(envelope(404, 'Group not found or you are not a member of this group'));
    const client = createRyzeClient({
      token: 't',
      fetch,
      headers: { Prefer: 'code=200', 'X-Trace': 'a' },
    });
    const leave = client.groups.leave(
      'i',
      { identifier: 'ABC123XYZ' },
      {
        headers: { Prefer: 'code=404, example=notMember' },
      },
    );
    await expect(leave).rejects.toBeInstanceOf(NotFoundError);
    expect(fetch.requests[0]?.headers.get('Prefer')).toBe('code=404, example=notMember');
    expect(fetch.requests[0]?.headers.get('X-Trace')).toBe('a');
  });

  it('refuses a per-call header that cannot be sent, without sending anything', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: 't', fetch }).groups.leave(
      'i',
      { identifier: 'ABC123XYZ' },
      {
        headers: { Prefer: 'code=200\r\nX-Injected: 1' },
      },
    );
    await expect(leave).rejects.toThrow(InvalidInputError);
    await expect(leave).rejects.toThrow('The header Prefer contains a line break (CR or LF)');
    expect(fetch.requests).toHaveLength(0);
  });

  it('never retries nor calls a connection error what failed before anything was sent', async () => {
    // The runtime refuses a header name with a space when building the Request.
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: 't', fetch, maxRetries: 3 }).groups.leave(
      'i',
      { identifier: 'ABC123XYZ' },
      { headers: { 'X Bad': 'v' } },
    );
    await expect(leave).rejects.toThrow(InvalidInputError);
    expect(fetch.requests).toHaveLength(0);
  });

  it('uses globalThis.fetch when no fetch is given, looked up at call time', () => {
    // Creating a client must not touch the network nor need fetch to exist yet.
    expect(() => createRyzeClient({ token: 't' })).not.toThrow();
  });
});

describe('User-Agent', () => {
  it('is @ryzeapi/sdk/<version of package.json>', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: 't', fetch }).groups.leave('i', { identifier: 'ABC123XYZ' });
    expect(SDK_USER_AGENT).toBe(`@ryzeapi/sdk/${version}`);
    expect(fetch.requests[0]?.headers.get('User-Agent')).toBe(`@ryzeapi/sdk/${version}`);
  });

  it("puts the application's product token first", async () => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: 't', fetch, userAgent: 'my-app/1.2' }).groups.leave('i', {
      identifier: 'ABC123XYZ',
    });
    expect(fetch.requests[0]?.headers.get('User-Agent')).toBe(`my-app/1.2 @ryzeapi/sdk/${version}`);
  });

  it('refuses one that cannot be sent, showing it', () => {
    expect(() => createRyzeClient({ token: 't', userAgent: 'my-app\r\n' })).toThrow(
      'The userAgent contains a line break (CR or LF). Got "my-app\\r\\n"',
    );
  });
});

describe('createRyzeClient checks its options', () => {
  it.each([
    [
      { baseUrl: 'ryzeapi.cloud' },
      'The baseUrl "ryzeapi.cloud" is not an http(s) URL without credentials, query or fragment, like https://ryzeapi.cloud',
    ],
    [{ baseUrl: 'ftp://ryzeapi.cloud' }, 'The baseUrl "ftp://ryzeapi.cloud" is not an http(s) URL'],
    [{ baseUrl: 'https://' }, 'The baseUrl "https://" is not an http(s) URL'],
    [
      { baseUrl: 'http://ryze api.cloud' },
      'The baseUrl "http://ryze api.cloud" is not an http(s) URL',
    ],
    // A query or fragment would swallow the operation's path, and could carry a key into logs.
    [
      { baseUrl: 'https://ryzeapi.cloud/?api_key=k' },
      'The baseUrl "https://ryzeapi.cloud/?api_key=k" is not an http(s) URL without credentials, query or fragment',
    ],
    [{ baseUrl: 'https://ryzeapi.cloud?' }, 'is not an http(s) URL without credentials, query'],
    [{ baseUrl: 'https://ryzeapi.cloud/#v1' }, 'is not an http(s) URL without credentials, query'],
    [{ maxRetries: -1 }, 'maxRetries must be an integer from 0 to 2147483647, got -1'],
    [{ maxRetries: 1.5 }, 'maxRetries must be an integer from 0 to 2147483647, got 1.5'],
    [{ maxRetries: Number.NaN }, 'maxRetries must be an integer from 0 to 2147483647, got NaN'],
    [{ timeoutMs: 0 }, 'timeoutMs must be an integer from 1 to 2147483647, got 0'],
    [
      { timeoutMs: Number.POSITIVE_INFINITY },
      'timeoutMs must be an integer from 1 to 2147483647, got Infinity',
    ],
    [
      { maxRetryWaitMs: 2 ** 31 },
      'maxRetryWaitMs must be an integer from 1 to 2147483647, got 2147483648',
    ],
  ])('%o', (options, message) => {
    expect(() => createRyzeClient({ token: 't', ...options })).toThrow(InvalidInputError);
    expect(() => createRyzeClient({ token: 't', ...options })).toThrow(message);
  });

  it.each([
    ['http://127.0.0.1:4020', 'http://127.0.0.1:4020/api/group/leave/i?identifier=ABC'],
    [
      'https://api.example.com/ryze/',
      'https://api.example.com/ryze/api/group/leave/i?identifier=ABC',
    ],
    ['http://[::1]:8080', 'http://[::1]:8080/api/group/leave/i?identifier=ABC'],
    ['https://a.example/b@c', 'https://a.example/b@c/api/group/leave/i?identifier=ABC'],
  ])('takes the baseUrl %s, a path and an @ in it included', async (baseUrl, url) => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: 't', baseUrl, fetch }).groups.leave('i', { identifier: 'ABC' });
    expect(fetch.requests[0]?.url).toBe(url);
  });

  it('refuses a baseUrl with credentials, without showing them', () => {
    const create = () => createRyzeClient({ token: 't', baseUrl: 'http://user:pw@127.0.0.1:9' });
    expect(create).toThrow(InvalidInputError);
    expect(create).toThrow(
      'The baseUrl "http://***@127.0.0.1:9" is not an http(s) URL without credentials, query or fragment, like https://ryzeapi.cloud (the token option carries the token)',
    );
  });

  it('and per-call ones, before sending', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: 't', fetch }).groups.leave(
      'i',
      { identifier: 'ABC123XYZ' },
      {
        timeoutMs: -5,
      },
    );
    await expect(leave).rejects.toThrow(
      'timeoutMs must be an integer from 1 to 2147483647, got -5',
    );
    expect(fetch.requests).toHaveLength(0);
  });
});

describe('the raw client', () => {
  it('is the typed openapi-fetch client, authenticated, without retries', async () => {
    const fetch = fakeFetch(envelope(500, 'x'), json(200, LEFT));
    const client = createRyzeClient({ token: 't', fetch });
    const { data, error, response } = await client.raw.DELETE('/api/group/leave/{instance}', {
      params: { path: { instance: 'i' }, query: { identifier: 'ABC123XYZ' } },
    });
    expect(data).toBeUndefined();
    expect(error).toEqual({ success: false, error: { message: 'x' } });
    expect(response.status).toBe(500);
    expect(fetch.requests).toHaveLength(1);
  });
});

describe('over real HTTP on 127.0.0.1, with the runtime fetch', () => {
  it('sends what the spec describes and reads the answer', async () => {
    const received: { method?: string; url?: string; headers?: IncomingHttpHeaders } = {};
    const server = createServer((request, response) => {
      Object.assign(received, {
        method: request.method,
        url: request.url,
        headers: request.headers,
      });
      response.writeHead(200, { 'Content-Type': 'application/json', ...rateLimitHeaders() });
      response.end(JSON.stringify(LEFT));
    });
    await listenOnLoopback(server);
    try {
      const { port } = server.address() as AddressInfo;
      const client = createRyzeClient({ token: 'tok', baseUrl: `http://127.0.0.1:${port}` });
      await expect(
        client.groups.leave('my instance', {
          identifier: 'https://chat.whatsapp.com/ABC123XYZ?mode=gi_t',
        }),
      ).resolves.toEqual(LEFT);
      expect(received.method).toBe('DELETE');
      expect(received.url).toBe(
        '/api/group/leave/my%20instance?identifier=https%3A%2F%2Fchat.whatsapp.com%2FABC123XYZ',
      );
      expect(received.headers?.token).toBe('tok');
      expect(received.headers?.['user-agent']).toBe(`@ryzeapi/sdk/${version}`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('hands the runtime fetch the Request openapi-fetch built, from groups (with the attempt signal in init) and raw alike', async () => {
    const server = createServer((_, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json', ...rateLimitHeaders() });
      response.end(JSON.stringify(LEFT));
    });
    await listenOnLoopback(server);
    // Records what the runtime fetch is given, and lets it send for real.
    const runtimeFetch = vi.spyOn(globalThis, 'fetch');
    try {
      const { port } = server.address() as AddressInfo;
      const baseUrl = `http://127.0.0.1:${port}`;
      const client = createRyzeClient({ token: 'tok', baseUrl });
      await expect(client.groups.leave('i', { identifier: 'ABC123XYZ' })).resolves.toEqual(LEFT);
      await client.raw.DELETE('/api/group/leave/{instance}', {
        params: { path: { instance: 'i' }, query: { identifier: 'ABC123XYZ' } },
      });
      const [fromGroups, fromRaw] = runtimeFetch.mock.calls.map(([, init]) => init);
      // The attempt's deadline goes to fetch itself, not through the Request it would follow.
      expect(fromGroups?.signal).toBeInstanceOf(AbortSignal);
      expect(fromRaw).toBeUndefined();
      for (const [request] of runtimeFetch.mock.calls) {
        expect(request).toBeInstanceOf(Request);
        expect((request as Request).signal.aborted).toBe(false);
        expect((request as Request).url).toBe(`${baseUrl}/api/group/leave/i?identifier=ABC123XYZ`);
        expect((request as Request).redirect).toBe('manual');
        expect((request as Request).headers.get('token')).toBe('tok');
      }
      expect(runtimeFetch).toHaveBeenCalledTimes(2);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("aborts the runtime fetch's request when the attempt's signal aborts: the server sees it closed", async () => {
    const controller = new AbortController();
    let closed!: () => void;
    const requestClosed = new Promise<void>((resolve) => {
      closed = resolve;
    });
    // Never answers: once it holds the request, the caller aborts (the timeout aborts the same way).
    const server = createServer((request) => {
      request.once('close', closed);
      controller.abort();
    });
    await listenOnLoopback(server);
    try {
      const { port } = server.address() as AddressInfo;
      const client = createRyzeClient({ token: 'tok', baseUrl: `http://127.0.0.1:${port}` });
      const call = client.groups.leave(
        'i',
        { identifier: 'ABC123XYZ' },
        { signal: controller.signal },
      );
      await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
      await requestClosed;
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('turns a refused connection into a ConnectionError naming the cause', async () => {
    const server = createServer();
    await listenOnLoopback(server);
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const client = createRyzeClient({
      token: 't',
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 0,
    });
    const error = await client.groups
      .leave('i', { identifier: 'ABC123XYZ' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toContain('ECONNREFUSED');
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
  });
});

describe('the returned promise', () => {
  it('sends once, however often it is awaited, with or without .withResponse()', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const call = createRyzeClient({ token: 't', fetch }).groups.leave('i', {
      identifier: 'ABC123XYZ',
    });
    await expect(call).resolves.toEqual(LEFT);
    await expect(call.withResponse()).resolves.toMatchObject({ data: LEFT, attempts: 1 });
    await expect(call).resolves.toEqual(LEFT);
    expect(fetch.requests).toHaveLength(1);
  });

  it('rejects only where it is consumed: .withResponse() alone leaves no unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const client = createRyzeClient({ token: 't', fetch: fakeFetch(envelope(404, 'x')) });
      const call = client.groups.leave('i', { identifier: 'ABC123XYZ' });
      await expect(call.withResponse()).rejects.toBeInstanceOf(NotFoundError);
      // Unhandled rejections are reported after the microtask queue drains.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', record);
    }
  });

  it('the 0.x form leave(instance, identifier) is refused from JavaScript, saying what to pass', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: 't', fetch }).groups.leave(
      'i',
      'ABC123XYZ' as unknown as { identifier: string },
    );
    await expect(leave).rejects.toThrow(
      'groups.leave takes { identifier } as its second argument, got a string',
    );
    expect(fetch.requests).toHaveLength(0);
  });
});

describe('errors carry the request that failed', () => {
  it('its method and URL', async () => {
    const client = createRyzeClient({ token: 'tok-secret', fetch: fakeFetch(envelope(404, 'x')) });
    const error = await client.groups
      .leave('i', { identifier: 'ABC123XYZ' })
      .catch((e: unknown) => e);
    expect((error as NotFoundError).request).toEqual({
      method: 'DELETE',
      url: 'https://ryzeapi.cloud/api/group/leave/i?identifier=ABC123XYZ',
    });
  });

  it('a connection error too; an input refused before any request has none', async () => {
    const client = createRyzeClient({
      token: 't',
      fetch: fakeFetch(new TypeError('fetch failed')),
      maxRetries: 0,
    });
    const lost = await client.groups.leave('i', { identifier: 'ABC' }).catch((e: unknown) => e);
    expect((lost as ConnectionError).request?.url).toBe(
      'https://ryzeapi.cloud/api/group/leave/i?identifier=ABC',
    );
    const refused = await client.groups.leave('i', { identifier: '' }).catch((e: unknown) => e);
    expect((refused as InvalidInputError).request).toBeUndefined();
  });
});

describe('the environment', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('gives the token (RYZEAPI_TOKEN) and the baseUrl (RYZEAPI_BASE_URL) when not passed', async () => {
    vi.stubEnv('RYZEAPI_TOKEN', 'env-token');
    vi.stubEnv('RYZEAPI_BASE_URL', 'http://127.0.0.1:4999');
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ fetch }).groups.leave('i', { identifier: 'ABC123XYZ' });
    expect(fetch.requests[0]?.headers.get('token')).toBe('env-token');
    expect(fetch.requests[0]?.url).toMatch(/^http:\/\/127\.0\.0\.1:4999\/api\/group\/leave\/i/);
  });

  it('never over an option passed', async () => {
    vi.stubEnv('RYZEAPI_TOKEN', 'env-token');
    vi.stubEnv('RYZEAPI_BASE_URL', 'http://127.0.0.1:4999');
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ fetch, token: 'mine', baseUrl: 'https://a.example' }).groups.leave(
      'i',
      { identifier: 'ABC123XYZ' },
    );
    expect(fetch.requests[0]?.headers.get('token')).toBe('mine');
    expect(fetch.requests[0]?.url).toMatch(/^https:\/\/a\.example\//);
  });

  it('without either, the token is missing: the error says where to give it', () => {
    vi.stubEnv('RYZEAPI_TOKEN', undefined);
    expect(() => createRyzeClient()).toThrow(
      'No token: pass the token option or set RYZEAPI_TOKEN',
    );
  });

  it('where the runtime has no process (a browser), the defaults apply', async () => {
    vi.stubGlobal('process', undefined);
    try {
      const fetch = fakeFetch(json(200, LEFT));
      await createRyzeClient({ token: 't', fetch }).groups.leave('i', { identifier: 'ABC' });
      expect(fetch.requests[0]?.url).toMatch(/^https:\/\/ryzeapi\.cloud\//);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('authScheme from JavaScript', () => {
  it.each(['Bearer', 'basic', ''])('%j is refused, not replaced', (scheme) => {
    expect(() => createRyzeClient({ token: 't', authScheme: scheme as 'bearer' })).toThrow(
      `The authScheme ${JSON.stringify(scheme)} is neither 'token-header' nor 'bearer'`,
    );
  });
});

describe('the logger', () => {
  it('gets each attempt, wait and retry at debug level, never the token nor a header value', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const lines: string[] = [];
      const client = createRyzeClient({
        token: 'tok-SECRET-1',
        fetch: fakeFetch(
          () => {
            throw new TypeError('boom with tok-SECRET-1 and hdr-SECRET-2');
          },
          json(200, LEFT),
        ),
        headers: { 'X-Key': 'hdr-SECRET-2' },
        logger: { debug: (line) => lines.push(line) },
      });
      const call = client.groups.leave('i', { identifier: 'ABC123XYZ' });
      await vi.runAllTimersAsync();
      await call;
      expect(lines).toHaveLength(3);
      expect(lines[0]).toBe(
        'RyzeAPI DELETE https://ryzeapi.cloud/api/group/leave/i?identifier=ABC123XYZ: attempt 1 of 3',
      );
      expect(lines[1]).toMatch(
        /^RyzeAPI retry in \d+ ms after: The API could not be reached: boom with \[redacted\] and \[redacted\]$/,
      );
      expect(lines[2]).toContain('attempt 2 of 3');
      expect(lines.join('\n')).not.toMatch(/SECRET/);
    } finally {
      vi.useRealTimers();
    }
  });
});
