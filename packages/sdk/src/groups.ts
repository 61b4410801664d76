import type { ApiPromise, WithResponse } from './api-promise.ts';
import { InvalidInputError } from './errors.ts';
import { parseGroupIdentifier } from './identifier.ts';
import { type LeaveManyOptions, type LeaveManyResult, leaveMany } from './leave-many.ts';
import type { Request, RequestOptions } from './request.ts';
import type {
  GroupIdentifier,
  InstanceName,
  LeaveGroupParams,
  LeaveGroupResponse,
} from './types.ts';

/** What `leave(…).withResponse()` resolves to. */
export type LeaveGroupResult = WithResponse<LeaveGroupResponse>;

/** The group operations. */
export interface Groups {
  /**
   * Makes `instance` leave the group named by `params.identifier` (a JID, an invite code or an
   * invite link, normalized by `parseGroupIdentifier`), and returns the spec's 200 body;
   * `.withResponse()` gives it with the rate limit, the response and the attempts.
   *
   * A group already left answers 404 (`NotFoundError`); if the call was retried after an attempt
   * whose outcome is unknown, that error's `mayHaveSucceededEarlier` is `true`.
   */
  leave(
    instance: InstanceName,
    params: LeaveGroupParams,
    options?: RequestOptions,
  ): ApiPromise<LeaveGroupResponse>;

  /**
   * Makes `instance` leave every group of `identifiers`, at the pace the token's bucket allows,
   * and resolves to one result per identifier, in input order. It never rejects: a failed leave
   * is a result with `ok: false` and its error.
   */
  leaveMany(
    instance: InstanceName,
    identifiers: readonly GroupIdentifier[],
    options?: LeaveManyOptions,
  ): Promise<LeaveManyResult[]>;
}

/** The group operations over the client's one request path. */
export function createGroups(request: Request): Groups {
  const groups: Groups = {
    leave: (instance, params, options) =>
      request<LeaveGroupResponse>(
        'DELETE',
        '/api/group/leave/{instance}',
        () => {
          // From JavaScript, the 0.x form leave(instance, identifier) would lose the identifier.
          if (Object(params) !== params) {
            throw new InvalidInputError(
              `groups.leave takes { identifier } as its second argument, got a ${typeof params}`,
            );
          }
          const { identifier } = parseGroupIdentifier(params.identifier);
          return { path: { instance }, query: { identifier } };
        },
        options,
      ),

    leaveMany: (instance, identifiers, options) =>
      leaveMany(groups.leave, instance, identifiers, options),
  };
  return groups;
}
