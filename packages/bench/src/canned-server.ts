/**
 * A bare `node:http` server that answers every request with one canned response, keeping
 * connections alive: the fastest server the clients could face. It runs as its own process
 * (see canned-server-process.ts) so that it does not share the event loop of the clients it
 * measures. Prints `{"port":…}` once listening; exits when its parent closes stdin.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CannedResponse } from './canned-response.ts';

const canned = JSON.parse(process.argv[2] ?? 'null') as CannedResponse | null;
if (!canned) {
  console.error('Usage: canned-server.ts \'{"status":200,"headers":{…},"body":"…"}\' [delay-ms]');
  process.exit(2);
}
const body = Buffer.from(canned.body);
const headers = { ...canned.headers, 'content-length': String(body.length) };

// Optional: milliseconds before each answer, as a remote service takes (0: at once).
const delayMs = Number(process.argv[3] ?? 0);

const server = createServer((request, response) => {
  request.resume();
  const answer = () => {
    response.writeHead(canned.status, headers);
    response.end(body);
  };
  if (delayMs > 0) setTimeout(answer, delayMs);
  else answer();
});
// Longer than any benchmark run, so that no connection is reopened mid-run.
server.keepAliveTimeout = 120_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});

// The parent holds our stdin open: when it ends (stop() or the parent died), nothing is left.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
