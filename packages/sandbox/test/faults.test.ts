import { waitFor } from '@ryzeapi/test-support/polling';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerOf, control, envelope, JID, leave, left, rateLimitOf } from './support/requests.ts';
import { type RunningSandbox, SandboxOptionError, startSandbox } from './support/the-package.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.reset());

const member = () => sandbox.state.isMember('my-instance', JID);
const queueFault = (fault: unknown) => control(sandbox.url, 'POST', '/__sandbox/faults', fault);

describe('faults on the next requests', () => {
  it.each([
    { when: 'before', stillMember: true },
    { when: 'after', stillMember: false },
  ])(
    '500 $when the leave: the envelope and the rate-limit headers',
    async ({ when, stillMember }) => {
      expect((await queueFault({ kind: '500', when })).status).toBe(201);
      const response = await leave(sandbox.url, JID);
      expect(rateLimitOf(response).remaining).toBe(99);
      expect(await answerOf(response)).toEqual({
        status: 500,
        body: envelope('Internal server error'),
      });
      expect(member()).toBe(stillMember);
    },
  );

  it.each([
    { when: 'before', stillMember: true, next: 200 },
    { when: 'after', stillMember: false, next: 404 },
  ])(
    'drop $when the leave: no answer at all, and a retry tells',
    async ({ when, stillMember, next }) => {
      await queueFault({ kind: 'drop', when });
      await expect(leave(sandbox.url, JID)).rejects.toThrow(TypeError);
      expect(member()).toBe(stillMember);
      expect((await leave(sandbox.url, JID)).status).toBe(next);
    },
  );

  it("502 with a proxy's HTML page", async () => {
    await queueFault({ kind: '502-html', when: 'after' });
    const response = await leave(sandbox.url, JID);
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(await response.text()).toContain('<h1>502 Bad Gateway</h1>');
    expect(member()).toBe(false);
  });

  it.each([
    { when: 'before', memberWhileHeld: true },
    { when: 'after', memberWhileHeld: false },
  ])('delay $when the leave holds the answer back', async ({ when, memberWhileHeld }) => {
    await queueFault({ kind: 'delay', when, delayMs: 3_000 });
    let settled = false;
    const pending = leave(sandbox.url, JID).finally(() => {
      settled = true;
    });
    // The request has arrived once it took the fault off the queue.
    await waitFor('the request to take the fault', async () => {
      const { body } = await control(sandbox.url, 'GET', '/__sandbox/state');
      return (body as { faults: unknown[] }).faults.length === 0;
    });
    expect(member()).toBe(memberWhileHeld);
    expect(settled).toBe(false);
    expect(await answerOf(await pending)).toEqual({ status: 200, body: left(JID) });
    expect(member()).toBe(false);
  });

  it('count N applies to the next N requests, then requests are answered normally', async () => {
    await queueFault({ kind: '500', count: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await leave(sandbox.url, JID)).status);
    expect(statuses).toEqual([500, 500, 200]);
  });

  it('never applies to the control API, and is cleared by a reset', async () => {
    await queueFault({ kind: 'drop' });
    expect((await control(sandbox.url, 'GET', '/__sandbox/state')).status).toBe(200);
    await control(sandbox.url, 'POST', '/__sandbox/reset');
    expect((await leave(sandbox.url, JID)).status).toBe(200);
  });

  it('can be cleared without a reset', async () => {
    await queueFault({ kind: '500', count: 5 });
    expect(await control(sandbox.url, 'DELETE', '/__sandbox/faults')).toEqual({
      status: 200,
      body: { faults: [] },
    });
    expect((await leave(sandbox.url, JID)).status).toBe(200);
  });

  it('can be queued from code', async () => {
    sandbox.injectFault({ kind: '500', when: 'after' });
    expect((await leave(sandbox.url, JID)).status).toBe(500);
    expect(member()).toBe(false);
  });
});

describe('a fault the sandbox cannot apply', () => {
  it.each([
    { given: { kind: 'teapot' }, want: /fault\/kind must be equal to one of the allowed values/ },
    { given: { kind: 'delay' }, want: /must have required property 'delayMs'/ },
    { given: { kind: '500', count: 0 }, want: /fault\/count must be >= 1/ },
    { given: { kind: '500', when: 'during' }, want: /fault\/when must be equal to one of/ },
    { given: { kind: '500', colour: 'red' }, want: /must NOT have additional properties/ },
    { given: undefined, want: /got nothing/ },
  ])('$given is refused with 400 saying why, and queues nothing', async ({ given, want }) => {
    const { status, body } = await queueFault(given);
    expect(status).toBe(400);
    expect((body as { error: { message: string } }).error.message).toMatch(want);
    expect((body as { error: { message: string } }).error.message).toContain('{"kind": "drop"');
    expect((await leave(sandbox.url, JID)).status).toBe(200);
  });

  it('is refused from code with a SandboxOptionError', () => {
    expect(() => sandbox.injectFault({ kind: 'slow' } as never)).toThrow(SandboxOptionError);
  });
});
