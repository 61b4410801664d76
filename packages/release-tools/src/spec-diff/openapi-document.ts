/**
 * Reading an OpenAPI 3.x document as plain JSON: `$ref` resolution within the document, and the
 * small helpers the comparison needs. The documents compared are bundles (one file, local refs).
 */
export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** Follows `$ref` chains (`#/components/...`) until a node without `$ref`. */
export function resolveRef(document: JsonObject, node: unknown): unknown {
  let current = node;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`The $ref ${ref} refers to itself in a loop.`);
    seen.add(ref);
    current = pointerTarget(document, ref);
  }
  return current;
}

function pointerTarget(document: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#')) {
    throw new Error(
      `The $ref ${ref} points outside the document: compare bundled documents (spec/dist/openapi.json), whose refs are all local.`,
    );
  }
  let target: unknown = document;
  for (const rawSegment of ref.slice(1).split('/').slice(1)) {
    const segment = decodeURIComponent(rawSegment).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(target) && !Array.isArray(target)) {
      throw new Error(`The $ref ${ref} does not resolve: nothing at "${segment}".`);
    }
    target = (target as Record<string, unknown>)[segment];
  }
  if (target === undefined) throw new Error(`The $ref ${ref} does not resolve to anything.`);
  return target;
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
