import { startMock } from '@ryzeapi/mock';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The base URL the contract is checked against, and how to name it in messages. */
    contractTarget: { baseUrl: string; description: string };
  }
}

/**
 * Starts the mock once for every test file, on a free port. `RYZEAPI_CONTRACT_BASE_URL` points
 * the suite at another server instead (it must answer `Prefer: code=…, example=…` as Prism does).
 */
export default async function setup(project: TestProject) {
  const override = process.env.RYZEAPI_CONTRACT_BASE_URL;
  if (override) {
    if (!URL.canParse(override) || !/^https?:$/.test(new URL(override).protocol)) {
      throw new Error(
        `RYZEAPI_CONTRACT_BASE_URL must be an http(s) URL such as http://127.0.0.1:4010, got ${JSON.stringify(override)}`,
      );
    }
    project.provide('contractTarget', {
      baseUrl: override,
      description: `${override} (from RYZEAPI_CONTRACT_BASE_URL)`,
    });
    return;
  }
  const mock = await startMock({ startTimeoutMs: WAIT_DEADLINE_MS });
  project.provide('contractTarget', {
    baseUrl: mock.url,
    description: `the bundled Prism mock at ${mock.url}`,
  });
  return () => mock.stop();
}
