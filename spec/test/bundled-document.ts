import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the build writes the bundle; the tests read what users download, not the sources. */
export const distDir = join(import.meta.dirname, '..', 'dist');

export type JsonObject = Record<string, unknown>;

export interface OpenApiDocument extends JsonObject {
  paths: Record<string, Record<string, JsonObject>>;
  components: Record<string, Record<string, JsonObject>>;
}

export function readBundle(
  file: 'openapi.json' | 'openapi.dereferenced.json' = 'openapi.json',
): OpenApiDocument {
  return JSON.parse(readFileSync(join(distDir, file), 'utf8'));
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface ResponseEntry {
  where: string;
  status: string;
  response: JsonObject;
}

/** Every response of every operation, with `$ref`s to response components followed. */
export function responsesOf(document: OpenApiDocument): ResponseEntry[] {
  const entries: ResponseEntry[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const responses = operation.responses as Record<string, JsonObject>;
      for (const [status, response] of Object.entries(responses)) {
        entries.push({
          where: `${method.toUpperCase()} ${path} ${status}`,
          status,
          response: resolve(document, response),
        });
      }
    }
  }
  return entries;
}

/** Follows a local `$ref` such as `#/components/responses/Unauthorized`. */
export function resolve<T extends JsonObject>(document: OpenApiDocument, node: T): T {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((at, key) => (at as JsonObject | undefined)?.[key], document);
  if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return resolve(document, target as T);
}
