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

/** Ways to tamper with what goes through the proxy: the broken upstreams of negative controls. */
export interface ProxyHooks {
  /** Runs before each request is forwarded, e.g. to reset the upstream's state. */
  beforeForwarding?: () => Promise<void>;
  /** Rewrites the headers of each answer before the client gets them (the record keeps them). */
  rewriteResponseHeaders?: (headers: IncomingHttpHeaders) => IncomingHttpHeaders;
  /**
   * What the client gets when the upstream cannot be reached or drops the connection:
   * `'answer-502'` (the default) a 502 saying why; `'drop'` its connection closed too, as the
   * upstream did.
   */
  onUpstreamFailure?: 'answer-502' | 'drop';
}

/**
 * A pass-through proxy to `upstream` on 127.0.0.1 that records every exchange, in the order the
 * answers complete: the proof of what a client really sent and received, taken on the wire.
 * `hooks` tamper with the exchanges.
 */
export async function startRecordingProxy(
  upstream: string,
  hooks: ProxyHooks = {},
): Promise<RecordingProxy> {
  const target = new URL(upstream);
  const exchanges: Exchange[] = [];
  const server = createServer(async (incoming, outgoing) => {
    await hooks.beforeForwarding?.();
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
          const headers = hooks.rewriteResponseHeaders?.(answer.headers) ?? answer.headers;
          outgoing.writeHead(answer.statusCode ?? 502, headers);
          outgoing.end(body);
        });
      },
    );
    forward.on('error', (error) => {
      if (hooks.onUpstreamFailure === 'drop') {
        incoming.socket.destroy();
        return;
      }
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
