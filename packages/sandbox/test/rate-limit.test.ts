import { afterEach, describe, expect, it } from 'vitest';
import {
  answerOf,
  CODE,
  control,
  envelope,
  INSTANCE_TOKEN,
  JID,
  leave,
  ManualClock,
  rateLimitOf,
} from './support/requests.ts';
import { type RunningSandbox, type SandboxOptions, startSandbox } from './support/the-package.ts';

const running: RunningSandbox[] = [];
async function sandboxWith(options: SandboxOptions) {
  const sandbox = await startSandbox(options);
  running.push(sandbox);
  return sandbox;
}
afterEach(async () => {
  await Promise.all(running.splice(0).map((sandbox) => sandbox.stop()));
});

describe("each token's bucket", () => {
  it('counts down on every answer, then answers 429 until the window ends', async () => {
    const clock = new ManualClock();
    const sandbox = await sandboxWith({ rateLimit: 3, rateWindowSeconds: 60, clock });
    const resetAt = Math.ceil((clock.ms + 60_000) / 1000);
    const answers = [];
    for (const identifier of [JID, JID, 'nope!', CODE]) {
      const response = await leave(sandbox.url, identifier);
      answers.push({ status: response.status, ...rateLimitOf(response) });
    }
    expect(answers).toEqual([
      { status: 200, limit: 3, remaining: 2, reset: resetAt },
      { status: 404, limit: 3, remaining: 1, reset: resetAt },
      { status: 400, limit: 3, remaining: 0, reset: resetAt },
      { status: 429, limit: 3, remaining: 0, reset: resetAt },
    ]);
    const refused = await leave(sandbox.url, CODE);
    expect(await answerOf(refused)).toEqual({
      status: 429,
      body: envelope('Rate limit exceeded. Try again later.'),
    });
  });

  it('does nothing for a request it refuses: the group is not left', async () => {
    const sandbox = await sandboxWith({ rateLimit: 1 });
    expect((await leave(sandbox.url, 'NOSUCHCODE')).status).toBe(404);
    expect((await leave(sandbox.url, JID)).status).toBe(429);
    expect(sandbox.state.isMember('my-instance', JID)).toBe(true);
  });

  it('refills when its window ends, by X-RateLimit-Reset (rounded up to the second)', async () => {
    const clock = new ManualClock();
    const sandbox = await sandboxWith({ rateLimit: 1, rateWindowSeconds: 10, clock });
    const windowStart = clock.ms;
    const first = await leave(sandbox.url, JID);
    const { reset } = rateLimitOf(first);
    expect(reset).toBe(Math.ceil((windowStart + 10_000) / 1000));
    expect((await leave(sandbox.url, JID)).status).toBe(429);

    clock.ms = windowStart + 10_000 - 1;
    expect((await leave(sandbox.url, JID)).status).toBe(429);
    clock.ms = reset * 1000;
    const refilled = await leave(sandbox.url, JID);
    expect(refilled.status).toBe(404);
    expect(rateLimitOf(refilled)).toEqual({ limit: 1, remaining: 0, reset: reset + 10 });
  });

  it('is moved by the control API clock, as tests do instead of sleeping', async () => {
    const sandbox = await sandboxWith({ rateLimit: 1, rateWindowSeconds: 3600 });
    expect((await leave(sandbox.url, JID)).status).toBe(200);
    expect((await leave(sandbox.url, JID)).status).toBe(429);
    expect(
      await control(sandbox.url, 'POST', '/__sandbox/clock', { advanceSeconds: 3600 }),
    ).toMatchObject({
      status: 200,
      body: { offsetSeconds: 3600 },
    });
    expect((await leave(sandbox.url, JID)).status).toBe(404);
  });

  it('is one per token, shared by the token header and Bearer, apart from other tokens', async () => {
    const sandbox = await sandboxWith({ rateLimit: 2 });
    await leave(sandbox.url, JID, { headers: { token: INSTANCE_TOKEN } });
    const bearer = await leave(sandbox.url, JID, {
      headers: { authorization: `Bearer ${INSTANCE_TOKEN}` },
    });
    expect(rateLimitOf(bearer).remaining).toBe(0);
    const account = await leave(sandbox.url, JID, { headers: { token: 'sandbox-token-account' } });
    expect(rateLimitOf(account).remaining).toBe(1);
  });

  it('counts 401s against the token sent, and nothing for a request without a token', async () => {
    const sandbox = await sandboxWith({ rateLimit: 2 });
    const foreign = { headers: { token: 'sandbox-token-other-instance' } };
    expect(rateLimitOf(await leave(sandbox.url, JID, foreign)).remaining).toBe(1);
    expect(rateLimitOf(await leave(sandbox.url, JID, foreign)).remaining).toBe(0);
    expect((await leave(sandbox.url, JID, foreign)).status).toBe(429);

    for (let i = 0; i < 3; i += 1) {
      const anonymous = await leave(sandbox.url, JID, { headers: {} });
      expect(anonymous.status).toBe(401);
      expect(rateLimitOf(anonymous)).toMatchObject({ limit: 2, remaining: 2 });
    }
  });

  it('starts full again after a reset', async () => {
    const sandbox = await sandboxWith({ rateLimit: 1 });
    await leave(sandbox.url, JID);
    expect((await leave(sandbox.url, JID)).status).toBe(429);
    await control(sandbox.url, 'POST', '/__sandbox/reset');
    expect((await leave(sandbox.url, JID)).status).toBe(200);
  });

  it('does not count control API calls', async () => {
    const sandbox = await sandboxWith({ rateLimit: 1 });
    for (let i = 0; i < 3; i += 1) await control(sandbox.url, 'GET', '/__sandbox/state');
    expect((await leave(sandbox.url, JID)).status).toBe(200);
  });
});
