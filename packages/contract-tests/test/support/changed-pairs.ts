import { isDeepStrictEqual } from 'node:util';
import { type JsonObject, type ResponseExample, responseExamples } from '@ryzeapi/openapi/document';

/**
 * The ids of `original`'s (status, example) pairs that `tampered` no longer answers as promised:
 * the pair is gone (its status or example removed or renamed), or its body or a header's example
 * changed. Derived from the two documents, so a negative control names what must fail without a
 * hand-written list.
 */
export function pairsChangedBy(original: JsonObject, tampered: JsonObject): string[] {
  const after = new Map(responseExamples(tampered).map((pair) => [pair.id, pair]));
  return responseExamples(original)
    .filter((pair) => {
      const changed = after.get(pair.id);
      return (
        changed === undefined ||
        !isDeepStrictEqual(changed.value, pair.value) ||
        !isDeepStrictEqual(headerExamples(changed), headerExamples(pair))
      );
    })
    .map((pair) => pair.id);
}

function headerExamples(pair: ResponseExample): Record<string, unknown> {
  return Object.fromEntries(pair.response.headers.map((header) => [header.name, header.example]));
}
