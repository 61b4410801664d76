/**
 * Code samples that cannot rot: every `x-codeSamples` entry of the bundled spec (exactly what
 * the reference page shows) is run with its real toolchain against the Prism mock, and against
 * the sandbox with its default fixture's instance and token, each through a recording proxy that
 * proves the request reached the server and the 200 example came back.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type RunningMock, startMock } from '@ryzeapi/mock';
import { defaultFixtures, type RunningSandbox, startSandbox } from '@ryzeapi/sandbox';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { type RecordingProxy, startRecordingProxy } from '@ryzeapi/test-support/recording-proxy';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { packageDir } from '../src/site-paths.ts';
import { readBundledSpec } from '../src/spec-summary.ts';
import { runnerFor, runStep, type StepResult } from './support/sample-runners.ts';

const spec = readBundledSpec();
const samplesDir = join(packageDir, 'test-output', 'code-samples');

/** A server the samples run against, and the variables they read, as the service's page tells readers to set them. */
interface SampleTarget {
  name: string;
  instanceName: string;
  token: string;
  /** The recording proxy in front of the server. */
  proxy: () => RecordingProxy;
  /** Makes the server ready for the next sample (the sandbox: the group not left yet). */
  prepare: () => void;
}

const sandboxInstance = defaultFixtures.instances[0] as { name: string; token: string };
let mock: RunningMock;
let mockProxy: RecordingProxy;
let sandbox: RunningSandbox;
let sandboxProxy: RecordingProxy;

const targets: SampleTarget[] = [
  {
    name: 'the mock',
    instanceName: 'docs-sample-instance',
    token: `sample-token-${randomUUID()}`,
    proxy: () => mockProxy,
    prepare: () => {},
  },
  {
    name: 'the sandbox',
    instanceName: sandboxInstance.name,
    token: sandboxInstance.token,
    proxy: () => sandboxProxy,
    prepare: () => sandbox.reset(),
  },
];

/** Never show a token, even in a failure message. */
function redact(text: string): string {
  return targets.reduce(
    (redacted, { token }) => redacted.replaceAll(token, '[Token_Instance]'),
    text,
  );
}

function describeRun(step: string, result: StepResult): string {
  return redact(
    `${step} exited ${result.exitCode ?? `by signal ${result.signal}`}\n` +
      `stdout:\n${result.stdout}\nstderr:\n${result.stderr}`,
  );
}

function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const cases = targets.flatMap((target) =>
  spec.operations.flatMap((operation) =>
    operation.codeSamples.map((sample) => ({
      operation,
      sample,
      label: sample.label,
      target,
      server: target.name,
    })),
  ),
);

beforeAll(async () => {
  [mock, sandbox] = await Promise.all([
    startMock({ startTimeoutMs: WAIT_DEADLINE_MS }),
    startSandbox(),
  ]);
  [mockProxy, sandboxProxy] = await Promise.all([
    startRecordingProxy(mock.url),
    startRecordingProxy(sandbox.url),
  ]);
  await rm(samplesDir, { recursive: true, force: true });
});

afterAll(async () => {
  await Promise.all([mockProxy?.close(), sandboxProxy?.close()]);
  await Promise.all([mock?.stop(), sandbox?.stop()]);
});

beforeEach(() => {
  for (const target of targets) target.proxy().exchanges.length = 0;
});

describe.each(spec.operations)('$method $path', (operation) => {
  test('has samples in cURL, JavaScript, Python, Go and TypeScript (the SDK)', () => {
    const languages = new Set(operation.codeSamples.map((sample) => sample.lang));
    expect([...languages].sort()).toEqual(
      expect.arrayContaining(['Go', 'JavaScript', 'Python', 'TypeScript', 'cURL']),
    );
  });
});

test.each(cases)(
  '$label reaches $server and gets the 200 example',
  async ({ operation, sample, target }) => {
    const { instanceName, token } = target;
    const proxy = target.proxy();
    target.prepare();
    const runner = runnerFor(sample.lang, sample.label);
    const success = operation.responses.find((response) => response.status === '200');
    const example = success?.examples[0];
    if (!example) throw new Error(`${operation.operationId} has no 200 example to expect`);

    // Point the sample at the server: the production server's URL becomes the proxy's.
    const source = sample.source.replaceAll(spec.serverUrl, proxy.url);
    const dir = join(samplesDir, slug(`${sample.label} ${target.name}`));
    await mkdir(dir, { recursive: true });
    const file = join(dir, runner.fileName);
    await writeFile(file, source);
    for (const [name, text] of Object.entries(runner.companionFiles?.() ?? {})) {
      await writeFile(join(dir, name), text);
    }

    const env = {
      PATH: process.env.PATH ?? '',
      // A throwaway HOME: no ~/.curlrc, ~/.netrc or pip config of the machine changes the run.
      HOME: dir,
      Instance_Name: instanceName,
      Token_Instance: token,
      SAMPLE_PRODUCTION_URL: spec.serverUrl,
      SAMPLE_PROXY_URL: proxy.url,
      ...runner.env(),
    };
    let output = '';
    for (const step of runner.steps(file)) {
      const result = await runStep(step, dir, env);
      expect(result.exitCode, describeRun(step.name, result)).toBe(0);
      if (step.silent) expect(result.stdout, describeRun(step.name, result)).toBe('');
      output = result.stdout;
    }

    expect(proxy.exchanges, `requests of ${sample.label} that reached ${target.name}`).toHaveLength(
      1,
    );
    const [exchange] = proxy.exchanges;
    if (!exchange) throw new Error('unreachable: one exchange was recorded');
    const url = new URL(exchange.url, proxy.url);
    expect(exchange.method).toBe(operation.method.toUpperCase());
    expect(url.pathname).toBe(operation.path.replace('{instance}', instanceName));
    expect(url.searchParams.get('identifier'), 'the identifier query parameter').toBeTruthy();
    expect(exchange.requestHeaders.token === token, 'Token_Instance sent in the token header').toBe(
      true,
    );
    expect(exchange.status, redact(exchange.responseBody)).toBe(200);
    expect(JSON.parse(exchange.responseBody)).toEqual(example.value);

    if (/ryzeapi/.test(sample.label)) {
      // An SDK's sample prints what the SDK parsed from the response.
      const { groupJid } = example.value as { groupJid: string };
      expect(redact(output)).toContain(groupJid);
    }
  },
);
