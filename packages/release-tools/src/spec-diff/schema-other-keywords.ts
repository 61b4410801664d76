/**
 * Every keyword the other modules do not compare: annotations, default, readOnly/writeOnly, and
 * keywords this gate does not analyse (a change to one of those is treated as breaking).
 */

import { changedKeys, isAnnotationKey, type JsonObject } from './openapi-document.ts';
import { type Effect, report, type SchemaComparison } from './schema-comparison.ts';

/** Keywords this module understands; a change to any other keyword is treated as breaking. */
const HANDLED_KEYWORDS = new Set([
  '$ref',
  'type',
  'nullable',
  'enum',
  'const',
  'pattern',
  'format',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
  'items',
  'prefixItems',
  'properties',
  'required',
  'additionalProperties',
  'unevaluatedProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'default',
  'readOnly',
  'writeOnly',
]);

export function compareOtherKeywords(
  cmp: SchemaComparison,
  b: JsonObject,
  a: JsonObject,
  where: string,
) {
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  const changed = changedKeys(b, a, keys);
  const annotations = changed.filter(isAnnotationKey);
  if (annotations.length > 0) {
    report(cmp, 'neutral', 'documentation-changed', where, `changed: ${annotations.join(', ')}`);
  }
  if (changed.includes('default')) {
    // Old clients that omit the value now get a different behaviour from the server.
    const effect: Effect = cmp.direction === 'request' ? 'breaks' : 'neutral';
    report(
      cmp,
      effect,
      'default-changed',
      where,
      `default ${JSON.stringify(b.default)} became ${JSON.stringify(a.default)}`,
    );
  }
  for (const keyword of ['readOnly', 'writeOnly']) {
    if (changed.includes(keyword))
      report(
        cmp,
        'both',
        'access-changed',
        where,
        `${keyword} became ${String(a[keyword] ?? false)}`,
      );
  }
  const unknown = changed.filter((key) => !isAnnotationKey(key) && !HANDLED_KEYWORDS.has(key));
  if (unknown.length > 0) {
    // Not analysed (if/then/else, patternProperties, contains…): assume the worst.
    report(
      cmp,
      'both',
      'keyword-changed',
      where,
      `keywords this gate does not analyse changed: ${unknown.join(', ')}`,
    );
  }
}
