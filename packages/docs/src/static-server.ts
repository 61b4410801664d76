import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export interface StaticServerOptions {
  /** The folder to serve. */
  root: string;
  /** Interface to listen on. Default `127.0.0.1`: the site is for this machine. */
  host?: string;
  /** Port to listen on; `0` picks a free one. Default `8080`. */
  port?: number;
}

export interface RunningStaticServer {
  /** e.g. `http://127.0.0.1:8080/` */
  url: string;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(host: string, port: number) {
    super(
      `Port ${port} on ${host} is already in use: stop what listens there, or pass --port <n> ` +
        '(0 picks a free port).',
    );
    this.name = 'PortInUseError';
  }
}

function sendText(response: ServerResponse, status: number, text: string, headers = {}): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  response.end(`${text}\n`);
}

/** Maps a request path to a file under root, or undefined when it would leave root. */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  return file === root || file.startsWith(`${root}${sep}`) ? file : undefined;
}

/**
 * The path of a request target. A target that starts with `/` is a path, even `//name`, which
 * resolved against a base URL would read as a host; anything else must be an absolute URL.
 */
function pathOf(target: string): string | undefined {
  try {
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target).pathname;
  } catch {
    return undefined;
  }
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, `Method ${request.method} not allowed: this server only reads files.`, {
      allow: 'GET, HEAD',
    });
    return;
  }
  const pathname = pathOf(request.url ?? '/');
  if (pathname === undefined) {
    sendText(response, 400, `Bad request target: ${JSON.stringify(request.url)}`);
    return;
  }
  let file = fileFor(root, pathname);
  if (file === undefined) {
    sendText(response, 400, `Bad path: ${JSON.stringify(pathname)}`);
    return;
  }
  let info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    file = join(file, 'index.html');
    info = await stat(file).catch(() => undefined);
  }
  if (!info?.isFile()) {
    sendText(response, 404, `Not found: ${pathname}`);
    return;
  }
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/** A plain static file server: GET and HEAD, `index.html` for folders, nothing outside root. */
export async function startStaticServer(
  options: StaticServerOptions,
): Promise<RunningStaticServer> {
  const root = resolve(options.root);
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`Invalid port ${JSON.stringify(port)}: use an integer from 0 to 65535.`);
  }
  const server = createServer((request, response) => {
    handle(root, request, response).catch((error: unknown) => {
      if (!response.headersSent)
        sendText(response, 500, `Could not read the file: ${String(error)}`);
      else response.destroy();
    });
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      rejectListen(error.code === 'EADDRINUSE' ? new PortInUseError(host, port) : error);
    });
    server.listen(port, host, () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${urlHost}:${address.port}/`,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
