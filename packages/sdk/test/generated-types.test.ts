import { readFile } from 'node:fs/promises';
import { readBundledSpec } from '@ryzeapi/openapi/document';
import { expect, it } from 'vitest';
import { GENERATED_BUCKET_FILE, generateBucket } from '../scripts/generate-bucket.ts';
import { GENERATED_TYPES_FILE, generateTypes } from '../scripts/generate-types.ts';

it('src/generated/openapi.ts is what openapi-typescript generates from the bundled spec', async () => {
  const [committed, fresh] = await Promise.all([
    readFile(GENERATED_TYPES_FILE, 'utf8'),
    generateTypes(),
  ]);
  expect(
    committed === fresh,
    'src/generated/openapi.ts differs from a fresh generation from the spec: run `pnpm generate` and commit the result',
  ).toBe(true);
});

it('src/generated/documented-bucket.ts is the bucket size the bundled spec documents', async () => {
  const committed = await readFile(GENERATED_BUCKET_FILE, 'utf8');
  expect(
    committed === generateBucket(),
    'src/generated/documented-bucket.ts differs from a fresh generation from the spec: run `pnpm generate` and commit the result',
  ).toBe(true);
});

it('refuses a spec whose operation documents no bucket size', () => {
  const spec = readBundledSpec();
  const without = JSON.parse(JSON.stringify(spec), (key, value) =>
    key === 'x-rateLimit' ? undefined : value,
  );
  expect(() => generateBucket(without)).toThrow(/has no x-rateLimit.limit as a positive integer/);
  expect(generateBucket(spec)).toContain('export const DOCUMENTED_BUCKET_LIMIT = 100;');
});
