import {
  type JsonObject,
  type Operation,
  readBundledSpec,
  resolveObject,
} from '@ryzeapi/openapi/document';
import { specOperations } from '../../scripts/tool-definitions.ts';

/** Where the leave path item is in the bundle, as a JSON pointer (`/` escaped as `~1`). */
export const LEAVE_PATH_ITEM = '#/paths/~1api~1group~1leave~1{instance}';

/** The dereferenced bundle the tools are made of, read by the spec's reader (a fresh copy to edit). */
export function bundledSpec(): JsonObject {
  return readBundledSpec('openapi.dereferenced.json');
}

/** The leaveGroup operation as the spec's reader lists it. */
export function leaveGroupOperation(): Operation {
  const leave = specOperations().find((operation) => operation.operationId === 'leaveGroup');
  if (!leave) throw new Error('The bundled spec has no leaveGroup operation.');
  return leave;
}

/** The object at `pointer` in `document` (e.g. a copy of the bundle that a test edits). */
export function objectAt(document: JsonObject, pointer: string): JsonObject {
  return resolveObject(document, { $ref: pointer }, pointer);
}
