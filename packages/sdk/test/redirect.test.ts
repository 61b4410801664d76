import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { closeServer, listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRyzeClient, RedirectError } from '../src/index.ts';
import { fakeFetch } from './fake-fetch.ts';

const TOKEN = 'tok_SECRET_redirect';

// Another origin (another port of 127.0.0.1) that records whatever reaches it.
let elsewhere: Server;
let elsewhereUrl: string;
const stolen: IncomingHttpHeaders[] = [];
// The API's origin, answering every request with a redirect to the other origin.
let api: Server;
let apiUrl: string;
let status = 302;

beforeEach(async () => {
  stolen.length = 0;
  elsewhere = createServer((request, response) => {
    stolen.push(request.headers);
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end('{"success":true,"message":"ok","groupJid":"1@g.us"}');
  });
  elsewhereUrl = await listenOnLoopback(elsewhere);
  api = createServer((_, response) => {
    response.writeHead(status, { Location: `${elsewhereUrl}/collect?sig=s3cr3t&x=1#frag` });
    response.end();
  });
  apiUrl = await listenOnLoopback(api);
});
afterEach(async () => {
  await Promise.all([closeServer(api), closeServer(elsewhere)]);
});

describe('a redirect is never followed with the token', () => {
  it.each([301, 302, 303, 307, 308])(
    'a %s through groups becomes a RedirectError naming the Location without its query',
    async (code) => {
      status = code;
      const client = createRyzeClient({ token: TOKEN, baseUrl: apiUrl });
      const error = await client.groups
        .leave('i', { identifier: 'ABC123XYZ' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ status: code, attempts: 1 });
      expect((error as RedirectError).location).toBe(`${elsewhereUrl}/collect?…`);
      expect((error as Error).message).toContain(`${elsewhereUrl}/collect?…`);
      expect((error as Error).message).toBe(
        `Redirect to ${elsewhereUrl}/collect?… not followed, so the token goes nowhere else: set baseUrl to the API's address (HTTP ${code})`,
      );
      expect((error as Error).message).not.toContain('s3cr3t');
      expect(stolen).toEqual([]);
    },
  );

  it('nor through the raw client', async () => {
    const client = createRyzeClient({ token: TOKEN, baseUrl: apiUrl, authScheme: 'bearer' });
    const call = client.raw.DELETE('/api/group/leave/{instance}', {
      params: { path: { instance: 'i' }, query: { identifier: 'ABC123XYZ' } },
    });
    await expect(call).rejects.toBeInstanceOf(RedirectError);
    expect(stolen).toEqual([]);
  });

  it('nor by an injected fetch, which is asked not to follow (redirect: manual)', async () => {
    const fetch = fakeFetch(
      new Response(null, { status: 307, headers: { Location: 'https://evil.example/x' } }),
    );
    const client = createRyzeClient({ token: TOKEN, fetch });
    await expect(client.groups.leave('i', { identifier: 'ABC123XYZ' })).rejects.toThrow(
      'https://evil.example/x',
    );
    expect(fetch.requests.map((request) => request.redirect)).toEqual(['manual']);
  });

  it("a browser's opaque redirect (no status, no Location) is a RedirectError too", async () => {
    // What a browser's fetch gives for redirect: 'manual'; Node cannot build one, so it is faked.
    const opaque = Object.defineProperties(new Response(null, { status: 200 }), {
      type: { value: 'opaqueredirect' },
      status: { value: 0 },
      ok: { value: false },
    });
    const client = createRyzeClient({ token: TOKEN, fetch: async () => opaque, maxRetries: 0 });
    const error = await client.groups
      .leave('i', { identifier: 'ABC123XYZ' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as RedirectError).location).toBeUndefined();
  });
});
