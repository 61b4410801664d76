import { readBundledSpec } from '@ryzeapi/openapi/document';
import { type RecordingProxy, startRecordingProxy } from '@ryzeapi/test-support/recording-proxy';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkResponsePair } from '../src/check-response-pair.ts';
import { contractCoverage } from '../src/contract-coverage.ts';
import { responsePairs } from '../src/response-pairs.ts';

const document = readBundledSpec();
const pairs = responsePairs(document);
const target = inject('contractTarget');
const passed = new Set<string>();

describe(`every response of the spec, through the SDK, against ${target.description}`, () => {
  // Every call goes through a recording proxy: coverage counts what the server really answered.
  let proxy: RecordingProxy;
  let baseUrl: string;
  beforeAll(async () => {
    proxy = await startRecordingProxy(target.baseUrl);
    baseUrl = `${proxy.url}${new URL(target.baseUrl).pathname.replace(/\/$/, '')}`;
  });
  afterAll(() => proxy?.close());

  for (const pair of pairs) {
    it(pair.id, async () => {
      await checkResponsePair({ baseUrl }, pair);
      passed.add(pair.id);
    });
  }

  it('exercised every (status, example) pair the spec lists', () => {
    const coverage = contractCoverage(document, proxy.exchanges, passed);
    console.log(coverage.summary);
    expect(coverage.missing, coverage.summary).toEqual([]);
  });
});

describe('the enumeration of the spec', () => {
  it('finds every status of every operation, each with its named examples', () => {
    // Guards against a suite that passes by checking nothing.
    const statuses = new Set(pairs.map((pair) => `${pair.operationId} ${pair.status}`));
    expect(statuses).toEqual(
      new Set([
        'leaveGroup 200',
        'leaveGroup 400',
        'leaveGroup 401',
        'leaveGroup 403',
        'leaveGroup 404',
        'leaveGroup 429',
        'leaveGroup 500',
        'leaveGroup 503',
      ]),
    );
    expect(pairs.every((pair) => pair.exampleName !== undefined)).toBe(true);
    expect(pairs.map((pair) => pair.id)).toContain('leaveGroup 400 identifierRequired');
  });
});
