import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type Json = Record<string, unknown>;

/** The parts of an OpenAPI 3.1 document the contract reads. */
export interface OpenApiDocument extends Json {
  paths: Record<string, Json>;
  components?: Record<string, Record<string, Json>>;
}

/** Where the bundled spec is: the source of truth the expectations are read from. */
export const bundledSpecPath = createRequire(import.meta.url).resolve(
  '@ryzeapi/openapi/openapi.json',
);

export function readOpenApiDocument(path = bundledSpecPath): OpenApiDocument {
  return JSON.parse(readFileSync(path, 'utf8')) as OpenApiDocument;
}

/** Follows local `$ref`s (`#/components/...`) until it reaches a node that is not one. */
export function resolveRef<T>(document: OpenApiDocument, node: T): T {
  const ref = (node as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string') return node;
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are expected in the bundle: ${ref}`);
  const target = ref
    .slice(2)
    .split('/')
    .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], document);
  if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return resolveRef(document, target as T);
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
