import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { closeServer, listenOnLoopback } from '@ryzeapi/test-support/loopback-server';

export interface Tampering {
  /** Runs before each request is forwarded. */
  beforeForwarding?: () => Promise<void>;
  /** Changes the headers of each answer. */
  answerHeaders?: (headers: IncomingHttpHeaders) => IncomingHttpHeaders;
}

/**
 * A server in front of `upstream` that forwards every request and answer, tampered with as told:
 * the negative controls' broken sandboxes. A dropped upstream connection is dropped here too.
 */
export async function startTamperingForwarder(upstream: string, tampering: Tampering) {
  const target = new URL(upstream);
  const server = createServer(async (incoming, outgoing) => {
    await tampering.beforeForwarding?.();
    const forward = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: target.host },
      },
      (answer) => {
        const headers = tampering.answerHeaders?.(answer.headers) ?? answer.headers;
        outgoing.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => incoming.socket.destroy());
    incoming.pipe(forward);
  });
  const url = await listenOnLoopback(server);
  return { url, stop: () => closeServer(server) };
}
