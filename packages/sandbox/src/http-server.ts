import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ApiRequest } from './api-router.ts';
import type { BucketReading } from './bucket.ts';
import { CONTROL_PREFIX, type ControlAnswer, type ControlRequest } from './control-api.ts';
import { CONTROL_SECRET_HEADER, type ControlAccess } from './control-secret.ts';
import { PortInUseError } from './errors.ts';
import { errorEnvelope } from './messages.ts';
import type { Reply } from './service.ts';

export interface HttpHandlers {
  api: (request: ApiRequest) => Promise<Reply>;
  control: (request: ControlRequest) => ControlAnswer;
  /** Whether a control request may go on, from its control-secret header. */
  controlAccess: (sent: string | string[] | undefined) => ControlAccess;
}

const MAX_CONTROL_BODY_BYTES = 64 * 1024;

/** Browsers may call the sandbox from any origin and read the rate-limit headers. */
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset',
};
const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'token, authorization, content-type, prefer, user-agent, x-sandbox-control-secret',
  'Access-Control-Max-Age': '600',
};

/** The sandbox's HTTP server: the control API under `/__sandbox/`, the API everywhere else. */
export function createHttpServer(handlers: HttpHandlers): Server {
  return createServer((request, response) => {
    const url = request.url ?? '/';
    if (request.method === 'OPTIONS') {
      response.writeHead(204, PREFLIGHT_HEADERS).end();
    } else if (url.startsWith(CONTROL_PREFIX)) {
      void serveControl(handlers, request, response);
    } else {
      void serveApi(handlers, request, response);
    }
  });
}

async function serveApi(
  handlers: HttpHandlers,
  request: IncomingMessage,
  response: ServerResponse,
) {
  request.resume();
  let reply: Reply;
  try {
    reply = await handlers.api({
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      headers: request.headers,
    });
  } catch {
    // Only a stopping sandbox aborts a request (a `delay` fault's wait): nobody is listening.
    request.socket.destroy();
    return;
  }
  switch (reply.kind) {
    case 'drop':
      request.socket.destroy();
      return;
    case 'html':
      response.writeHead(reply.status, { 'Content-Type': 'text/html', ...CORS_HEADERS });
      response.end(reply.body);
      return;
    case 'json':
      sendJson(response, reply.status, reply.body, rateLimitHeaders(reply.rateLimit));
  }
}

async function serveControl(
  handlers: HttpHandlers,
  request: IncomingMessage,
  response: ServerResponse,
) {
  const access = handlers.controlAccess(request.headers[CONTROL_SECRET_HEADER]);
  if (access !== 'allowed') {
    request.resume();
    sendJson(
      response,
      access === 'missing' ? 401 : 403,
      errorEnvelope(
        access === 'missing'
          ? 'This sandbox protects its control API: send its control secret in the X-Sandbox-Control-Secret header'
          : "The X-Sandbox-Control-Secret header does not match this sandbox's control secret",
      ),
    );
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_CONTROL_BODY_BYTES) {
      sendJson(response, 413, errorEnvelope('Control request bodies are at most 64 KiB'));
      return;
    }
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let body: unknown;
  try {
    body = text.trim() === '' ? undefined : JSON.parse(text);
  } catch (error) {
    sendJson(response, 400, errorEnvelope(`The body is not JSON: ${(error as Error).message}`));
    return;
  }
  const path = (request.url ?? '/').split('?')[0] as string;
  const answer = handlers.control({ method: request.method ?? 'GET', path, body });
  sendJson(response, answer.status, answer.body);
}

function rateLimitHeaders(reading: BucketReading): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(reading.limit),
    'X-RateLimit-Remaining': String(reading.remaining),
    'X-RateLimit-Reset': String(reading.resetSeconds),
  };
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    ...CORS_HEADERS,
    ...headers,
  });
  response.end(JSON.stringify(body));
}

/** Listens on `host:port`, resolving with the port (the one picked when `port` is 0). */
export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, host) : error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as { port: number }).port);
    });
  });
}

/** Closes the server and every connection on it, keep-alive ones included. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
