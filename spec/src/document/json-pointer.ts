/** A JSON object as parsed from the document: keys to values of any JSON type. */
export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value a local reference points at: `#` is the whole document, `#/components/schemas/Foo`
 * walks one key per segment. Segments are URI-fragment encoded and then JSON-pointer escaped
 * (RFC 6901: `~1` is `/`, `~0` is `~`, undone in that order), so `#/paths/~1api~1group` is the
 * path item of `/api/group`.
 */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) {
    throw new Error(
      `The $ref ${JSON.stringify(ref)} points outside the document: use a bundle ` +
        '(spec/dist/openapi.json, published as @ryzeapi/openapi/openapi.json), whose references are all local (#/...).',
    );
  }
  if (ref === '#') return document;
  if (!ref.startsWith('#/')) {
    throw new Error(
      `The $ref ${JSON.stringify(ref)} is not a JSON pointer: write it as #/components/<kind>/<name>.`,
    );
  }
  let target: unknown = document;
  let walked = '#';
  for (const rawSegment of ref.slice(2).split('/')) {
    const segment = decodeSegment(rawSegment, ref);
    const next = childOf(target, segment);
    if (next === undefined) {
      throw new Error(
        `The $ref ${JSON.stringify(ref)} does not resolve: ${walked} has no ${JSON.stringify(segment)}.`,
      );
    }
    target = next;
    walked += `/${rawSegment}`;
  }
  return target;
}

function decodeSegment(rawSegment: string, ref: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawSegment);
  } catch {
    throw new Error(
      `The $ref ${JSON.stringify(ref)} has a malformed percent-escape in ${JSON.stringify(rawSegment)}.`,
    );
  }
  if (/~(?![01])/.test(decoded)) {
    throw new Error(
      `The $ref ${JSON.stringify(ref)} has a "~" that is neither "~0" nor "~1" in ${JSON.stringify(rawSegment)}: escape "~" as "~0" and "/" as "~1".`,
    );
  }
  return decoded.replaceAll('~1', '/').replaceAll('~0', '~');
}

function childOf(node: unknown, segment: string): unknown {
  if (Array.isArray(node))
    return /^(0|[1-9]\d*)$/.test(segment) ? node[Number(segment)] : undefined;
  if (isJsonObject(node) && Object.hasOwn(node, segment)) return node[segment];
  return undefined;
}

/**
 * Follows a chain of `$ref`s (a reference to a reference…) until a node that is not one; any
 * other node is returned as it is. A chain that comes back to a reference it already followed
 * is an error naming the loop, instead of a hang or a stack overflow.
 */
export function resolveRef(document: unknown, node: unknown): unknown {
  let current = node;
  const followed: string[] = [];
  while (isJsonObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (followed.includes(ref)) {
      throw new Error(
        `The $ref chain ${[...followed, ref].join(' → ')} loops back on itself: point one of them at the object itself.`,
      );
    }
    followed.push(ref);
    current = resolvePointer(document, ref);
  }
  return current;
}

/** `resolveRef` for a node that must be an object (a parameter, a response, a header…). */
export function resolveObject(document: unknown, node: unknown, where: string): JsonObject {
  const resolved = resolveRef(document, node);
  if (!isJsonObject(resolved)) {
    throw new Error(`${where} should be an object, found ${JSON.stringify(resolved)}.`);
  }
  return resolved;
}
