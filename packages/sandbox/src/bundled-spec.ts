import { fileURLToPath } from 'node:url';
import { readOpenApiDocument as readDocument } from '@ryzeapi/openapi/document';

/**
 * The OpenAPI document the sandbox serves: the bundled spec of `@ryzeapi/openapi`, copied beside
 * this module at build time so the package works without the rest of the repository.
 */
export const bundledSpecPath = fileURLToPath(new URL('./openapi.json', import.meta.url));

type Json = Record<string, unknown>;

export interface OpenApiDocument extends Json {
  info: { title: string; version: string };
  paths: Record<string, Json>;
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, SecurityScheme> };
  security?: Record<string, string[]>[];
}

export type SecurityScheme =
  | { type: 'apiKey'; in: 'header' | 'query' | 'cookie'; name: string }
  | { type: 'http'; scheme: string };

export function readOpenApiDocument(): OpenApiDocument {
  return readDocument(bundledSpecPath) as OpenApiDocument;
}

/** A named schema of the document's components, e.g. `GroupJid`; throws when the spec lacks it. */
export function componentSchema(document: OpenApiDocument, name: string): Json {
  const schema = document.components.schemas[name];
  if (schema === undefined) {
    throw new Error(`The bundled spec has no components.schemas.${name}, which the sandbox uses`);
  }
  return schema;
}
