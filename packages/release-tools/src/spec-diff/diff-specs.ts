/**
 * Lists every difference between two OpenAPI 3.x documents (the released one and the current
 * one), each classified as request-breaking, response-breaking or compatible.
 *
 * Operations are matched by method and path template (parameter names in the template do not
 * matter: `{instance}` and `{name}` are the same URL). Parameters, bodies, responses and headers
 * are matched by name and compared with the JSON Schema rules of `compare-schemas.ts`.
 */

import { HTTP_METHODS, resolveRef } from '@ryzeapi/openapi/document';
import { compareSchemas, type Direction, kindOf } from './compare-schemas.ts';
import {
  asObject,
  changedKeys,
  isAnnotationKey,
  isObject,
  type JsonObject,
  jsonEqual,
} from './openapi-document.ts';
import type { ChangeKind, SpecChange } from './spec-change.ts';

interface DiffContext {
  before: JsonObject;
  after: JsonObject;
  changes: SpecChange[];
}

export function diffSpecs(before: JsonObject, after: JsonObject): SpecChange[] {
  const ctx: DiffContext = { before, after, changes: [] };
  compareDocumentLevel(ctx);
  const beforeOps = operationsOf(before);
  const afterOps = operationsOf(after);
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

function add(ctx: DiffContext, kind: ChangeKind, rule: string, where: string, detail: string) {
  ctx.changes.push({ kind, rule, where, detail });
}

function compareSchemaPair(
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

// --- document ---------------------------------------------------------------------------------

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

function keysOf(...objects: unknown[]): Set<string> {
  return new Set(objects.flatMap((o) => Object.keys(asObject(o))));
}

// --- operations -------------------------------------------------------------------------------

interface Operation {
  label: string;
  path: string;
  pathItem: JsonObject;
  operation: JsonObject;
}

function operationsOf(document: JsonObject): Map<string, Operation> {
  const operations = new Map<string, Operation>();
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

function compareOperations(ctx: DiffContext, before: Operation, after: Operation) {
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

// --- security ---------------------------------------------------------------------------------

/** `security` is a list of alternatives, each a set of schemes that must all be satisfied. */
function compareSecurity(ctx: DiffContext, beforeRaw: unknown, afterRaw: unknown, where: string) {
  const alternatives = (raw: unknown) =>
    Array.isArray(raw) ? raw.map((req) => Object.keys(asObject(req))) : [];
  const before = alternatives(beforeRaw);
  const after = alternatives(afterRaw);
  const afterOpen = after.length === 0 || after.some((alt) => alt.length === 0);
  for (const alt of before) {
    // An old client satisfies `alt`; it still gets in if some new alternative asks no more.
    const stillAccepted =
      afterOpen || after.some((newAlt) => newAlt.every((scheme) => alt.includes(scheme)));
    if (!stillAccepted) {
      add(
        ctx,
        'request-breaking',
        'security-narrowed',
        where,
        `clients authenticating with ${alt.join(' + ') || 'nothing'} are no longer accepted`,
      );
    }
  }
  const beforeSchemes = asObject(asObject(ctx.before.components).securitySchemes);
  const afterSchemes = asObject(asObject(ctx.after.components).securitySchemes);
  for (const scheme of new Set(before.flat().filter((s) => after.flat().includes(s)))) {
    const b = asObject(resolveRef(ctx.before, beforeSchemes[scheme]));
    const a = asObject(resolveRef(ctx.after, afterSchemes[scheme]));
    const changed = changedKeys(b, a, keysOf(b, a)).filter((key) => !isAnnotationKey(key));
    if (changed.length > 0) {
      add(
        ctx,
        'request-breaking',
        'security-scheme-changed',
        `${where} › security ${scheme}`,
        `changed: ${changed.join(', ')}`,
      );
    }
  }
  if (before.length > 0 && after.length > before.length) {
    add(ctx, 'compatible', 'security-widened', where, 'new ways to authenticate added');
  }
}

// --- parameters -------------------------------------------------------------------------------

function parametersOf(
  document: JsonObject,
  op: Operation,
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

function compareParameters(ctx: DiffContext, before: Operation, after: Operation, where: string) {
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

// --- bodies -----------------------------------------------------------------------------------

function compareRequestBodies(
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

/** Compares `content` maps: media types, then the schema of each. */
function compareContent(
  ctx: DiffContext,
  b: JsonObject,
  a: JsonObject,
  where: string,
  direction: Direction,
) {
  for (const mediaType of Object.keys(b)) {
    if (!(mediaType in a)) {
      add(
        ctx,
        kindOf('breaks', direction),
        'media-type-removed',
        `${where} › ${mediaType}`,
        'media type removed',
      );
      continue;
    }
    const before = asObject(b[mediaType]);
    const after = asObject(a[mediaType]);
    compareSchemaPair(
      ctx,
      before.schema ?? {},
      after.schema ?? {},
      `${where} › ${mediaType}`,
      direction,
    );
    const docs = changedKeys(before, after, ['example', 'examples', 'encoding']);
    if (docs.length > 0)
      add(
        ctx,
        'compatible',
        'documentation-changed',
        `${where} › ${mediaType}`,
        `changed: ${docs.join(', ')}`,
      );
  }
  for (const mediaType of Object.keys(a)) {
    if (!(mediaType in b))
      add(ctx, 'compatible', 'media-type-added', `${where} › ${mediaType}`, 'media type added');
  }
}

// --- responses --------------------------------------------------------------------------------

function isSuccess(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

function compareResponses(ctx: DiffContext, b: JsonObject, a: JsonObject, where: string) {
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
