import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningMock, startMock } from '@ryzeapi/mock';
import { type JsonObject, readBundledSpec } from '@ryzeapi/openapi/document';
import type { Fetch } from '@ryzeapi/sdk';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkResponsePair } from '../src/check-response-pair.ts';
import { responsePairs } from '../src/response-pairs.ts';

const document = readBundledSpec();
const pairs = responsePairs(document);

/**
 * Proof that the contract can fail: the same checks, with the expectations still read from the
 * real spec, run against a mock of a tampered copy and through a client that gets statuses
 * wrong. Exactly the pairs each change touches must fail; the others must still pass.
 */
describe('a mock serving a tampered copy of the spec', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ryzeapi-contract-'));
  let tampered: RunningMock;

  const tamperings: { pair: string; edit: (spec: JsonObject) => void }[] = [
    {
      pair: 'leaveGroup 200 left',
      edit: (spec) => {
        examples(spec).LeftGroup.value.groupJid = '120363000000000000@g.us';
      },
    },
    {
      pair: 'leaveGroup 403 notAllowed',
      edit: (spec) => {
        examples(spec).NotAllowedToLeave.value.error.message = 'You shall not leave';
      },
    },
    {
      pair: 'leaveGroup 429 rateLimitExceeded',
      edit: (spec) => {
        const headers = (
          spec.components as JsonObject as Record<string, Record<string, JsonObject>>
        ).responses?.TooManyRequests?.headers as JsonObject;
        headers['X-RateLimit-Remaining'] = {
          required: true,
          schema: { type: 'integer' },
          example: 0,
        };
      },
    },
  ];
  const mustFail = new Set(tamperings.map((tampering) => tampering.pair));

  beforeAll(async () => {
    const copy = structuredClone(document) as JsonObject;
    for (const { edit } of tamperings) edit(copy);
    const path = join(folder, 'tampered-openapi.json');
    writeFileSync(path, JSON.stringify(copy));
    tampered = await startMock({ startTimeoutMs: WAIT_DEADLINE_MS, document: path });
  });
  afterAll(async () => {
    await tampered?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('names only pairs that exist', () => {
    expect(pairs.map((pair) => pair.id)).toEqual(expect.arrayContaining([...mustFail]));
  });

  const cases = pairs.map((pair) => ({
    pair,
    id: pair.id,
    outcome: mustFail.has(pair.id) ? 'fails' : 'still passes',
  }));
  it.each(cases)('$id $outcome', async ({ pair }) => {
    const check = checkResponsePair({ baseUrl: tampered.url }, pair);
    if (mustFail.has(pair.id)) await expect(check).rejects.toThrow(pair.id);
    else await expect(check).resolves.toBeUndefined();
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

interface EnvelopeExample {
  value: { error: { message: string } };
}
interface Examples {
  LeftGroup: { value: { groupJid: string } };
  NotAllowedToLeave: EnvelopeExample;
}

function examples(spec: JsonObject): Examples {
  return (spec.components as Record<string, unknown>).examples as Examples;
}
