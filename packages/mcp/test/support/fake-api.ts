import { createServer, type IncomingMessage } from 'node:http';
import { closeServer, listenOnLoopback } from '@ryzeapi/test-support/loopback-server';

/** What the fake API saw of one request. */
export interface SeenRequest {
  method: string;
  url: string;
  token: string | undefined;
}

/** A request the fake API never answered, and whether its client has gone away. */
export interface HeldRequest {
  closed: Promise<void>;
}

/** One answer: a status and a JSON body, a function of the request that makes them, or none ever. */
export type Answer =
  | 'never'
  | { status: number; body: unknown; headers?: Record<string, string> }
  | ((request: IncomingMessage) => {
      status: number;
      body: unknown;
      headers?: Record<string, string>;
    });

/**
 * A small HTTP server on loopback standing in for the API: it answers with `answers` in order
 * (the last one repeats) and records every request that reached it.
 */
export async function startFakeApi(...answers: Answer[]) {
  const requests: SeenRequest[] = [];
  const held: HeldRequest[] = [];
  const server = createServer((request, response) => {
    const token = request.headers.token;
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      token: typeof token === 'string' ? token : undefined,
    });
    const next = answers[Math.min(requests.length, answers.length) - 1];
    if (next === undefined) throw new Error('startFakeApi was given no answer');
    if (next === 'never') {
      held.push({ closed: new Promise((resolve) => response.once('close', () => resolve())) });
      return;
    }
    const { status, body, headers = {} } = typeof next === 'function' ? next(request) : next;
    response.writeHead(status, { 'content-type': 'application/json', ...rateLimit(), ...headers });
    response.end(JSON.stringify(body));
  });
  const url = await listenOnLoopback(server);
  return { url, requests, held, stop: () => closeServer(server) };
}

/** The rate-limit headers the API sends with every response: a fresh bucket by default. */
export function rateLimit(remaining = 99, resetAt = new Date(Date.now() + 60_000)) {
  return {
    'X-RateLimit-Limit': '100',
    'X-RateLimit-Remaining': String(remaining),
    'X-RateLimit-Reset': String(Math.ceil(resetAt.getTime() / 1000)),
  };
}

/** The API's error envelope. */
export function envelope(message: string) {
  return { success: false, error: { message } };
}
