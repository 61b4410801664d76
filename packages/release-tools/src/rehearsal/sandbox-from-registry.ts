import { type ChildProcess, spawn } from 'node:child_process';
import { PrintedLines } from '@ryzeapi/test-support/child-processes';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import type { NpmProject } from './consumer-project.ts';
import type { ProcessRegistry } from './process-registry.ts';

export interface RegistrySandbox {
  url: string;
  /** Everything as the fixtures have it again (the seed's group joined, buckets full). */
  reset(): Promise<void>;
}

/**
 * Runs `npx @ryzeapi/sandbox@<version> --port 0` in `project` (whose `.npmrc` gets the scope
 * from the rehearsal's registry), in a process group of its own registered in `processes`, and
 * resolves once it prints where it listens. It fails, rather than waits forever, when npx or
 * the sandbox exits first or says nothing within the shared wait deadline.
 */
export async function startSandboxFromRegistry(
  project: NpmProject,
  version: string,
  processes: ProcessRegistry,
): Promise<RegistrySandbox> {
  const child: ChildProcess = spawn(
    'npx',
    ['--yes', `@ryzeapi/sandbox@${version}`, '--port', '0'],
    { cwd: project.dir, env: project.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  processes.add(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const lines = new PrintedLines(child);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`npx @ryzeapi/sandbox printed no URL in ${WAIT_DEADLINE_MS} ms`)),
      WAIT_DEADLINE_MS,
    );
  });
  try {
    const match = await Promise.race([lines.next(/listening on (http:\/\/\S+)$/), deadline]);
    const url = match[1] as string;
    return {
      url,
      reset: async () => {
        const response = await fetch(`${url}/__sandbox/reset`, { method: 'POST' });
        await response.body?.cancel();
        if (!response.ok)
          throw new Error(`POST ${url}/__sandbox/reset answered ${response.status}`);
      },
    };
  } catch (error) {
    await processes.stop(child);
    throw new Error(`${(error as Error).message}\n${lines.seen.join('\n')}\n${stderr}`.trimEnd());
  } finally {
    clearTimeout(timer);
  }
}
