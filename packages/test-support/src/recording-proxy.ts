import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { closeServer, listenOnLoopback } from './loopback-server.ts';

/** One request and its answer, as the proxy saw them. */
export interface Exchange {
  method: string;
  /** Path and query, as sent. */
  url: string;
  requestHeaders: IncomingHttpHeaders;
  status: number;
  responseBody: string;
}

export interface RecordingProxy {
  /** e.g. `http://127.0.0.1:54321`, without a trailing slash, like the spec's server URL. */
  url: string;
  exchanges: Exchange[];
  close(): Promise<void>;
}

/**
 * A pass-through proxy to `upstream` on 127.0.0.1 that records every exchange, in the order the
 * answers complete: the proof of what a client really sent and received, taken on the wire.
 */
export async function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  const target = new URL(upstream);
  const exchanges: Exchange[] = [];
  const server = createServer((incoming, outgoing) => {
    const forward = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          exchanges.push({
            method: incoming.method ?? '',
            url: incoming.url ?? '',
            requestHeaders: incoming.headers,
            status: answer.statusCode ?? 0,
            responseBody: body.toString('utf8'),
          });
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          outgoing.end(body);
        });
      },
    );
    forward.on('error', (error) => {
      outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end(`The recording proxy could not reach ${upstream}: ${error.message}\n`);
    });
    incoming.pipe(forward);
  });
  return {
    url: await listenOnLoopback(server),
    exchanges,
    close: () => closeServer(server),
  };
}
