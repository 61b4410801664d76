export type { ApiPromise, WithResponse } from './api-promise.ts';
export type { AuthScheme } from './auth.ts';
export { createRyzeClient, type RyzeClient, type RyzeClientOptions } from './client.ts';
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConnectionError,
  InternalServerError,
  InvalidInputError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  RequestAbortedError,
  RequestTimeoutError,
  RyzeError,
} from './errors.ts';
export type { components, operations, paths } from './generated/openapi.ts';
export type { Groups, LeaveGroupResult } from './groups.ts';
export { type ParsedGroupIdentifier, parseGroupIdentifier } from './identifier.ts';
export type { LeaveManyOptions, LeaveManyResult } from './leave-many.ts';
export type { RateLimitEvent } from './pacing.ts';
export type { RateLimit } from './rate-limit.ts';
export type { RequestOptions } from './request.ts';
export type { Fetch, Logger } from './send.ts';
export type {
  ErrorEnvelope,
  GroupIdentifier,
  GroupJid,
  InstanceName,
  InviteCode,
  InviteLink,
  LeaveGroupParams,
  LeaveGroupResponse,
} from './types.ts';
export { SDK_USER_AGENT } from './user-agent.ts';
