/**
 * Compares the parameters of an operation (the path item's and its own), matched by location and
 * name; path parameters by position in the template.
 */

import { resolveRef } from '@ryzeapi/openapi/document';
import { compareContent } from './compare-content.ts';
import {
  add,
  compareSchemaPair,
  type DiffContext,
  keysOf,
  type MatchedOperation,
} from './diff-context.ts';
import { asObject, changedKeys, isAnnotationKey, type JsonObject } from './openapi-document.ts';

function parametersOf(
  document: JsonObject,
  op: MatchedOperation,
): Map<string, { label: string; param: JsonObject }> {
  const templateNames = [...op.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const result = new Map<string, { label: string; param: JsonObject }>();
  const all = [
    ...(Array.isArray(op.pathItem.parameters) ? op.pathItem.parameters : []),
    ...(Array.isArray(op.operation.parameters) ? op.operation.parameters : []),
  ];
  for (const raw of all) {
    const param = asObject(resolveRef(document, raw));
    const location = String(param.in);
    const name = String(param.name);
    // Path parameters are positional on the wire; header names are case-insensitive.
    const key =
      location === 'path'
        ? `path #${templateNames.indexOf(name)}`
        : `${location} ${location === 'header' ? name.toLowerCase() : name}`;
    result.set(key, { label: `${location} parameter ${name}`, param }); // operation level wins
  }
  return result;
}

export function compareParameters(
  ctx: DiffContext,
  before: MatchedOperation,
  after: MatchedOperation,
  where: string,
) {
  const beforeParams = parametersOf(ctx.before, before);
  const afterParams = parametersOf(ctx.after, after);
  for (const [key, { label, param }] of beforeParams) {
    const match = afterParams.get(key);
    if (match === undefined) {
      // Old clients still send it; the API no longer reads it (or refuses it).
      add(ctx, 'request-breaking', 'parameter-removed', `${where} › ${label}`, `parameter removed`);
      continue;
    }
    compareParameter(ctx, param, match.param, `${where} › ${match.label}`);
  }
  for (const [key, { label, param }] of afterParams) {
    if (beforeParams.has(key)) continue;
    if (param.required === true) {
      add(
        ctx,
        'request-breaking',
        'required-parameter-added',
        `${where} › ${label}`,
        'required parameter added: old clients do not send it',
      );
    } else {
      add(
        ctx,
        'compatible',
        'optional-parameter-added',
        `${where} › ${label}`,
        'optional parameter added',
      );
    }
  }
}

function compareParameter(ctx: DiffContext, b: JsonObject, a: JsonObject, where: string) {
  if (b.required !== true && a.required === true) {
    add(ctx, 'request-breaking', 'parameter-became-required', where, 'parameter became required');
  }
  if (b.required === true && a.required !== true) {
    add(ctx, 'compatible', 'parameter-became-optional', where, 'parameter became optional');
  }
  const serialization = changedKeys(b, a, ['style', 'explode', 'allowReserved', 'allowEmptyValue']);
  if (serialization.length > 0) {
    add(
      ctx,
      'request-breaking',
      'parameter-serialization-changed',
      where,
      `changed: ${serialization.join(', ')}`,
    );
  }
  if (b.name !== a.name && b.in === 'path') {
    add(
      ctx,
      'compatible',
      'documentation-changed',
      where,
      `path parameter renamed from ${String(b.name)}`,
    );
  }
  const docs = changedKeys(b, a, keysOf(b, a)).filter(isAnnotationKey);
  if (docs.length > 0)
    add(ctx, 'compatible', 'documentation-changed', where, `changed: ${docs.join(', ')}`);
  if (b.schema !== undefined || a.schema !== undefined) {
    compareSchemaPair(ctx, b.schema ?? {}, a.schema ?? {}, where, 'request');
  }
  if (b.content !== undefined || a.content !== undefined) {
    compareContent(ctx, asObject(b.content), asObject(a.content), where, 'request');
  }
}
