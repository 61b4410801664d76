import type { Server } from 'node:net';

/**
 * Starts `server` on a free port of 127.0.0.1 and resolves with its origin, e.g.
 * `http://127.0.0.1:54321`; rejects if it cannot listen.
 */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error(`Expected a TCP address, got ${JSON.stringify(address)}`);
  }
  return `http://127.0.0.1:${address.port}`;
}

/** Closes `server` and every connection still open on it (keep-alive ones included). */
export function closeServer(server: Server & { closeAllConnections?: () => void }): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((resolve) => server.close(() => resolve()));
}
