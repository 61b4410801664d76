import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { control, JID, leave } from './support/requests.ts';
import { type ControlState, type RunningSandbox, startSandbox } from './support/the-package.ts';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: 1000 });
});
afterAll(() => sandbox.stop());
beforeEach(() => sandbox.reset());

describe('simultaneous requests', () => {
  it('two leaves of the same group by the same instance: exactly one 200 and one 404', async () => {
    for (let round = 0; round < 20; round += 1) {
      sandbox.reset();
      const statuses = await Promise.all([leave(sandbox.url, JID), leave(sandbox.url, JID)]).then(
        (responses) => responses.map((response) => response.status),
      );
      expect(statuses.sort()).toEqual([200, 404]);
    }
  });

  it('N parallel callers of one token take exactly N from its bucket', async () => {
    const callers = 200;
    const responses = await Promise.all(
      Array.from({ length: callers }, () => leave(sandbox.url, 'ABC123XYZ')),
    );
    const remaining = responses.map((response) =>
      Number(response.headers.get('X-RateLimit-Remaining')),
    );
    // Every caller saw a different count: no unit was taken twice.
    expect(new Set(remaining).size).toBe(callers);
    expect(Math.min(...remaining)).toBe(1000 - callers);
    const { body } = await control(sandbox.url, 'GET', '/__sandbox/state');
    expect((body as ControlState).rateLimit.buckets).toEqual([
      expect.objectContaining({
        token: 'instance token of my-instance',
        remaining: 1000 - callers,
      }),
    ]);
    expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
  });
});
