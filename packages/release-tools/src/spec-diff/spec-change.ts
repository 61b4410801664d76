/**
 * One difference between the released spec and the current one, classified by who it breaks.
 *
 * - `request-breaking`: a request that an old client sends may now be refused or misread
 *   (a new required parameter, a narrowed enum, pattern or length, a removed operation…).
 * - `response-breaking`: a response the server now sends may be refused or misread by an old
 *   client (a removed property, a property added to a closed object, a changed type…).
 * - `compatible`: old clients keep working.
 */
export type ChangeKind = 'request-breaking' | 'response-breaking' | 'compatible';

export interface SpecChange {
  kind: ChangeKind;
  /** A stable name for the rule that classified the change, such as `required-parameter-added`. */
  rule: string;
  /** Where the change is, e.g. `DELETE /api/group/leave/{instance} › query parameter identifier`. */
  where: string;
  /** What changed, in words. */
  detail: string;
}

export function isBreaking(change: SpecChange): boolean {
  return change.kind !== 'compatible';
}
