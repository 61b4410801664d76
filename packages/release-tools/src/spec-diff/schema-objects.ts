/** The object keywords: properties, required, additionalProperties and unevaluatedProperties. */

import { compareSchemas } from './compare-schemas.ts';
import { asObject, isObject, type JsonObject, jsonEqual } from './openapi-document.ts';
import { type Effect, report, type SchemaComparison } from './schema-comparison.ts';

function requiredOf(schema: JsonObject): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
}

/** A closed object refuses properties it does not list. */
function isClosed(schema: JsonObject): boolean {
  return schema.additionalProperties === false || schema.unevaluatedProperties === false;
}

export function compareObjects(cmp: SchemaComparison, b: JsonObject, a: JsonObject, where: string) {
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
