import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { JsonObject } from './json-pointer.ts';

/** The bundles this package builds: components kept as `$ref`s, or every `$ref` inlined. */
export type BundleFile = 'openapi.json' | 'openapi.dereferenced.json';

/** Where the installed package's bundle is on disk. */
export function bundledSpecPath(file: BundleFile = 'openapi.json'): string {
  return createRequire(import.meta.url).resolve(`@ryzeapi/openapi/${file}`);
}

/** Reads an OpenAPI document from a JSON file (a bundle: one file, local references only). */
export function readOpenApiDocument(path: string): JsonObject {
  if (!existsSync(path)) {
    throw new Error(
      `No OpenAPI document at ${path}: build the bundle with \`pnpm --filter @ryzeapi/openapi build\`.`,
    );
  }
  const document: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new Error(`${path} does not hold an OpenAPI document (a JSON object).`);
  }
  return document as JsonObject;
}

/** The bundled spec of this package, as users download it. */
export function readBundledSpec(file: BundleFile = 'openapi.json'): JsonObject {
  return readOpenApiDocument(bundledSpecPath(file));
}
