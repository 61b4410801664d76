import { describe, expect, it } from 'vitest';
import { operationsOf, readBundledSpec } from '../src/document/index.ts';
import { examplesOf, schemaErrors } from './examples.ts';
import { errorResponsesWithoutEnvelope, responsesWithoutRateLimitHeaders } from './house-rules.ts';

const document = readBundledSpec();
const dereferenced = readBundledSpec('openapi.dereferenced.json');

describe('the house rules hold in the bundle', () => {
  it('covers every response of the document', () => {
    expect(
      operationsOf(document).flatMap((operation) => operation.responses).length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('every 4XX and 5XX response uses the shared error envelope', () => {
    expect(errorResponsesWithoutEnvelope(document)).toEqual([]);
  });

  it('every response carries the three rate-limit headers as shared components', () => {
    expect(responsesWithoutRateLimitHeaders(document)).toEqual([]);
  });
});

describe('every example validates against its schema (JSON Schema 2020-12)', () => {
  const cases = examplesOf(dereferenced);

  it('finds the examples of parameters, bodies, headers and schemas', () => {
    const where = cases.map((example) => example.where).join('\n');
    expect(where).toMatch(/parameter identifier examples\.byLink/);
    expect(where).toMatch(/404 application\/json examples\.notMember/);
    expect(where).toMatch(/200 header X-RateLimit-Reset example/);
    expect(where).toMatch(/schema GroupJid examples\[1\]/);
  });

  it.each(cases.map((example) => [example.where, example] as const))('%s', (_, example) => {
    expect(schemaErrors(example.schema, example.value)).toEqual([]);
  });
});
