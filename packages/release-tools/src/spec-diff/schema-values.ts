/** The keywords that limit single values: type, enum/const, pattern/format and numeric limits. */

import { type JsonObject, jsonEqual } from './openapi-document.ts';
import { type Effect, report, type SchemaComparison } from './schema-comparison.ts';

function typesOf(schema: JsonObject): Set<string> | undefined {
  const declared = schema.type;
  if (declared === undefined) return undefined;
  const types = new Set(Array.isArray(declared) ? declared.map(String) : [String(declared)]);
  if (schema.nullable === true) types.add('null');
  return types;
}

function coveredBy(type: string, types: Set<string>): boolean {
  return types.has(type) || (type === 'integer' && types.has('number'));
}

export function compareTypes(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
  const before = typesOf(b);
  const after = typesOf(a);
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    report(
      cmp,
      'narrows',
      'type-changed',
      where,
      `any type became ${[...(after ?? [])].join(' | ')}`,
    );
    return;
  }
  if (after === undefined) {
    report(cmp, 'widens', 'type-changed', where, `${[...before].join(' | ')} became any type`);
    return;
  }
  const lost = [...before].filter((t) => !coveredBy(t, after));
  const gained = [...after].filter((t) => !coveredBy(t, before));
  if (lost.length === 0 && gained.length === 0) return;
  const effect: Effect =
    lost.length > 0 && gained.length > 0 ? 'both' : lost.length > 0 ? 'narrows' : 'widens';
  report(
    cmp,
    effect,
    'type-changed',
    where,
    `type ${[...before].join(' | ')} became ${[...after].join(' | ')}`,
  );
}

function allowedValues(schema: JsonObject): string[] | undefined {
  if ('const' in schema) return [JSON.stringify(schema.const)];
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v));
  return undefined;
}

export function compareAllowedValues(
  cmp: SchemaComparison,
  b: JsonObject,
  a: JsonObject,
  where: string,
) {
  const before = allowedValues(b);
  const after = allowedValues(a);
  if (before === undefined && after === undefined) return;
  if (before === undefined) {
    report(cmp, 'narrows', 'enum-narrowed', where, `values limited to ${after?.join(', ')}`);
    return;
  }
  if (after === undefined) {
    report(
      cmp,
      'widens',
      'enum-widened',
      where,
      `values no longer limited to ${before.join(', ')}`,
    );
    return;
  }
  const removed = before.filter((v) => !after.includes(v));
  const added = after.filter((v) => !before.includes(v));
  if (removed.length > 0)
    report(cmp, 'narrows', 'enum-narrowed', where, `values removed: ${removed.join(', ')}`);
  if (added.length > 0)
    report(cmp, 'widens', 'enum-widened', where, `values added: ${added.join(', ')}`);
}

export function compareTextRules(
  cmp: SchemaComparison,
  b: JsonObject,
  a: JsonObject,
  where: string,
) {
  for (const keyword of ['pattern', 'format'] as const) {
    const before = b[keyword];
    const after = a[keyword];
    if (jsonEqual(before, after)) continue;
    const rule = `${keyword}-changed`;
    if (before === undefined)
      report(cmp, 'narrows', rule, where, `${keyword} ${JSON.stringify(after)} added`);
    else if (after === undefined)
      report(cmp, 'widens', rule, where, `${keyword} ${JSON.stringify(before)} removed`);
    // Whether one regular expression accepts a subset of another is not decidable in general:
    // a changed pattern may both refuse old values and admit new ones.
    else
      report(
        cmp,
        'both',
        rule,
        where,
        `${keyword} ${JSON.stringify(before)} became ${JSON.stringify(after)}`,
      );
  }
}

const UPPER_LIMITS = ['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum'];
const LOWER_LIMITS = ['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum'];

export function compareLimits(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
  for (const keyword of [...UPPER_LIMITS, ...LOWER_LIMITS]) {
    const before = b[keyword];
    const after = a[keyword];
    if (jsonEqual(before, after)) continue;
    const isUpper = UPPER_LIMITS.includes(keyword);
    let effect: Effect;
    if (typeof before === 'number' && typeof after === 'number') {
      effect = after < before === isUpper ? 'narrows' : 'widens';
    } else if (before === undefined) effect = 'narrows';
    else if (after === undefined) effect = 'widens';
    else effect = 'both'; // 3.0's boolean exclusiveMinimum/Maximum against a number
    report(
      cmp,
      effect,
      'limit-changed',
      where,
      `${keyword} ${String(before ?? 'none')} became ${String(after ?? 'none')}`,
    );
  }
  if (!jsonEqual(b.multipleOf, a.multipleOf)) {
    const effect: Effect =
      b.multipleOf === undefined ? 'narrows' : a.multipleOf === undefined ? 'widens' : 'both';
    report(
      cmp,
      effect,
      'limit-changed',
      where,
      `multipleOf ${String(b.multipleOf ?? 'none')} became ${String(a.multipleOf ?? 'none')}`,
    );
  }
  if (Boolean(b.uniqueItems) !== Boolean(a.uniqueItems)) {
    report(
      cmp,
      a.uniqueItems ? 'narrows' : 'widens',
      'limit-changed',
      where,
      `uniqueItems became ${Boolean(a.uniqueItems)}`,
    );
  }
}
