import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, JID, leave, rateLimitOf } from './support/requests.ts';
import { type ControlState, type RunningSandbox, startSandbox } from './support/the-package.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: 5 });
});
afterAll(() => sandbox.stop());

const state = async () =>
  (await control(sandbox.url, 'GET', '/__sandbox/state')).body as ControlState;

describe('the control API', () => {
  it('shows the world: memberships, buckets (tokens named by owner), faults and clock', async () => {
    await control(sandbox.url, 'POST', '/__sandbox/reset');
    await leave(sandbox.url, JID);
    await control(sandbox.url, 'POST', '/__sandbox/faults', { kind: '500', count: 2 });
    const now = await state();
    expect(now.instances.find((x) => x.name === 'my-instance')?.groups).not.toContain(JID);
    expect(now.groups.find((g) => g.jid === JID)?.members).toEqual([
      'offline-instance',
      'other-instance',
    ]);
    expect(now.rateLimit).toMatchObject({
      limit: 5,
      windowSeconds: 60,
      buckets: [{ token: 'instance token of my-instance', remaining: 4 }],
    });
    expect(JSON.stringify(now)).not.toContain('sandbox-token-my-instance');
    expect(now.faults).toEqual([{ kind: '500', when: 'before', delayMs: 0, remaining: 2 }]);
    expect(Date.parse(now.clock.now)).not.toBeNaN();
  });

  it('resets memberships, buckets, faults and the clock', async () => {
    await leave(sandbox.url, JID);
    await control(sandbox.url, 'POST', '/__sandbox/clock', { advanceSeconds: 30 });
    const { status, body } = await control(sandbox.url, 'POST', '/__sandbox/reset');
    expect(status).toBe(200);
    expect((body as ControlState).rateLimit.buckets).toEqual([]);
    expect((body as ControlState).faults).toEqual([]);
    expect((body as ControlState).clock.offsetSeconds).toBe(0);
    expect(sandbox.state.isMember('my-instance', JID)).toBe(true);
  });

  it('resets to another rate limit until the next plain reset', async () => {
    const tight = await control(sandbox.url, 'POST', '/__sandbox/reset', {
      rateLimit: 1,
      rateWindowSeconds: 2,
    });
    expect((tight.body as ControlState).rateLimit).toMatchObject({ limit: 1, windowSeconds: 2 });
    expect(rateLimitOf(await leave(sandbox.url, JID))).toMatchObject({ limit: 1, remaining: 0 });
    expect((await leave(sandbox.url, JID)).status).toBe(429);

    await control(sandbox.url, 'POST', '/__sandbox/reset');
    expect(rateLimitOf(await leave(sandbox.url, JID))).toMatchObject({ limit: 5, remaining: 4 });
    sandbox.reset({ rateLimit: 2 });
    expect(rateLimitOf(await leave(sandbox.url, JID))).toMatchObject({ limit: 2, remaining: 1 });
    sandbox.reset();
  });

  it.each([
    { given: { rateLimit: 0 }, want: /reset\/rateLimit must be >= 1/ },
    { given: { rateWindowSeconds: 0 }, want: /reset\/rateWindowSeconds must be > 0/ },
    { given: { limit: 3 }, want: /must NOT have additional properties/ },
  ])(
    'refuses the reset $given with 400 saying why, and changes nothing',
    async ({ given, want }) => {
      const { status, body } = await control(sandbox.url, 'POST', '/__sandbox/reset', given);
      expect(status).toBe(400);
      expect((body as { error: { message: string } }).error.message).toMatch(want);
      expect((await state()).rateLimit.limit).toBe(5);
    },
  );

  it.each([
    { given: {}, want: /must have required property 'advanceSeconds'/ },
    { given: { advanceSeconds: -5 }, want: /clock\/advanceSeconds must be >= 0/ },
    { given: { advanceSeconds: '60' }, want: /must be number/ },
  ])('refuses the clock move $given with 400 saying why', async ({ given, want }) => {
    const { status, body } = await control(sandbox.url, 'POST', '/__sandbox/clock', given);
    expect(status).toBe(400);
    expect((body as { error: { message: string } }).error.message).toMatch(want);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await fetch(`${sandbox.url}/__sandbox/faults`, {
      method: 'POST',
      body: '{kind: 500}',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { message: /^The body is not JSON/ } });
  });

  it('names its endpoints when asked for one it does not have', async () => {
    const { status, body } = await control(sandbox.url, 'GET', '/__sandbox/time');
    expect(status).toBe(404);
    expect((body as { error: { message: string } }).error.message).toContain(
      'POST /__sandbox/reset, GET /__sandbox/state',
    );
  });

  it('is reached from code too', async () => {
    sandbox.reset();
    await leave(sandbox.url, JID);
    sandbox.reset();
    expect(sandbox.state.snapshot().groups.find((g) => g.jid === JID)?.members).toContain(
      'my-instance',
    );
  });
});
