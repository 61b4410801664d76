import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JID, leave } from './support/requests.ts';
import { type RunningSandbox, SandboxOptionError, startSandbox } from './support/the-package.ts';

const SECRET = 'correct-horse-battery-staple';

/** A control request with the secret header set to `sent` (or left out when undefined). */
async function controlWith(baseUrl: string, sent: string | undefined, path = '/__sandbox/state') {
  const response = await fetch(`${baseUrl}${path}`, {
    method: path === '/__sandbox/state' ? 'GET' : 'POST',
    headers: sent === undefined ? {} : { 'X-Sandbox-Control-Secret': sent },
  });
  return { status: response.status, text: await response.text() };
}

/** The sandbox's address on loopback, whatever interface it listens on. */
const onLoopback = (sandbox: RunningSandbox) => `http://127.0.0.1:${new URL(sandbox.url).port}`;

describe('the control secret, when starting', () => {
  it.each(['0.0.0.0', '::', '192.0.2.10', 'sandbox.example.com'])(
    'refuses to listen on %s, beyond this machine, without one, saying how to give one',
    async (host) => {
      const attempt = startSandbox({ host, port: 0 });
      await expect(attempt).rejects.toBeInstanceOf(SandboxOptionError);
      await expect(attempt).rejects.toThrow(`would listen on ${host}, beyond this machine`);
      await expect(attempt).rejects.toThrow(/RYZEAPI_SANDBOX_CONTROL_SECRET.*--control-secret/);
    },
  );

  it.each([
    { given: 'too-short', want: /at least 16 characters, got one of 9 \(not shown\)/ },
    { given: '', want: /at least 16 characters, got one of 0/ },
    { given: 1234567890123456 as unknown as string, want: /got number \(not shown\)/ },
  ])('refuses the secret $given, without printing it', async ({ given, want }) => {
    const attempt = startSandbox({ host: '0.0.0.0', controlSecret: given });
    await expect(attempt).rejects.toBeInstanceOf(SandboxOptionError);
    await expect(attempt).rejects.toThrow(want);
    const message = await attempt.catch((error: Error) => error.message);
    if (typeof given === 'string' && given !== '') expect(message).not.toContain(given);
  });

  it.each(['127.0.0.1', '127.8.9.10', 'localhost', '::1'])(
    'needs none on the loopback host %s',
    async (host) => {
      const sandbox = await startSandbox({ host });
      try {
        expect((await controlWith(sandbox.url, undefined)).status).toBe(200);
      } finally {
        await sandbox.stop();
      }
    },
  );
});

describe('a sandbox beyond loopback, with its control secret', () => {
  let sandbox: RunningSandbox;
  let url: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ host: '0.0.0.0', controlSecret: SECRET });
    url = onLoopback(sandbox);
  });
  afterAll(() => sandbox.stop());

  it('answers a control request without the secret 401, with the header to send', async () => {
    const { status, text } = await controlWith(url, undefined);
    expect(status).toBe(401);
    expect(JSON.parse(text)).toEqual({
      success: false,
      error: {
        message:
          'This sandbox protects its control API: send its control secret in the X-Sandbox-Control-Secret header',
      },
    });
  });

  it.each([
    ['another secret of the same length', SECRET.replace('c', 'k')],
    ['the secret with a character more', `${SECRET}!`],
    ['a prefix of the secret', SECRET.slice(0, 16)],
    ['the secret in another case', SECRET.toUpperCase()],
  ])('answers %s 403, and changes nothing', async (_, sent) => {
    await leave(url, JID);
    const { status, text } = await controlWith(url, sent, '/__sandbox/reset');
    expect(status).toBe(403);
    expect(text).toContain('does not match');
    expect(text).not.toContain(SECRET);
    expect(sandbox.state.isMember('my-instance', JID)).toBe(false);
  });

  it('serves the control API to the right secret', async () => {
    await leave(url, JID);
    expect((await controlWith(url, SECRET, '/__sandbox/reset')).status).toBe(200);
    expect(sandbox.state.isMember('my-instance', JID)).toBe(true);
    const { status, text } = await controlWith(url, SECRET);
    expect(status).toBe(200);
    expect(text).not.toContain(SECRET);
  });

  it('leaves the API itself to its tokens, as the service does', async () => {
    await controlWith(url, SECRET, '/__sandbox/reset');
    expect((await leave(url, JID)).status).toBe(200);
  });

  it('lets a browser on another origin send the secret (the preflight allows its header)', async () => {
    const preflight = await fetch(`${url}/__sandbox/reset`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://docs.example.com',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-sandbox-control-secret',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain(
      'x-sandbox-control-secret',
    );
  });
});

describe('a sandbox on loopback given a control secret', () => {
  it('guards its control API with it too', async () => {
    const sandbox = await startSandbox({ controlSecret: SECRET });
    try {
      expect((await controlWith(sandbox.url, undefined)).status).toBe(401);
      expect((await controlWith(sandbox.url, 'x'.repeat(SECRET.length))).status).toBe(403);
      expect((await controlWith(sandbox.url, SECRET)).status).toBe(200);
    } finally {
      await sandbox.stop();
    }
  });
});
