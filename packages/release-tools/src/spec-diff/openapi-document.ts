/**
 * The small helpers the comparison needs on documents read as plain JSON. References are
 * followed by the spec's reader (`@ryzeapi/openapi/document`).
 */
import { isJsonObject as isObject, type JsonObject } from '@ryzeapi/openapi/document';

export { isObject, type JsonObject };

export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys sorted, so that two equal values give the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isObject(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The keys of two objects whose values differ (added, removed or changed). */
export function changedKeys(
  before: JsonObject,
  after: JsonObject,
  keys: Iterable<string>,
): string[] {
  return [...keys].filter((key) => !jsonEqual(before[key], after[key]));
}

/** Keys that only describe (docs, examples, vendor extensions): changing them is compatible. */
export function isAnnotationKey(key: string): boolean {
  return key.startsWith('x-') || ANNOTATION_KEYS.has(key);
}

const ANNOTATION_KEYS = new Set([
  'title',
  'summary',
  'description',
  'example',
  'examples',
  'externalDocs',
  'deprecated',
  '$comment',
  'tags',
  'xml',
]);
