import { readBundledSpec } from '@ryzeapi/openapi/document';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkResponsePair } from '../src/check-response-pair.ts';
import { responsePairs } from '../src/response-pairs.ts';

const document = readBundledSpec();
const pairs = responsePairs(document);
const target = inject('contractTarget');
const covered = new Set<string>();

describe(`every response of the spec, through the SDK, against ${target.description}`, () => {
  it.each(pairs)('$id', async (pair) => {
    await checkResponsePair(target, pair);
    covered.add(pair.id);
  });

  afterAll(() => {
    const percent = pairs.length === 0 ? 0 : Math.floor((100 * covered.size) / pairs.length);
    const missing = pairs.filter((pair) => !covered.has(pair.id)).map((pair) => pair.id);
    console.log(
      `Contract coverage: ${covered.size}/${pairs.length} (status, example) pairs of the spec ` +
        `(${percent}%)${missing.length ? `; not covered: ${missing.join(', ')}` : ''}`,
    );
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
