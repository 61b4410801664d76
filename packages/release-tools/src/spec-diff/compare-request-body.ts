/** Compares the request body of an operation: whether there is one, required, and its content. */

import { resolveRef } from '@ryzeapi/openapi/document';
import { compareContent } from './compare-content.ts';
import { add, type DiffContext } from './diff-context.ts';
import { asObject } from './openapi-document.ts';

export function compareRequestBodies(
  ctx: DiffContext,
  beforeRaw: unknown,
  afterRaw: unknown,
  where: string,
) {
  if (beforeRaw === undefined && afterRaw === undefined) return;
  const b = asObject(resolveRef(ctx.before, beforeRaw));
  const a = asObject(resolveRef(ctx.after, afterRaw));
  if (beforeRaw === undefined) {
    const required = a.required === true;
    add(
      ctx,
      required ? 'request-breaking' : 'compatible',
      'request-body-added',
      where,
      `${required ? 'required' : 'optional'} request body added`,
    );
    return;
  }
  if (afterRaw === undefined) {
    add(
      ctx,
      'request-breaking',
      'request-body-removed',
      where,
      'request body removed: old clients still send one',
    );
    return;
  }
  if (b.required !== true && a.required === true) {
    add(
      ctx,
      'request-breaking',
      'request-body-became-required',
      where,
      'request body became required',
    );
  }
  compareContent(ctx, asObject(b.content), asObject(a.content), where, 'request');
}
