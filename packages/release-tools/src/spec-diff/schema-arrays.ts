/** The array keywords: `items` and the tuple's `prefixItems`. */

import { compareSchemas } from './compare-schemas.ts';
import type { JsonObject } from './openapi-document.ts';
import { report, type SchemaComparison } from './schema-comparison.ts';

export function compareArrays(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
  if (b.items !== undefined && a.items !== undefined)
    compareSchemas(cmp, b.items, a.items, `${where}[]`);
  else if (b.items !== undefined)
    report(cmp, 'widens', 'items-changed', where, 'the schema of the items was removed');
  else if (a.items !== undefined)
    report(cmp, 'narrows', 'items-changed', where, 'the items now have a schema');
  const beforeTuple = Array.isArray(b.prefixItems) ? b.prefixItems : [];
  const afterTuple = Array.isArray(a.prefixItems) ? a.prefixItems : [];
  for (let i = 0; i < Math.max(beforeTuple.length, afterTuple.length); i++) {
    if (i < beforeTuple.length && i < afterTuple.length) {
      compareSchemas(cmp, beforeTuple[i], afterTuple[i], `${where}[${i}]`);
    } else {
      report(
        cmp,
        'both',
        'items-changed',
        `${where}[${i}]`,
        i < beforeTuple.length ? 'tuple item removed' : 'tuple item added',
      );
    }
  }
}
