import type { GroupReference } from './group-identifier.ts';
import { errorEnvelope, MESSAGES } from './messages.ts';
import type { SandboxState, TokenOwner } from './state.ts';

/** A status and JSON body for the client. */
export interface Answer {
  status: number;
  body: unknown;
}

/**
 * The docs allow 400 or 503 for a disconnected instance. The sandbox answers 400: reconnecting
 * takes a person (a QR code to scan), so a client that retries 5xx would only wait in vain.
 */
export const DISCONNECTED_STATUS = 400;

const fail = (status: number, message: string): Answer => ({
  status,
  body: errorEnvelope(message),
});

/**
 * Leave Group as the service does it, for a request that passed the spec's validation and whose
 * token is known: the instance must exist, belong to the token, be connected, and be a member of
 * the group, which must allow leaving.
 */
export function leaveGroup(
  state: SandboxState,
  owner: TokenOwner,
  instanceName: string,
  group: GroupReference,
): Answer {
  const instance = state.instance(instanceName);
  if (instance === undefined) return fail(404, MESSAGES.instanceNotFound);
  if (owner.kind === 'instance' && owner.instance !== instance.name) {
    return fail(401, MESSAGES.invalidInstanceToken);
  }
  if (owner.kind === 'account' && owner.account !== instance.account) {
    return fail(401, MESSAGES.invalidAccountToken);
  }
  if (!instance.connected) return fail(DISCONNECTED_STATUS, MESSAGES.instanceNotConnected);

  const target = state.group(group);
  if (target === undefined) return fail(404, MESSAGES.groupNotFound);
  const result = state.leave(instance.name, target);
  switch (result.outcome) {
    case 'notMember':
      return fail(404, MESSAGES.groupNotFound);
    case 'notAllowed':
      return fail(403, MESSAGES.notAllowed);
    case 'left':
      return {
        status: 200,
        body: { success: true, message: 'Successfully left the group', groupJid: result.jid },
      };
  }
}
