import { type JsonObject, readOpenApiDocument, resolvePointer } from '@ryzeapi/openapi/document';
import { bundledSpecPath } from './the-package.ts';

const bundledSpec = readOpenApiDocument(bundledSpecPath);

/** The value of a named example of the spec's components, e.g. `exampleValue('LeftGroup')`. */
export function exampleValue(name: string): unknown {
  return (resolvePointer(bundledSpec, `#/components/examples/${name}`) as { value: unknown }).value;
}

/** A copy of the bundled spec, changed by `edit`, as JSON text. */
export function editedSpec(edit: (document: JsonObject) => void): string {
  const copy = structuredClone(bundledSpec);
  edit(copy);
  return JSON.stringify(copy);
}
