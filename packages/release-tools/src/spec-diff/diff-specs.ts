/**
 * Lists every difference between two OpenAPI 3.x documents (the released one and the current
 * one), each classified as request-breaking, response-breaking or compatible.
 *
 * Operations are matched by method and path template (parameter names in the template do not
 * matter: `{instance}` and `{name}` are the same URL). Parameters, bodies, responses and headers
 * are matched by name and compared with the JSON Schema rules of `compare-schemas.ts`; each
 * part has its own module (compare-security, compare-parameters, compare-request-body,
 * compare-responses).
 */

import { compareParameters } from './compare-parameters.ts';
import { compareRequestBodies } from './compare-request-body.ts';
import { compareResponses } from './compare-responses.ts';
import { compareSecurity } from './compare-security.ts';
import {
  add,
  type DiffContext,
  keysOf,
  type MatchedOperation,
  operationsByRoute,
} from './diff-context.ts';
import {
  asObject,
  changedKeys,
  isAnnotationKey,
  type JsonObject,
  jsonEqual,
} from './openapi-document.ts';
import type { SpecChange } from './spec-change.ts';

export function diffSpecs(before: JsonObject, after: JsonObject): SpecChange[] {
  const ctx: DiffContext = { before, after, changes: [] };
  compareDocumentLevel(ctx);
  const beforeOps = operationsByRoute(before);
  const afterOps = operationsByRoute(after);
  for (const [key, op] of beforeOps) {
    const match = afterOps.get(key);
    if (match === undefined) {
      add(ctx, 'request-breaking', 'operation-removed', op.label, 'operation removed');
    } else {
      compareOperations(ctx, op, match);
    }
  }
  for (const [key, op] of afterOps) {
    if (!beforeOps.has(key)) add(ctx, 'compatible', 'operation-added', op.label, 'operation added');
  }
  return ctx.changes;
}

function compareDocumentLevel(ctx: DiffContext) {
  const info = changedKeys(
    asObject(ctx.before.info),
    asObject(ctx.after.info),
    keysOf(ctx.before.info, ctx.after.info),
  );
  if (info.length > 0)
    add(ctx, 'compatible', 'documentation-changed', 'info', `changed: ${info.join(', ')}`);
  const serverUrls = (doc: JsonObject) =>
    (Array.isArray(doc.servers) ? doc.servers : []).map((s) => String(asObject(s).url));
  const afterUrls = serverUrls(ctx.after);
  for (const url of serverUrls(ctx.before)) {
    // SDKs and users hard-code the base URL they were given.
    if (!afterUrls.includes(url))
      add(ctx, 'request-breaking', 'server-removed', 'servers', `server ${url} removed`);
  }
  for (const url of afterUrls) {
    if (!serverUrls(ctx.before).includes(url))
      add(ctx, 'compatible', 'server-added', 'servers', `server ${url} added`);
  }
  if (!jsonEqual(ctx.before.webhooks, ctx.after.webhooks)) {
    add(
      ctx,
      'response-breaking',
      'webhooks-changed',
      'webhooks',
      'webhooks changed; this gate does not analyse them, so it assumes the worst',
    );
  }
}

function compareOperations(ctx: DiffContext, before: MatchedOperation, after: MatchedOperation) {
  const where = after.label;
  const b = before.operation;
  const a = after.operation;
  if (!jsonEqual(b.operationId, a.operationId)) {
    // Generated clients name their method and types after it.
    add(
      ctx,
      'request-breaking',
      'operation-id-changed',
      where,
      `operationId ${JSON.stringify(b.operationId)} became ${JSON.stringify(a.operationId)}`,
    );
  }
  const docs = changedKeys(b, a, keysOf(b, a)).filter(isAnnotationKey);
  if (docs.length > 0)
    add(ctx, 'compatible', 'documentation-changed', where, `changed: ${docs.join(', ')}`);
  compareSecurity(ctx, b.security ?? ctx.before.security, a.security ?? ctx.after.security, where);
  compareParameters(ctx, before, after, where);
  compareRequestBodies(ctx, b.requestBody, a.requestBody, `${where} › request body`);
  compareResponses(ctx, asObject(b.responses), asObject(a.responses), where);
  if (!jsonEqual(b.callbacks, a.callbacks)) {
    add(
      ctx,
      'response-breaking',
      'callbacks-changed',
      where,
      'callbacks changed; this gate does not analyse them, so it assumes the worst',
    );
  }
}
