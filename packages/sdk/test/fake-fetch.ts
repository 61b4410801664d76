import type { Fetch } from '../src/index.ts';

/** A reply of the fake API: a Response, or an error the fake `fetch` rejects with. */
export type Reply = Response | Error | ((request: Request) => Promise<Response> | Response);

/**
 * An injected `fetch` that answers with the given replies in order (the last one repeats) and
 * records every request it got. No global is patched.
 */
export function fakeFetch(...replies: Reply[]): Fetch & { requests: Request[] } {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const reply = replies[Math.min(requests.length, replies.length) - 1];
    if (reply === undefined) throw new Error('fakeFetch was given no reply');
    if (reply instanceof Error) throw reply;
    return typeof reply === 'function' ? reply(request) : reply.clone();
  };
  return Object.assign(fetch, { requests });
}

/** The rate-limit headers of every documented response. */
export function rateLimitHeaders(
  resetAtSeconds = 1_767_225_600,
  remaining = 99,
): Record<string, string> {
  return {
    'X-RateLimit-Limit': '100',
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': String(resetAtSeconds),
  };
}

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...rateLimitHeaders(), ...headers },
  });
}

export const LEFT = {
  success: true,
  message: 'Successfully left the group',
  groupJid: '120363406289005073@g.us',
} as const;

export function envelope(status: number, message: string, headers: Record<string, string> = {}) {
  return json(status, { success: false, error: { message } }, headers);
}

/** A reply that never comes: it settles only when the request's signal aborts. */
export function hang(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason));
  });
}
