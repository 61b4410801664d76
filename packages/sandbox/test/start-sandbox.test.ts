import { createServer } from 'node:net';
import { refusesConnections } from '@ryzeapi/test-support/child-processes';
import { listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import { waitFor } from '@ryzeapi/test-support/polling';
import { describe, expect, it } from 'vitest';
import { JID, leave } from './support/requests.ts';
import {
  PortInUseError,
  type RunningSandbox,
  SandboxOptionError,
  startSandbox,
} from './support/the-package.ts';

describe('starting and stopping', () => {
  it('listens on a free port of 127.0.0.1, several side by side, each with its own state', async () => {
    const sandboxes = await Promise.all([startSandbox(), startSandbox()]);
    try {
      const [first, second] = sandboxes as [RunningSandbox, RunningSandbox];
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(first.url).not.toBe(second.url);
      expect((await leave(first.url, JID)).status).toBe(200);
      expect((await leave(second.url, JID)).status).toBe(200);
    } finally {
      await Promise.all(sandboxes.map((sandbox) => sandbox.stop()));
    }
  });

  it('stops for good, closing kept-alive connections, and a second stop is harmless', async () => {
    const sandbox = await startSandbox();
    expect((await leave(sandbox.url, JID)).status).toBe(200);
    await sandbox.stop();
    expect(await refusesConnections(sandbox.url)).toBe(true);
    await expect(sandbox.stop()).resolves.toBeUndefined();
  });

  it('stops while a delayed request is held, without waiting for it', async () => {
    const sandbox = await startSandbox();
    sandbox.injectFault({ kind: 'delay', delayMs: 600_000 });
    const held = leave(sandbox.url, JID);
    held.catch(() => {});
    await waitFor(
      'the request to take the fault',
      async () => (await pendingFaults(sandbox)) === 0,
    );
    await sandbox.stop();
    await expect(held).rejects.toThrow(TypeError);
    expect(sandbox.state.isMember('my-instance', JID)).toBe(true);
  });

  it('names the port when it is already in use', async () => {
    const squatter = createServer();
    await listenOnLoopback(squatter);
    const { port } = squatter.address() as { port: number };
    try {
      const attempt = startSandbox({ port });
      await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
      await expect(attempt).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      squatter.close();
    }
  });

  it.each([
    { given: { port: -1 }, want: /port must be an integer from 0 to 65535.*got -1/ },
    { given: { port: '4020' as unknown as number }, want: /port must be .*got "4020"/ },
    { given: { host: '' }, want: /host must be a hostname or IP address .*got ""/ },
    {
      given: { rateLimit: 0 },
      want: /rateLimit must be a whole number of requests, 1 or more .*got 0/,
    },
    { given: { rateLimit: 2.5 }, want: /rateLimit must be .*got 2\.5/ },
    {
      given: { rateWindowSeconds: 0 },
      want: /rateWindowSeconds must be a positive number .*got 0/,
    },
    { given: { clock: Date.now as never }, want: /clock must be an object with a now\(\) method/ },
  ])('refuses the option $given before starting anything', async ({ given, want }) => {
    const attempt = startSandbox(given);
    await expect(attempt).rejects.toBeInstanceOf(SandboxOptionError);
    await expect(attempt).rejects.toThrow(want);
  });
});

async function pendingFaults(sandbox: RunningSandbox): Promise<number> {
  const response = await fetch(`${sandbox.url}/__sandbox/state`);
  return ((await response.json()) as { faults: unknown[] }).faults.length;
}
