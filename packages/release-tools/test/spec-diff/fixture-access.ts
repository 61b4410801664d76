/** Small typed accessors for editing a fixture document in a test case. */
import { isObject, type JsonObject } from '../../src/spec-diff/openapi-document.ts';
import { LEAVE } from './leave-group-fixture.ts';

export function objectAt(document: JsonObject, ...path: (string | number)[]): JsonObject {
  let node: unknown = document;
  for (const segment of path) {
    node = Array.isArray(node)
      ? node[Number(segment)]
      : isObject(node)
        ? node[String(segment)]
        : undefined;
  }
  if (!isObject(node)) throw new Error(`Fixture has no object at ${path.join(' / ')}`);
  return node;
}

export function arrayAt(document: JsonObject, ...path: (string | number)[]): unknown[] {
  const parent = objectAt(document, ...path.slice(0, -1));
  const node = parent[String(path.at(-1))];
  if (!Array.isArray(node)) throw new Error(`Fixture has no array at ${path.join(' / ')}`);
  return node;
}

export const schemaOf = (d: JsonObject, name: string) => objectAt(d, 'components', 'schemas', name);
export const propertyOf = (d: JsonObject, schema: string, property: string) =>
  objectAt(d, 'components', 'schemas', schema, 'properties', property);
export const leaveOperation = (d: JsonObject) => objectAt(d, 'paths', LEAVE, 'delete');
export const leaveParameters = (d: JsonObject) =>
  arrayAt(d, 'paths', LEAVE, 'delete', 'parameters');
export const modeParameter = (d: JsonObject) =>
  objectAt(d, 'paths', LEAVE, 'delete', 'parameters', 1);
export const leaveResponses = (d: JsonObject) => objectAt(d, 'paths', LEAVE, 'delete', 'responses');
