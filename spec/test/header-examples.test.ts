import { afterEach, describe, expect, it } from 'vitest';
import { readBundledSpec } from '../src/document/index.ts';
import { headerExamplesOf, schemaErrors } from './examples.ts';
import { bundle, copyOfSources, edit, removeCopies } from './spec-copy.ts';

afterEach(removeCopies);

describe('every response header example validates against its schema (JSON Schema 2020-12)', () => {
  const cases = headerExamplesOf(readBundledSpec('openapi.dereferenced.json'));

  it('finds the examples of the rate-limit headers of every response', () => {
    const where = cases.map((example) => example.where).join('\n');
    expect(where).toMatch(/200 header X-RateLimit-Reset example/);
    expect(where).toMatch(/429 header X-RateLimit-Limit example/);
  });

  it.each(cases.map((example) => [example.where, example] as const))('%s', (_, example) => {
    expect(schemaErrors(example.schema, example.value)).toEqual([]);
  });

  it('a header example that breaks its schema is caught', () => {
    const copy = copyOfSources();
    edit(copy, 'components/headers/X-RateLimit-Reset.yaml', 'example: 1767225600', 'example: soon');
    const broken = headerExamplesOf(bundle(copy, true)).filter(
      (example) => schemaErrors(example.schema, example.value).length > 0,
    );
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((example) => /header X-RateLimit-Reset example$/.test(example.where))).toBe(
      true,
    );
  });
});
