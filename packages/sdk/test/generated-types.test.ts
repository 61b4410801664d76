import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
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
