import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exampleValue } from './support/spec-examples.ts';
import { MockOptionError, type RunningProxy, startProxy } from './support/the-package.ts';

const RATE_LIMIT_HEADERS = {
  'X-RateLimit-Limit': '100',
  'X-RateLimit-Remaining': '42',
  'X-RateLimit-Reset': '1767225600',
};

/** A stand-in for a real server: answers every request with whatever `reply` says. */
class Upstream {
  readonly requests: string[] = [];
  reply: (response: ServerResponse) => void = () => {};
  private readonly server: Server = createServer((request: IncomingMessage, response) => {
    this.requests.push(`${request.method} ${request.url}`);
    this.reply(response);
  });

  start(): Promise<string> {
    return listenOnLoopback(this.server);
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers = {}) {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

describe('startProxy in front of a server', () => {
  const upstream = new Upstream();
  let proxy: RunningProxy;
  let leaveUrl: string;
  beforeAll(async () => {
    proxy = await startProxy({
      startTimeoutMs: WAIT_DEADLINE_MS,
      upstream: await upstream.start(),
    });
    leaveUrl = `${proxy.url}/api/group/leave/my-instance?identifier=ABC123XYZ`;
  });
  afterAll(async () => {
    await proxy.stop();
    await upstream.stop();
  });
  afterEach(() => {
    upstream.requests.length = 0;
  });

  it('passes a response that keeps to the spec through unchanged', async () => {
    upstream.reply = (response) =>
      sendJson(response, 404, exampleValue('GroupNotFoundOrNotMember'), RATE_LIMIT_HEADERS);
    const response = await fetch(leaveUrl, { method: 'DELETE', headers: { token: 'any-value' } });
    expect(upstream.requests).toEqual(['DELETE /api/group/leave/my-instance?identifier=ABC123XYZ']);
    expect(response.status).toBe(404);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.headers.get('X-RateLimit-Remaining')).toBe('42');
    expect(await response.json()).toEqual(exampleValue('GroupNotFoundOrNotMember'));
  });

  it.each([
    {
      given: 'a body of the wrong shape',
      reply: (response: ServerResponse) =>
        sendJson(
          response,
          200,
          { success: true, message: 'ok', groupJid: 'not-a-jid' },
          RATE_LIMIT_HEADERS,
        ),
      want: 'groupJid',
    },
    {
      given: 'no rate-limit headers',
      reply: (response: ServerResponse) => sendJson(response, 200, exampleValue('LeftGroup')),
      want: 'x-ratelimit-limit',
    },
    {
      given: "an error outside the API's envelope",
      reply: (response: ServerResponse) =>
        sendJson(response, 403, { error: 'forbidden' }, RATE_LIMIT_HEADERS),
      want: 'success',
    },
  ])('reports a response with $given as a 500 listing the violation', async ({ reply, want }) => {
    upstream.reply = reply;
    const response = await fetch(leaveUrl, { method: 'DELETE', headers: { token: 'any-value' } });
    expect(upstream.requests).toHaveLength(1);
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await response.json()) as { validation: { message: string }[] };
    expect(problem.validation.map((violation) => violation.message).join('\n')).toContain(want);
  });

  it('answers a request that breaks the spec itself, without bothering the server', async () => {
    const response = await fetch(`${proxy.url}/api/group/leave/my-instance`, {
      method: 'DELETE',
      headers: { token: 'any-value' },
    });
    expect(response.status).toBe(422);
    expect(upstream.requests).toEqual([]);
  });
});

describe('startProxy with validateRequest: false', () => {
  it("forwards a request that breaks the spec, so the server's own answer is checked", async () => {
    const upstream = new Upstream();
    upstream.reply = (response) =>
      sendJson(response, 400, exampleValue('IdentifierRequired'), RATE_LIMIT_HEADERS);
    const proxy = await startProxy({
      startTimeoutMs: WAIT_DEADLINE_MS,
      upstream: await upstream.start(),
      validateRequest: false,
    });
    try {
      const response = await fetch(`${proxy.url}/api/group/leave/my-instance`, {
        method: 'DELETE',
        headers: { token: 'any-value' },
      });
      expect(upstream.requests).toEqual(['DELETE /api/group/leave/my-instance']);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(exampleValue('IdentifierRequired'));
    } finally {
      await proxy.stop();
      await upstream.stop();
    }
  });
});

describe('startProxy options', () => {
  it.each([
    { given: 'not a url', want: /upstream must be an http\(s\) URL.*got "not a url"/ },
    { given: 'ftp://example.com', want: /got "ftp:\/\/example\.com"/ },
  ])('refuses the upstream $given', async ({ given, want }) => {
    await expect(startProxy({ upstream: given })).rejects.toThrow(want);
  });

  it('refuses credentials in the upstream URL without repeating them', async () => {
    const attempt = startProxy({ upstream: 'https://user:hunter2@example.com' });
    await expect(attempt).rejects.toBeInstanceOf(MockOptionError);
    await expect(attempt).rejects.toThrow('https://REDACTED:REDACTED@example.com/');
    await expect(attempt).rejects.not.toThrow(/hunter2/);
  });
});
