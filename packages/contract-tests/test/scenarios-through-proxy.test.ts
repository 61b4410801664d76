import { type RunningProxy, startProxy } from '@ryzeapi/mock';
import { type RunningSandbox, startSandbox } from '@ryzeapi/sandbox';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { afterAll, beforeAll, describe } from 'vitest';
import { scenarioSuite } from './support/scenario-suite.ts';

/**
 * The same scenarios through Prism's validating proxy in front of the sandbox: a response of the
 * sandbox that breaks the spec becomes Prism's 500 problem+json, which fails the scenario. The
 * control API is outside the spec, so control calls go to the sandbox directly.
 */
describe("Leave Group scenarios through Prism's validating proxy in front of the sandbox", () => {
  let sandbox: RunningSandbox;
  let proxy: RunningProxy;
  beforeAll(async () => {
    sandbox = await startSandbox();
    proxy = await startProxy({ startTimeoutMs: WAIT_DEADLINE_MS, upstream: sandbox.url });
  });
  afterAll(async () => {
    await proxy?.stop();
    await sandbox?.stop();
  });

  scenarioSuite(() => ({ apiUrl: proxy.url, controlUrl: sandbox.url }), 'through the proxy');
});
