import { readBundledSpec } from '@ryzeapi/openapi/document';
import type { Fetch } from '@ryzeapi/sdk';
import { type Exchange, startRecordingProxy } from '@ryzeapi/test-support/recording-proxy';
import { describe, expect, inject, it } from 'vitest';
import { checkResponsePair } from '../src/check-response-pair.ts';
import { contractCoverage } from '../src/contract-coverage.ts';
import { type ResponsePair, responsePairs } from '../src/response-pairs.ts';

const document = readBundledSpec();
const pairs = responsePairs(document);
const target = inject('contractTarget');

/**
 * Runs the checks of `generated` against the mock through a recording proxy, as the contract suite
 * does, and returns what the coverage check needs: the answers seen and the checks that passed.
 */
async function runContract(generated: ResponsePair[], fetch?: Fetch) {
  const proxy = await startRecordingProxy(target.baseUrl);
  const passed = new Set<string>();
  try {
    for (const pair of generated) {
      const ok = await checkResponsePair(
        { baseUrl: proxy.url, ...(fetch ? { fetch } : {}) },
        pair,
      ).then(
        () => true,
        () => false,
      );
      if (ok) passed.add(pair.id);
    }
    return { exchanges: proxy.exchanges, passed };
  } finally {
    await proxy.close();
  }
}

const ids = (list: ResponsePair[]) => list.map((pair) => pair.id);

describe('the contract coverage check', () => {
  it('passes when every pair of the spec was asked for and checked', async () => {
    const { exchanges, passed } = await runContract(pairs);
    const coverage = contractCoverage(document, exchanges, passed);
    expect(coverage.missing).toEqual([]);
    expect(coverage.exercised).toEqual(ids(pairs));
  });

  const firstOfEachStatus = pairs.filter(
    (pair, index) => pairs.findIndex((other) => other.status === pair.status) === index,
  );
  it.each([
    {
      given: 'the generated list drops one pair',
      generated: pairs.filter((pair) => pair.id !== 'leaveGroup 404 notMember'),
    },
    {
      given: 'the generated list keeps only the first example of each status',
      generated: firstOfEachStatus,
    },
  ])('fails when $given, naming what was left out', async ({ generated }) => {
    const dropped = ids(pairs).filter((id) => !ids(generated).includes(id));
    expect(dropped.length).toBeGreaterThan(0);
    const { exchanges, passed } = await runContract(generated);
    // The pass rate over the generated list alone would still read 100%.
    expect(passed.size).toBe(generated.length);
    const coverage = contractCoverage(document, exchanges, passed);
    expect(coverage.missing).toEqual(dropped);
    for (const id of dropped) expect(coverage.summary).toContain(id);
    expect(coverage.summary).toContain(
      `${generated.length}/${pairs.length} (status, example) pairs of the spec`,
    );
  });

  it('does not count a pair the mock answered when its check failed', async () => {
    // A client that reads every 404 as a 400: the mock answers the 404 pairs, their checks fail.
    const wrongFetch: Fetch = async (request) => {
      const response = await globalThis.fetch(request);
      if (response.status !== 404) return response;
      return new Response(await response.text(), { status: 400, headers: response.headers });
    };
    const { exchanges, passed } = await runContract(pairs, wrongFetch);
    expect(exchanges.filter((x) => x.status === 404).length).toBeGreaterThan(0);
    const coverage = contractCoverage(document, exchanges, passed);
    expect(coverage.missing).toEqual(ids(pairs.filter((pair) => pair.status === 404)));
  });

  it('does not count a pair whose check passed without the server answering it', async () => {
    const { exchanges, passed } = await runContract(pairs);
    const answeredOtherwise = (exchange: Exchange): Exchange =>
      exchange.requestHeaders.prefer === 'code=200, example=left'
        ? { ...exchange, responseBody: JSON.stringify({ success: true }) }
        : exchange;
    const coverage = contractCoverage(document, exchanges.map(answeredOtherwise), passed);
    expect(coverage.missing).toEqual(['leaveGroup 200 left']);
  });
});
