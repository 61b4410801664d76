import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The OpenAPI document the mock serves: the bundled spec of `@ryzeapi/openapi`, copied beside
 * this module at build time so the package works without the rest of the repository.
 */
export const bundledSpecPath = fileURLToPath(new URL('./openapi.json', import.meta.url));

export interface OpenApiDocument {
  info: { title: string; version: string };
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

export function readOpenApiDocument(path: string = bundledSpecPath): OpenApiDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}
