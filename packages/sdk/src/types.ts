import type { components, operations } from './generated/openapi.ts';

// Every shape the hand-written layer handles is named here from the generated types, so a spec
// change that breaks the client breaks its compilation instead of its users.

type LeaveGroupOperation = operations['leaveGroup'];

/** The body of a successful leave: the spec's `200` response, `{ success: true, message, groupJid }`. */
export type LeaveGroupResponse =
  LeaveGroupOperation['responses'][200]['content']['application/json'];

/** The instance name, sent as one path segment. */
export type InstanceName = LeaveGroupOperation['parameters']['path']['instance'];

/** The query parameters of a leave: `{ identifier }`. */
export type LeaveGroupParams = LeaveGroupOperation['parameters']['query'];

/** A group JID, an invite code or an invite link. */
export type GroupIdentifier = LeaveGroupParams['identifier'];

export type GroupJid = components['schemas']['GroupJid'];
export type InviteCode = components['schemas']['InviteCode'];
export type InviteLink = components['schemas']['InviteLink'];

/** The body of every documented error response: `{ success: false, error: { message } }`. */
export type ErrorEnvelope = components['schemas']['ErrorEnvelope'];

/** The values of the `X-RateLimit-*` headers every response carries. */
export type RateLimitHeaders = components['headers'];
