import type { ApiPromise, WithResponse } from './api-promise.ts';
import { abortedBy, InvalidInputError } from './errors.ts';
import { parseGroupIdentifier } from './identifier.ts';
import type { Request, RequestOptions } from './request.ts';
import type {
  GroupIdentifier,
  InstanceName,
  LeaveGroupParams,
  LeaveGroupResponse,
} from './types.ts';

/** What `leave(…).withResponse()` resolves to. */
export type LeaveGroupResult = WithResponse<LeaveGroupResponse>;

/** The outcome of one leave of `leaveMany`: its data, or the error it would have thrown. */
export type LeaveManyResult =
  | { identifier: GroupIdentifier; ok: true; data: LeaveGroupResponse }
  | { identifier: GroupIdentifier; ok: false; error: unknown };

/** Options of `leaveMany`. */
export interface LeaveManyOptions {
  /** Most leaves in flight at once (the client's pacing still applies). Default `10`. */
  concurrency?: number | undefined;
  /** Stops sending: leaves not yet sent end with `RequestAbortedError`, the others as they went. */
  signal?: AbortSignal | undefined;
  /** Called after each leave settles, with how many have and the result just in. */
  onProgress?:
    | ((progress: { done: number; total: number; result: LeaveManyResult }) => void)
    | undefined;
}

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

    async leaveMany(instance, identifiers, { concurrency = 10, signal, onProgress } = {}) {
      const total = identifiers.length;
      const results: LeaveManyResult[] = [];
      let next = 0;
      let done = 0;
      const worker = async () => {
        while (next < total && !signal?.aborted) {
          const at = next++;
          const identifier = identifiers[at] as GroupIdentifier;
          results[at] = await groups.leave(instance, { identifier }, { signal }).then(
            (data) => ({ identifier, ok: true, data }),
            (error: unknown) => ({ identifier, ok: false, error }),
          );
          onProgress?.({ done: ++done, total, result: results[at] });
        }
      };
      await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
      // Aborted: what was never sent says so.
      return identifiers.map(
        (identifier, at) => results[at] ?? { identifier, ok: false, error: abortedBy(signal) },
      );
    },
  };
  return groups;
}
