import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A JSON value of the spec. */
export type JsonObject = { [key: string]: unknown };

/** What the tools are made of: one operation of the spec, every `$ref` already inlined. */
export interface SpecOperation {
  method: string;
  path: string;
  operationId: string;
  summary: string | undefined;
  description: string | undefined;
  /** Path-item parameters, then the operation's own. */
  parameters: JsonObject[];
  requestBody: JsonObject | undefined;
  responses: Record<string, JsonObject>;
  /** `x-idempotent`, when the operation says. */
  idempotent: boolean | undefined;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export const BUNDLED_SPEC = createRequire(import.meta.url).resolve(
  '@ryzeapi/openapi/openapi.dereferenced.json',
);

/**
 * The operations of a dereferenced bundle of the spec (by default `@ryzeapi/openapi`'s). The only
 * place this package reads the spec; it gives way to the workspace's shared spec reader.
 */
export function readSpecOperations(path: string = BUNDLED_SPEC): SpecOperation[] {
  const document = JSON.parse(readFileSync(path, 'utf8')) as { paths?: Record<string, JsonObject> };
  return Object.entries(document.paths ?? {}).flatMap(([specPath, pathItem]) =>
    METHODS.filter((method) => pathItem[method] !== undefined).map((method) => {
      const operation = pathItem[method] as JsonObject;
      return {
        method,
        path: specPath,
        operationId: String(operation.operationId),
        summary: operation.summary as string | undefined,
        description: operation.description as string | undefined,
        parameters: [
          ...((pathItem.parameters as JsonObject[] | undefined) ?? []),
          ...((operation.parameters as JsonObject[] | undefined) ?? []),
        ],
        requestBody: operation.requestBody as JsonObject | undefined,
        responses: (operation.responses as Record<string, JsonObject> | undefined) ?? {},
        idempotent: operation['x-idempotent'] as boolean | undefined,
      };
    }),
  );
}
