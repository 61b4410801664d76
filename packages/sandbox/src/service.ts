import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiRequest, Route } from './api-router.ts';
import type { BucketReading, RateLimitBuckets, Take } from './bucket.ts';
import type { Fault, FaultQueue } from './faults.ts';
import type { GroupReference } from './group-identifier.ts';
import { type Answer, leaveGroup } from './leave-group.ts';
import { errorEnvelope, MESSAGES } from './messages.ts';
import type { SandboxState } from './state.ts';

/** How the sandbox answers an API request. */
export type Reply =
  | { kind: 'json'; status: number; body: unknown; rateLimit: BucketReading }
  /** A proxy's error page in front of the service: HTML, without the service's headers. */
  | { kind: 'html'; status: 502; body: string }
  /** The connection is closed without an answer. */
  | { kind: 'drop' };

export interface ServiceParts {
  route: (request: ApiRequest) => Route;
  state: SandboxState;
  buckets: RateLimitBuckets;
  faults: FaultQueue;
  resolveGroup: (identifier: string) => GroupReference;
  /** Aborts the waits of `delay` faults when the sandbox stops. */
  stopping: AbortSignal;
}

const BAD_GATEWAY_PAGE =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n' +
  '<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/**
 * The service, in the order it works: the token's bucket counts every request that carries a
 * token (the rate limiter stands in front of everything), then the token is authenticated, the
 * request checked against the spec, and the operation run. A fault taken on arrival replaces the
 * answer either before anything happens (`before`) or once the request took effect (`after`).
 */
export function createService(parts: ServiceParts) {
  const { state, buckets, faults } = parts;

  function answer(route: Route, take: Take | undefined): Answer {
    if (route.kind === 'missingToken' || take === undefined) {
      return { status: 401, body: errorEnvelope(MESSAGES.missingToken) };
    }
    if (!take.granted) return { status: 429, body: errorEnvelope(MESSAGES.rateLimited) };
    const owner = state.ownerOf(route.token);
    if (owner === undefined) return { status: 401, body: errorEnvelope(MESSAGES.invalidToken) };
    if (route.kind === 'refused') return route;
    return leaveGroup(state, owner, route.instance, parts.resolveGroup(route.identifier));
  }

  function faultReply(fault: Fault, rateLimit: BucketReading): Reply {
    switch (fault.kind) {
      case 'drop':
        return { kind: 'drop' };
      case '502-html':
        return { kind: 'html', status: 502, body: BAD_GATEWAY_PAGE };
      default:
        return {
          kind: 'json',
          status: 500,
          body: errorEnvelope(MESSAGES.internalError),
          rateLimit,
        };
    }
  }

  return async function handle(request: ApiRequest): Promise<Reply> {
    const fault = faults.take();
    const route = parts.route(request);
    const take = route.kind === 'missingToken' ? undefined : buckets.take(route.token);
    const rateLimit = take ?? buckets.untouched();
    if (fault?.when === 'before') {
      if (fault.kind !== 'delay') return faultReply(fault, rateLimit);
      await sleep(fault.delayMs, undefined, { signal: parts.stopping });
    }
    // No await between reading and changing the state: each request's effect is atomic.
    const { status, body } = answer(route, take);
    if (fault?.when === 'after') {
      if (fault.kind !== 'delay') return faultReply(fault, rateLimit);
      await sleep(fault.delayMs, undefined, { signal: parts.stopping });
    }
    return { kind: 'json', status, body, rateLimit };
  };
}
