import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { RunningServer } from './canned-server-process.ts';

const sandboxCli = join(
  dirname(createRequire(import.meta.url).resolve('@ryzeapi/sandbox/package.json')),
  'dist',
  'cli.js',
);

/**
 * Starts the sandbox as its users do (`npx @ryzeapi/sandbox`: its CLI in a Node.js process of
 * its own) on a free port, with `args`, and resolves once it says where it listens.
 */
export async function startSandboxProcess(args: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, [sandboxCli, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout });
  try {
    for await (const line of lines) {
      const url = /listening on (http:\/\/\S+)$/.exec(line)?.[1];
      if (url) {
        // Keep reading, so a full pipe never blocks the sandbox.
        child.stdout.resume();
        let stopping: Promise<void> | undefined;
        return {
          url,
          stop: () => {
            stopping ??= (async () => {
              child.kill('SIGINT');
              await exited;
            })();
            return stopping;
          },
        };
      }
    }
    throw new Error(`The sandbox exited before listening (code ${child.exitCode}).`);
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
}
