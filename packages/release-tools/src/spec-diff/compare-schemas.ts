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
import {
  asObject,
  changedKeys,
  isAnnotationKey,
  isObject,
  type JsonObject,
  jsonEqual,
} from './openapi-document.ts';
import type { ChangeKind, SpecChange } from './spec-change.ts';

/** `request`: data the client sends and the server validates; `response`: the reverse. */
export type Direction = 'request' | 'response';

/** How a change moves the set of accepted values; `breaks` breaks either way. */
type Effect = 'narrows' | 'widens' | 'both' | 'breaks' | 'neutral';

export interface SchemaComparison {
  before: JsonObject;
  after: JsonObject;
  direction: Direction;
  changes: SpecChange[];
  /** `$ref` pairs already being compared, so recursive schemas end. */
  visiting: Set<string>;
}

export function kindOf(effect: Effect, direction: Direction): ChangeKind {
  if (effect === 'neutral') return 'compatible';
  if (effect === 'breaks' || effect === 'both') {
    return direction === 'request' ? 'request-breaking' : 'response-breaking';
  }
  if (effect === 'narrows') return direction === 'request' ? 'request-breaking' : 'compatible';
  return direction === 'request' ? 'compatible' : 'response-breaking';
}

function report(
  cmp: SchemaComparison,
  effect: Effect,
  rule: string,
  where: string,
  detail: string,
) {
  cmp.changes.push({ kind: kindOf(effect, cmp.direction), rule, where, detail });
}

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

// --- type -------------------------------------------------------------------------------------

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

function compareTypes(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
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

// --- enum / const -----------------------------------------------------------------------------

function allowedValues(schema: JsonObject): string[] | undefined {
  if ('const' in schema) return [JSON.stringify(schema.const)];
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v));
  return undefined;
}

function compareAllowedValues(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
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

// --- pattern / format -------------------------------------------------------------------------

function compareTextRules(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
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

// --- numeric and size limits ------------------------------------------------------------------

const UPPER_LIMITS = ['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum'];
const LOWER_LIMITS = ['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum'];

function compareLimits(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
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

// --- arrays -----------------------------------------------------------------------------------

function compareArrays(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
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

// --- objects ----------------------------------------------------------------------------------

function requiredOf(schema: JsonObject): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
}

/** A closed object refuses properties it does not list. */
function isClosed(schema: JsonObject): boolean {
  return schema.additionalProperties === false || schema.unevaluatedProperties === false;
}

function compareObjects(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
  const beforeProps = asObject(b.properties);
  const afterProps = asObject(a.properties);
  const beforeRequired = requiredOf(b);
  const afterRequired = requiredOf(a);
  const at = (name: string) => `${where}.${name}`;

  for (const name of Object.keys(beforeProps)) {
    if (name in afterProps) continue;
    // Old clients read (responses) or send (requests) this property: it is gone either way.
    report(cmp, 'breaks', 'property-removed', at(name), `property "${name}" removed`);
  }
  for (const name of Object.keys(afterProps)) {
    if (name in beforeProps) {
      compareSchemas(cmp, beforeProps[name], afterProps[name], at(name));
      continue;
    }
    const required = afterRequired.has(name);
    const closedBefore = isClosed(b);
    // Required: old senders omit it (narrows). Closed before: old readers refused it (widens).
    const effect: Effect =
      required && closedBefore
        ? 'both'
        : required
          ? 'narrows'
          : closedBefore
            ? 'widens'
            : 'neutral';
    const detail = `${required ? 'required' : 'optional'} property "${name}" added${closedBefore ? ' to an object that refused unlisted properties (additionalProperties: false)' : ''}`;
    report(
      cmp,
      effect,
      required ? 'required-property-added' : 'optional-property-added',
      at(name),
      detail,
    );
  }
  for (const name of afterRequired) {
    if (!beforeRequired.has(name) && name in beforeProps) {
      report(
        cmp,
        'narrows',
        'property-became-required',
        at(name),
        `property "${name}" became required`,
      );
    }
  }
  for (const name of beforeRequired) {
    if (!afterRequired.has(name) && name in afterProps) {
      report(
        cmp,
        'widens',
        'property-became-optional',
        at(name),
        `property "${name}" became optional: it may be missing`,
      );
    }
  }
  compareAdditionalProperties(cmp, b, a, where);
}

function compareAdditionalProperties(
  cmp: SchemaComparison,
  b: JsonObject,
  a: JsonObject,
  where: string,
) {
  for (const keyword of ['additionalProperties', 'unevaluatedProperties'] as const) {
    const before = b[keyword];
    const after = a[keyword];
    if (jsonEqual(before, after)) continue;
    const open = (s: unknown) => s === undefined || s === true;
    if (isObject(before) && isObject(after)) {
      compareSchemas(cmp, before, after, `${where}{${keyword}}`);
    } else if (open(after) || before === false) {
      report(
        cmp,
        'widens',
        'object-opened',
        where,
        `${keyword} ${JSON.stringify(before ?? true)} became ${JSON.stringify(after ?? true)}: unlisted properties are now allowed`,
      );
    } else {
      report(
        cmp,
        'narrows',
        'object-closed',
        where,
        `${keyword} ${JSON.stringify(before ?? true)} became ${JSON.stringify(after ?? true)}: unlisted properties are now refused`,
      );
    }
  }
}

// --- anyOf / oneOf / allOf --------------------------------------------------------------------

/** Names an alternative so that it is matched across versions: its `$ref` target, title or index. */
function alternativeName(document: JsonObject, node: unknown, index: number): string {
  if (isObject(node) && typeof node.$ref === 'string')
    return node.$ref.split('/').at(-1) ?? node.$ref;
  const resolved = resolveRef(document, node);
  if (isObject(resolved) && typeof resolved.title === 'string') return resolved.title;
  return `#${index}`;
}

function compareAlternatives(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
  for (const keyword of ['anyOf', 'oneOf', 'allOf'] as const) {
    const before = Array.isArray(b[keyword]) ? (b[keyword] as unknown[]) : undefined;
    const after = Array.isArray(a[keyword]) ? (a[keyword] as unknown[]) : undefined;
    if (before === undefined && after === undefined) continue;
    // allOf: each member is one more condition; anyOf/oneOf: each member is one more form.
    const addingNarrows = keyword === 'allOf';
    if (before === undefined || after === undefined) {
      const effect: Effect = (after !== undefined) === addingNarrows ? 'narrows' : 'widens';
      report(
        cmp,
        effect,
        'alternatives-changed',
        where,
        `${keyword} ${after === undefined ? 'removed' : 'added'}`,
      );
      continue;
    }
    const beforeByName = new Map(
      before.map((node, i) => [alternativeName(cmp.before, node, i), node]),
    );
    const afterByName = new Map(
      after.map((node, i) => [alternativeName(cmp.after, node, i), node]),
    );
    for (const [name, node] of beforeByName) {
      const match = afterByName.get(name);
      if (match !== undefined) compareSchemas(cmp, node, match, `${where} › ${name}`);
      else if (addingNarrows)
        report(cmp, 'widens', 'condition-removed', where, `allOf member ${name} removed`);
      else
        report(
          cmp,
          'narrows',
          'form-removed',
          where,
          `${keyword} no longer accepts the form ${name}`,
        );
    }
    for (const name of afterByName.keys()) {
      if (beforeByName.has(name)) continue;
      if (addingNarrows)
        report(cmp, 'narrows', 'condition-added', where, `allOf member ${name} added`);
      else
        report(cmp, 'widens', 'form-added', where, `${keyword} now also accepts the form ${name}`);
    }
  }
}

// --- everything else --------------------------------------------------------------------------

function compareOtherKeywords(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
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
