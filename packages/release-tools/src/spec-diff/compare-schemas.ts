/**
 * Compares two JSON Schemas (OpenAPI 3.1 dialect, with 3.0's `nullable` understood too) and
 * classifies each difference by the direction the data flows.
 *
 * The idea: a schema accepts a set of values. A change *narrows* it (some value accepted before
 * is refused now), *widens* it (some value refused before is accepted now), or both. Narrowing
 * what the server accepts breaks old clients' requests; widening what the server sends breaks
 * old clients reading responses (they validate or switch on what they were promised).
 */

import { resolveRef } from '@ryzeapi/openapi/document';
import { asObject, isObject, jsonEqual } from './openapi-document.ts';
import { compareAlternatives } from './schema-alternatives.ts';
import { compareArrays } from './schema-arrays.ts';
import { type Effect, report, type SchemaComparison } from './schema-comparison.ts';
import { compareObjects } from './schema-objects.ts';
import { compareOtherKeywords } from './schema-other-keywords.ts';
import {
  compareAllowedValues,
  compareLimits,
  compareTextRules,
  compareTypes,
} from './schema-values.ts';

export function compareSchemas(
  cmp: SchemaComparison,
  beforeNode: unknown,
  afterNode: unknown,
  where: string,
): void {
  const pairKey = refPairKey(beforeNode, afterNode);
  if (pairKey !== undefined) {
    if (cmp.visiting.has(pairKey)) return;
    cmp.visiting.add(pairKey);
  }
  try {
    const before = resolveRef(cmp.before, beforeNode);
    const after = resolveRef(cmp.after, afterNode);
    if (typeof before === 'boolean' || typeof after === 'boolean') {
      compareBooleanSchemas(cmp, before, after, where);
      return;
    }
    const b = asObject(before);
    const a = asObject(after);
    compareTypes(cmp, b, a, where);
    compareAllowedValues(cmp, b, a, where);
    compareTextRules(cmp, b, a, where);
    compareLimits(cmp, b, a, where);
    compareArrays(cmp, b, a, where);
    compareObjects(cmp, b, a, where);
    compareAlternatives(cmp, b, a, where);
    compareOtherKeywords(cmp, b, a, where);
  } finally {
    if (pairKey !== undefined) cmp.visiting.delete(pairKey);
  }
}

function refPairKey(before: unknown, after: unknown): string | undefined {
  const beforeRef = isObject(before) ? before.$ref : undefined;
  const afterRef = isObject(after) ? after.$ref : undefined;
  if (typeof beforeRef !== 'string' && typeof afterRef !== 'string') return undefined;
  return `${String(beforeRef)} → ${String(afterRef)}`;
}

function compareBooleanSchemas(
  cmp: SchemaComparison,
  before: unknown,
  after: unknown,
  where: string,
) {
  if (jsonEqual(before, after)) return;
  const acceptsAll = (s: unknown) => s === true || (isObject(s) && Object.keys(s).length === 0);
  const acceptsNone = (s: unknown) => s === false;
  const effect: Effect =
    acceptsAll(after) || acceptsNone(before)
      ? 'widens'
      : acceptsNone(after) || acceptsAll(before)
        ? 'narrows'
        : 'both';
  report(
    cmp,
    effect,
    'schema-replaced',
    where,
    `schema ${JSON.stringify(before)} became ${JSON.stringify(after)}`,
  );
}
