import { createServer } from 'node:http';
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

/** One answer: a status and a JSON body, or none ever. */
export type Answer = 'never' | { status: number; body: unknown };

/**
 * A small HTTP server on loopback standing in for the API where the sandbox cannot (a service
 * that echoes the token, one that never answers): it answers with `answers` in order (the last
 * one repeats) and records every request that reached it.
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
    const reset = String(Math.ceil(Date.now() / 1000) + 60);
    response.writeHead(next.status, {
      'content-type': 'application/json',
      'X-RateLimit-Limit': '100',
      'X-RateLimit-Remaining': '99',
      'X-RateLimit-Reset': reset,
    });
    response.end(JSON.stringify(next.body));
  });
  const url = await listenOnLoopback(server);
  return { url, requests, held, stop: () => closeServer(server) };
}

/** The API's error envelope. */
export function envelope(message: string) {
  return { success: false, error: { message } };
}
