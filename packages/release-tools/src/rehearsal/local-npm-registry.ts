import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runServer } from 'verdaccio';

export interface LocalNpmRegistry {
  /** `http://127.0.0.1:<port>/` */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Verdaccio in this process on a free loopback port, storing in `storageDir`, with no
 * uplink: it serves only what is published to it, so an install that finds a package there
 * found the rehearsal's. Anyone may publish (the rehearsal's token is a placeholder). Stopped
 * with this process whatever happens, or by `stop()`.
 */
export async function startLocalNpmRegistry(storageDir: string): Promise<LocalNpmRegistry> {
  let server: Server;
  try {
    server = await runServer({
      self_path: join(storageDir, 'config.yaml'),
      storage: join(storageDir, 'storage'),
      uplinks: {},
      packages: { '**': { access: '$all', publish: '$all', unpublish: '$all' } },
      log: { type: 'stdout', format: 'pretty', level: 'error' },
      max_body_size: '50mb',
      web: { enable: false },
      // biome-ignore lint/suspicious/noExplicitAny: Verdaccio's config type wants every field.
    } as any);
  } catch (error) {
    throw new Error(
      `The local npm registry (Verdaccio) did not start: ${(error as Error).message}. Run pnpm install, then try again.`,
    );
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) =>
      reject(new Error(`The local npm registry could not listen on 127.0.0.1: ${error.message}`)),
    );
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => {
      stopping ??= new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      });
      return stopping;
    },
  };
}
