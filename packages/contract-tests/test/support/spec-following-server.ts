import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import type { ResponsePair } from '../../src/response-pairs.ts';

/** What the server sends for a pair: its status, headers and body. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * A stand-in for a real RyzeAPI server, for proxy tests: it answers `Prefer: code=…, example=…`
 * with that pair of the spec (the 200 pair without one), and `distort` can break each reply.
 */
export class SpecFollowingServer {
  readonly received: IncomingMessage[] = [];
  private readonly server: Server;

  constructor(pairs: ResponsePair[], distort: (reply: Reply) => Reply = (reply) => reply) {
    this.server = createServer((request, response) => {
      this.received.push(request);
      const prefer = request.headers.prefer?.toString();
      const pair = pairFor(pairs, prefer);
      if (!pair) {
        send(response, { status: 501, headers: {}, body: { unknown: prefer } });
        return;
      }
      const headers = Object.fromEntries(
        Object.entries(pair.headerExamples).map(([name, value]) => [name, String(value)]),
      );
      send(response, distort({ status: pair.status, headers, body: pair.body }));
    });
  }

  start(): Promise<string> {
    return listenOnLoopback(this.server);
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }
}

function pairFor(pairs: ResponsePair[], prefer: string | undefined): ResponsePair | undefined {
  const code = /code=(\d{3})/.exec(prefer ?? '')?.[1];
  const example = /example=([\w-]+)/.exec(prefer ?? '')?.[1];
  if (!code) return pairs.find((pair) => pair.status === 200);
  return pairs.find(
    (pair) =>
      pair.status === Number(code) && (example === undefined || pair.exampleName === example),
  );
}

function send(response: ServerResponse, { status, headers, body }: Reply): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}
