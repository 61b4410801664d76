/**
 * What every schema-keyword comparison shares: the direction the data flows, how a change moves
 * the set of accepted values, and how that becomes a change kind.
 */

import type { JsonObject } from './openapi-document.ts';
import type { ChangeKind, SpecChange } from './spec-change.ts';

/** `request`: data the client sends and the server validates; `response`: the reverse. */
export type Direction = 'request' | 'response';

/** How a change moves the set of accepted values; `breaks` breaks either way. */
export type Effect = 'narrows' | 'widens' | 'both' | 'breaks' | 'neutral';

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

export function report(
  cmp: SchemaComparison,
  effect: Effect,
  rule: string,
  where: string,
  detail: string,
) {
  cmp.changes.push({ kind: kindOf(effect, cmp.direction), rule, where, detail });
}
