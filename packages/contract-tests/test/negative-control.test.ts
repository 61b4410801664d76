import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { type RunningMock, startMock } from '@ryzeapi/mock';
import { type JsonObject, readBundledSpec, resolvePointer } from '@ryzeapi/openapi/document';
import type { Fetch } from '@ryzeapi/sdk';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkResponsePair } from '../src/check-response-pair.ts';
import { responsePairs } from '../src/response-pairs.ts';
import { pairsChangedBy } from './support/changed-pairs.ts';

const run = promisify(execFile);
const packageDir = join(import.meta.dirname, '..');
const vitestCli = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
const document = readBundledSpec();
const pairs = responsePairs(document);
const COVERAGE_TEST = 'exercised every (status, example) pair the spec lists';

interface VitestReport {
  testResults: {
    assertionResults: { title: string; status: string; failureMessages: string[] }[];
  }[];
}

/**
 * Proof that the contract can fail: the real suite file, test/responses.test.ts, run by a child
 * vitest against a mock of a tampered copy of the spec (`RYZEAPI_CONTRACT_BASE_URL`), with its
 * expectations still read from the real spec. Exactly the pairs the tampering changes (worked
 * out from the two documents) and the coverage check must fail; every other test must pass.
 */
describe('the contract suite, run against a mock of a tampered copy of the spec', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ryzeapi-contract-'));
  const tampered = structuredClone(document) as JsonObject;
  // A broken example body, a broken error message, a header example the SDK reads wrongly
  // for the 429, and a status the operation no longer answers (503 renamed 502).
  (at(tampered, '#/components/examples/LeftGroup/value') as JsonObject).groupJid =
    '120363000000000000@g.us';
  (at(tampered, '#/components/examples/NotAllowedToLeave/value/error') as JsonObject).message =
    'You shall not leave';
  (at(tampered, '#/components/responses/TooManyRequests/headers') as JsonObject)[
    'X-RateLimit-Remaining'
  ] = { required: true, schema: { type: 'integer' }, example: 7 };
  const responses = at(
    tampered,
    '#/paths/~1api~1group~1leave~1{instance}/delete/responses',
  ) as JsonObject;
  responses['502'] = responses['503'] as JsonObject;
  delete responses['503'];
  const mustFail = pairsChangedBy(document, tampered);

  let mock: RunningMock;
  let report: VitestReport;
  let exitCode: number | undefined;
  let output = '';
  beforeAll(async () => {
    const specPath = join(folder, 'tampered-openapi.json');
    writeFileSync(specPath, JSON.stringify(tampered));
    mock = await startMock({ startTimeoutMs: WAIT_DEADLINE_MS, document: specPath });
    const reportPath = join(folder, 'vitest.json');
    // The child writes its report apart: test-output/vitest.json is this run's, the one CI counts.
    const args = [vitestCli, 'run', 'test/responses.test.ts', '--reporter=json'];
    const child = await run(process.execPath, [...args, `--outputFile.json=${reportPath}`], {
      cwd: packageDir,
      env: { ...parentEnvironment(), RYZEAPI_CONTRACT_BASE_URL: mock.url },
      timeout: WAIT_DEADLINE_MS,
    }).then(
      (done) => ({ code: 0, ...done }),
      (failed: { code?: number; stdout?: string; stderr?: string }) => failed,
    );
    exitCode = child.code;
    output = `${child.stdout ?? ''}${child.stderr ?? ''}`;
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as VitestReport;
  });
  afterAll(async () => {
    await mock?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('tampers with pairs of several statuses, and leaves others intact', () => {
    expect(mustFail).toEqual([
      'leaveGroup 200 left',
      'leaveGroup 403 notAllowed',
      'leaveGroup 429 rateLimitExceeded',
      ...pairs.filter((pair) => pair.status === 503).map((pair) => pair.id),
    ]);
    expect(pairs.length).toBeGreaterThan(mustFail.length);
  });

  it('fails exactly the tampered pairs and the coverage check; every other test passes', () => {
    const results = report.testResults.flatMap((file) => file.assertionResults);
    const failed = results.filter((r) => r.status === 'failed').map((r) => r.title);
    const passed = results.filter((r) => r.status === 'passed').map((r) => r.title);
    expect(exitCode, output).toBe(1);
    expect(failed.sort()).toEqual([...mustFail, COVERAGE_TEST].sort());
    expect(passed).toEqual(
      expect.arrayContaining(pairs.map((p) => p.id).filter((id) => !mustFail.includes(id))),
    );
    expect(passed.length + failed.length).toBe(results.length);
  });

  it('names the pair in each failure, and every tampered pair in the coverage failure', () => {
    const results = report.testResults.flatMap((file) => file.assertionResults);
    for (const id of mustFail) {
      expect(results.find((r) => r.title === id)?.failureMessages.join('\n')).toContain(id);
    }
    const coverage = results.find((r) => r.title === COVERAGE_TEST)?.failureMessages.join('\n');
    for (const id of mustFail) expect(coverage).toContain(id);
  });
});

describe('a client that mixes up statuses', () => {
  const target = inject('contractTarget');
  // Reads a 404 as a 400 and a 403 as a 401, as a client with a wrong status table would.
  const mixUp: Record<number, number> = { 404: 400, 403: 401 };
  const wrongFetch: Fetch = async (request) => {
    const response = await globalThis.fetch(request);
    const status = mixUp[response.status];
    if (status === undefined) return response;
    return new Response(await response.text(), { status, headers: response.headers });
  };

  const cases = pairs.map((pair) => ({
    pair,
    id: pair.id,
    outcome: pair.status in mixUp ? 'fails' : 'still passes',
  }));
  it.each(cases)('$id $outcome', async ({ pair }) => {
    const check = checkResponsePair({ baseUrl: target.baseUrl, fetch: wrongFetch }, pair);
    if (pair.status in mixUp) await expect(check).rejects.toThrow(/error class|status/);
    else await expect(check).resolves.toBeUndefined();
  });
});

function at(document: JsonObject, pointer: string): unknown {
  return resolvePointer(document, pointer);
}

/** This process's environment without vitest's own variables, which would confuse a child vitest. */
function parentEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')),
  );
}
