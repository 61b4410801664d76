/** Compares the responses of an operation: statuses, headers and content. */

import { resolveRef } from '@ryzeapi/openapi/document';
import { compareContent } from './compare-content.ts';
import { add, compareSchemaPair, type DiffContext, keysOf } from './diff-context.ts';
import {
  asObject,
  changedKeys,
  isAnnotationKey,
  type JsonObject,
  jsonEqual,
} from './openapi-document.ts';

function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

export function compareResponses(ctx: DiffContext, b: JsonObject, a: JsonObject, where: string) {
  for (const status of Object.keys(b)) {
    const at = `${where} › response ${status}`;
    if (!(status in a)) {
      add(ctx, 'response-breaking', 'response-status-removed', at, `response ${status} removed`);
      continue;
    }
    compareResponse(
      ctx,
      asObject(resolveRef(ctx.before, b[status])),
      asObject(resolveRef(ctx.after, a[status])),
      at,
    );
  }
  for (const status of Object.keys(a)) {
    if (status in b) continue;
    const at = `${where} › response ${status}`;
    if (isSuccess(status)) {
      // Old clients treat only the successes they know as success.
      add(ctx, 'response-breaking', 'success-status-added', at, `success response ${status} added`);
    } else {
      add(ctx, 'compatible', 'response-status-added', at, `response ${status} added`);
    }
  }
}

function compareResponse(ctx: DiffContext, b: JsonObject, a: JsonObject, where: string) {
  if (!jsonEqual(b.description, a.description))
    add(ctx, 'compatible', 'documentation-changed', where, 'changed: description');
  const headers = (response: JsonObject, document: JsonObject) =>
    new Map(
      Object.entries(asObject(response.headers)).map(([name, h]) => [
        name.toLowerCase(),
        { name, header: asObject(resolveRef(document, h)) },
      ]),
    );
  const beforeHeaders = headers(b, ctx.before);
  const afterHeaders = headers(a, ctx.after);
  for (const [key, { name, header }] of beforeHeaders) {
    const match = afterHeaders.get(key);
    const at = `${where} › header ${name}`;
    if (match === undefined) {
      add(
        ctx,
        'response-breaking',
        'response-header-removed',
        at,
        'header removed: old clients read it',
      );
      continue;
    }
    if (header.required === true && match.header.required !== true) {
      add(
        ctx,
        'response-breaking',
        'response-header-became-optional',
        at,
        'header became optional: it may be missing',
      );
    }
    compareSchemaPair(ctx, header.schema ?? {}, match.header.schema ?? {}, at, 'response');
    const docs = changedKeys(header, match.header, keysOf(header, match.header)).filter(
      isAnnotationKey,
    );
    if (docs.length > 0)
      add(ctx, 'compatible', 'documentation-changed', at, `changed: ${docs.join(', ')}`);
  }
  for (const [key, { name }] of afterHeaders) {
    if (!beforeHeaders.has(key))
      add(ctx, 'compatible', 'response-header-added', `${where} › header ${name}`, 'header added');
  }
  compareContent(ctx, asObject(b.content), asObject(a.content), where, 'response');
}
