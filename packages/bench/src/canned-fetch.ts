import type { CannedResponse } from './canned-response.ts';

/**
 * A `fetch` that answers every request at once with `canned`, without touching the network:
 * what is left to measure is the client's own work. A new `Response` each time, since a body
 * can be read only once.
 */
export function cannedFetch(canned: CannedResponse): typeof fetch {
  return async () => new Response(canned.body, { status: canned.status, headers: canned.headers });
}
