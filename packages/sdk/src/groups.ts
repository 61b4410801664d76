import type { Client } from 'openapi-fetch';
import type { paths } from './generated/openapi.ts';
import { assertHeaderValues } from './header-value.ts';
import { parseGroupIdentifier } from './identifier.ts';
import { parseRateLimit, type RateLimit } from './rate-limit.ts';
import type { SendParts } from './request-parts.ts';
import { type CallPolicy, type SentCall, sendWithRetries } from './send.ts';
import type { GroupIdentifier, InstanceName, LeaveGroupResponse } from './types.ts';

/** Options of one call; each overrides the client's for this call only. */
export interface RequestOptions {
  /** Aborts the call: the request in flight and any wait before a retry. */
  signal?: AbortSignal | undefined;
  /** Extra headers for this call, e.g. `{ Prefer: 'code=404, example=notMember' }` for the mock. */
  headers?: Record<string, string> | undefined;
  /** Milliseconds each attempt may take. Defaults to the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt. Defaults to the client's `maxRetries`. */
  maxRetries?: number | undefined;
}

/** A successful leave with what came with it. */
export interface LeaveGroupResult {
  /** The spec's 200 body: `{ success: true, message, groupJid }`. */
  data: LeaveGroupResponse;
  /** The token's rate-limit bucket after this call. */
  rateLimit: RateLimit | undefined;
  /** The last HTTP response (its body already read). */
  response: Response;
  /** How many requests were sent, retries included. */
  attempts: number;
}

/** The group operations. */
export interface Groups {
  /**
   * Makes `instance` leave the group named by `identifier` (a JID, an invite code or an invite
   * link, normalized by `parseGroupIdentifier`), and returns the spec's 200 body.
   *
   * A group already left answers 404 (`NotFoundError`); if the call was retried after an attempt
   * whose outcome is unknown, that error's `mayHaveSucceededEarlier` is `true`.
   */
  leave(
    instance: InstanceName,
    identifier: GroupIdentifier,
    options?: RequestOptions,
  ): Promise<LeaveGroupResponse>;
  /** `leave`, also returning the rate-limit headers, the response and the number of attempts. */
  leaveWithResponse(
    instance: InstanceName,
    identifier: GroupIdentifier,
    options?: RequestOptions,
  ): Promise<LeaveGroupResult>;
}

/** `sender` is an openapi-fetch client whose `Request` is `RequestParts`; `send` sends those. */
export function createGroups(
  sender: Client<paths>,
  send: SendParts,
  policyOf: (options: RequestOptions) => CallPolicy,
): Groups {
  function leaveGroup(
    instance: InstanceName,
    identifier: GroupIdentifier,
    options: RequestOptions = {},
  ): Promise<SentCall> {
    const query = { identifier: parseGroupIdentifier(identifier).identifier };
    assertHeaderValues(options.headers);
    return sendWithRetries(
      send,
      (signal, fetch) =>
        sender.DELETE('/api/group/leave/{instance}', {
          params: { path: { instance }, query },
          headers: options.headers ?? {},
          parseAs: 'text',
          signal,
          fetch,
        }),
      policyOf(options),
    );
  }

  return {
    // `leave` reads no rate-limit headers: only `leaveWithResponse` returns them.
    leave: async (...args) => (await leaveGroup(...args)).body as LeaveGroupResponse,
    leaveWithResponse: async (...args) => {
      const { body, response, attempts } = await leaveGroup(...args);
      const data = body as LeaveGroupResponse;
      return { data, rateLimit: parseRateLimit(response.headers), response, attempts };
    },
  };
}
