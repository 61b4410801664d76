/** What the comparisons of each part of an operation share: both documents and the changes found. */

import { HTTP_METHODS, resolveRef } from '@ryzeapi/openapi/document';
import { compareSchemas } from './compare-schemas.ts';
import { asObject, isObject, type JsonObject } from './openapi-document.ts';
import type { Direction } from './schema-comparison.ts';
import type { ChangeKind, SpecChange } from './spec-change.ts';

export interface DiffContext {
  before: JsonObject;
  after: JsonObject;
  changes: SpecChange[];
}

export function add(
  ctx: DiffContext,
  kind: ChangeKind,
  rule: string,
  where: string,
  detail: string,
) {
  ctx.changes.push({ kind, rule, where, detail });
}

export function compareSchemaPair(
  ctx: DiffContext,
  before: unknown,
  after: unknown,
  where: string,
  direction: Direction,
) {
  compareSchemas(
    { before: ctx.before, after: ctx.after, direction, changes: ctx.changes, visiting: new Set() },
    before,
    after,
    where,
  );
}

export function keysOf(...objects: unknown[]): Set<string> {
  return new Set(objects.flatMap((o) => Object.keys(asObject(o))));
}

export interface MatchedOperation {
  label: string;
  path: string;
  pathItem: JsonObject;
  operation: JsonObject;
}

export function operationsByRoute(document: JsonObject): Map<string, MatchedOperation> {
  const operations = new Map<string, MatchedOperation>();
  for (const [path, rawItem] of Object.entries(asObject(document.paths))) {
    const pathItem = asObject(resolveRef(document, rawItem));
    for (const method of HTTP_METHODS) {
      if (!isObject(pathItem[method])) continue;
      const template = path.replace(/\{[^}]*\}/g, '{}');
      operations.set(`${method} ${template}`, {
        label: `${method.toUpperCase()} ${path}`,
        path,
        pathItem,
        operation: pathItem[method] as JsonObject,
      });
    }
  }
  return operations;
}
