import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  bundledSpecPath,
  readBundledSpec,
  readOpenApiDocument,
} from '../../src/document/read-bundle.ts';

const scratch = mkdtempSync(join(tmpdir(), 'ryzeapi-read-bundle-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('reading a bundle', () => {
  it("finds this package's built bundles", () => {
    expect(bundledSpecPath()).toMatch(/dist[/\\]openapi\.json$/);
    expect(readBundledSpec('openapi.dereferenced.json').openapi).toBe('3.1.0');
  });

  it('says how to build the bundle when the file is missing', () => {
    const path = join(scratch, 'missing.json');
    expect(() => readOpenApiDocument(path)).toThrow(
      `No OpenAPI document at ${path}: build the bundle with \`pnpm --filter @ryzeapi/openapi build\`.`,
    );
  });

  it('refuses JSON that is not an object', () => {
    const path = join(scratch, 'list.json');
    writeFileSync(path, '[]');
    expect(() => readOpenApiDocument(path)).toThrow(`${path} does not hold an OpenAPI document`);
  });
});
