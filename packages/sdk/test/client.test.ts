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
  SDK_USER_AGENT,
} from '../src/index.ts';
import { envelope, fakeFetch, json, LEFT, rateLimitHeaders } from './fake-fetch.ts';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('groups.leave', () => {
  it('sends DELETE with the identifier in the query and the token in its header', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const client = createRyzeClient({ token: 'tok-123', fetch });
    await expect(client.groups.leave('my-instance', '120363406289005073@g.us')).resolves.toEqual(
      LEFT,
    );
    const [request] = fetch.requests;
    expect(request?.method).toBe('DELETE');
    expect(request?.url).toBe(
      'https://ryzeapi.cloud/api/group/leave/my-instance?identifier=120363406289005073%40g.us',
    );
    expect(request?.headers.get('token')).toBe('tok-123');
    expect(request?.headers.get('Content-Type')).toBeNull();
  });

  it('leaveWithResponse also returns the rate limit, the response and the attempts', async () => {
    const fetch = fakeFetch(json(200, LEFT, rateLimitHeaders(1_767_225_660, 42)));
    const result = await createRyzeClient({ token: 't', fetch }).groups.leaveWithResponse(
      'i',
      'ABC123XYZ',
    );
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
    const leave = client.groups.leave('i', 'ABC123XYZ', {
      headers: { Prefer: 'code=404, example=notMember' },
    });
    await expect(leave).rejects.toBeInstanceOf(NotFoundError);
    expect(fetch.requests[0]?.headers.get('Prefer')).toBe('code=404, example=notMember');
    expect(fetch.requests[0]?.headers.get('X-Trace')).toBe('a');
  });

  it('refuses a per-call header that cannot be sent, without sending anything', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: 't', fetch }).groups.leave('i', 'ABC123XYZ', {
      headers: { Prefer: 'code=200\r\nX-Injected: 1' },
    });
    await expect(leave).rejects.toThrow(InvalidInputError);
    await expect(leave).rejects.toThrow('The header Prefer contains a line break (CR or LF)');
    expect(fetch.requests).toHaveLength(0);
  });

  it('never retries nor calls a connection error what failed before anything was sent', async () => {
    // The runtime refuses a header name with a space when building the Request.
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: 't', fetch, maxRetries: 3 }).groups.leave(
      'i',
      'ABC123XYZ',
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
    await createRyzeClient({ token: 't', fetch }).groups.leave('i', 'ABC123XYZ');
    expect(SDK_USER_AGENT).toBe(`@ryzeapi/sdk/${version}`);
    expect(fetch.requests[0]?.headers.get('User-Agent')).toBe(`@ryzeapi/sdk/${version}`);
  });

  it("puts the application's product token first", async () => {
    const fetch = fakeFetch(json(200, LEFT));
    await createRyzeClient({ token: 't', fetch, userAgent: 'my-app/1.2' }).groups.leave(
      'i',
      'ABC123XYZ',
    );
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
      'The baseUrl "ryzeapi.cloud" is not an http(s) URL without credentials like https://ryzeapi.cloud',
    ],
    [{ baseUrl: 'ftp://ryzeapi.cloud' }, 'The baseUrl "ftp://ryzeapi.cloud" is not an http(s) URL'],
    [{ baseUrl: 'https://' }, 'The baseUrl "https://" is not an http(s) URL'],
    [
      { baseUrl: 'http://ryze api.cloud' },
      'The baseUrl "http://ryze api.cloud" is not an http(s) URL',
    ],
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

  it('refuses a baseUrl with credentials, without showing them', () => {
    const create = () => createRyzeClient({ token: 't', baseUrl: 'http://user:pw@127.0.0.1:9' });
    expect(create).toThrow(InvalidInputError);
    expect(create).toThrow(
      'The baseUrl "http://***@127.0.0.1:9" is not an http(s) URL without credentials like https://ryzeapi.cloud (the token option carries the token)',
    );
  });

  it('and per-call ones, before sending', async () => {
    const fetch = fakeFetch(json(200, LEFT));
    const leave = createRyzeClient({ token: 't', fetch }).groups.leave('i', 'ABC123XYZ', {
      timeoutMs: -5,
    });
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
        client.groups.leave('my instance', 'https://chat.whatsapp.com/ABC123XYZ?mode=gi_t'),
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

  it('hands the runtime fetch a URL and an init from groups (one Request), a Request from raw', async () => {
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
      await expect(client.groups.leave('i', 'ABC123XYZ')).resolves.toEqual(LEFT);
      const [url, init] = runtimeFetch.mock.calls[0] ?? [];
      expect(url).toBe(`${baseUrl}/api/group/leave/i?identifier=ABC123XYZ`);
      expect(init?.method).toBe('DELETE');
      expect(new Headers(init?.headers).get('token')).toBe('tok');
      expect(init?.signal).toBeInstanceOf(AbortSignal);

      await client.raw.DELETE('/api/group/leave/{instance}', {
        params: { path: { instance: 'i' }, query: { identifier: 'ABC123XYZ' } },
      });
      expect(runtimeFetch.mock.calls[1]?.[0]).toBeInstanceOf(Request);
    } finally {
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
    const error = await client.groups.leave('i', 'ABC123XYZ').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ConnectionError).message).toContain('ECONNREFUSED');
    expect((error as ConnectionError).cause).toBeInstanceOf(TypeError);
  });
});
