/** The combining keywords: anyOf, oneOf (forms) and allOf (conditions). */

import { resolveRef } from '@ryzeapi/openapi/document';
import { compareSchemas } from './compare-schemas.ts';
import { isObject, type JsonObject } from './openapi-document.ts';
import { type Effect, report, type SchemaComparison } from './schema-comparison.ts';

/** Names an alternative so that it is matched across versions: its `$ref` target, title or index. */
function alternativeName(document: JsonObject, node: unknown, index: number): string {
  if (isObject(node) && typeof node.$ref === 'string')
    return node.$ref.split('/').at(-1) ?? node.$ref;
  const resolved = resolveRef(document, node);
  if (isObject(resolved) && typeof resolved.title === 'string') return resolved.title;
  return `#${index}`;
}

export function compareAlternatives(
  cmp: SchemaComparison,
  b: JsonObject,
  a: JsonObject,
  where: string,
) {
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
