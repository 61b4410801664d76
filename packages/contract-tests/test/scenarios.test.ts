import { type RunningSandbox, startSandbox } from '@ryzeapi/sandbox';
import { afterAll, beforeAll, describe } from 'vitest';
import { scenarioSuite } from './support/scenario-suite.ts';

/** The scenario file, run through the SDK against a sandbox started for this run. */
describe('Leave Group scenarios through the SDK, against the sandbox', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.stop());

  scenarioSuite(() => ({ apiUrl: sandbox.url, controlUrl: sandbox.url }), 'against the sandbox');
});
