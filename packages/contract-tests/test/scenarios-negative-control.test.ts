import { type RunningProxy, startProxy } from '@ryzeapi/mock';
import { type RunningSandbox, startSandbox } from '@ryzeapi/sandbox';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { type RecordingProxy, startRecordingProxy } from '@ryzeapi/test-support/recording-proxy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../src/run-scenario.ts';
import { readScenarioFile } from '../src/scenario-file.ts';

const file = readScenarioFile();

/**
 * Proof that the scenarios can fail: the same file against sandboxes broken on purpose. Each
 * scenario must fail exactly when the file says it depends on what was broken.
 */
describe('the scenarios against a sandbox that forgets state', () => {
  let sandbox: RunningSandbox;
  let forgetful: RecordingProxy;
  beforeAll(async () => {
    sandbox = await startSandbox();
    // Every API request finds the world as the fixtures made it: no membership, bucket or
    // fault survives from one request to the next.
    forgetful = await startRecordingProxy(sandbox.url, {
      beforeForwarding: async () => {
        await fetch(`${sandbox.url}/__sandbox/reset`, { method: 'POST' });
      },
      onUpstreamFailure: 'drop',
    });
  });
  afterAll(async () => {
    await forgetful?.close();
    await sandbox?.stop();
  });

  it('has scenarios of both kinds', () => {
    expect(file.scenarios.filter((s) => s.needsState).length).toBeGreaterThanOrEqual(8);
    expect(file.scenarios.filter((s) => !s.needsState).length).toBeGreaterThanOrEqual(8);
  });

  it.each(
    file.scenarios.map((scenario) => ({
      name: scenario.name,
      scenario,
      outcome: scenario.needsState ? 'fails' : 'still passes',
    })),
  )('$name $outcome', async ({ scenario }) => {
    const run = runScenario(file, scenario, { apiUrl: forgetful.url, controlUrl: sandbox.url });
    if (scenario.needsState) await expect(run).rejects.toThrow(scenario.name);
    else await expect(run).resolves.toBeUndefined();
  });
});

describe("the scenarios through Prism's proxy, in front of a sandbox that breaks the spec", () => {
  let sandbox: RunningSandbox;
  let broken: RecordingProxy;
  let proxy: RunningProxy;
  beforeAll(async () => {
    sandbox = await startSandbox();
    // Leaves out the rate-limit headers that every response of the spec carries.
    broken = await startRecordingProxy(sandbox.url, {
      onUpstreamFailure: 'drop',
      rewriteResponseHeaders: (headers) =>
        Object.fromEntries(
          Object.entries(headers).filter(([name]) => !name.startsWith('x-ratelimit-')),
        ),
    });
    proxy = await startProxy({ startTimeoutMs: WAIT_DEADLINE_MS, upstream: broken.url });
  });
  afterAll(async () => {
    await proxy?.stop();
    await broken?.close();
    await sandbox?.stop();
  });

  it.each(file.scenarios.map((scenario) => ({ name: scenario.name, scenario })))(
    '$name fails',
    async ({ scenario }) => {
      const run = runScenario(file, scenario, { apiUrl: proxy.url, controlUrl: sandbox.url });
      await expect(run).rejects.toThrow(scenario.name);
    },
  );
});
