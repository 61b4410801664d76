import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CannedResponse } from './canned-response.ts';

/** A server process started by a benchmark, which the benchmark must stop. */
export interface RunningServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** Ends the process and waits for it to exit; idempotent. */
  stop(): Promise<void>;
}

const SERVER_ENTRY = fileURLToPath(new URL('./canned-server.ts', import.meta.url));

/**
 * Starts canned-server.ts in a child process on a free port of 127.0.0.1, answering every
 * request with `canned` (after `delayMs`, when given), and resolves once it listens.
 */
export async function startCannedServer(
  canned: CannedResponse,
  { startupTimeoutMs = 15_000, delayMs = 0 } = {},
): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), SERVER_ENTRY, JSON.stringify(canned), String(delayMs)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const port = await readPort(child, startupTimeoutMs);
    let stopping: Promise<void> | undefined;
    return {
      url: `http://127.0.0.1:${port}`,
      stop: () => {
        stopping ??= (async () => {
          child.stdin?.end();
          await exited;
        })();
        return stopping;
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await exited;
    throw error;
  }
}

function readPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`The canned server did not listen within ${timeoutMs} ms.`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"port":'));
      if (line) finish(() => resolve((JSON.parse(line) as { port: number }).port));
    };
    const onExit = (code: number | null) =>
      fail(new Error(`The canned server exited with code ${code} before listening: ${output}`));
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      settle();
    };
    const fail = (error: Error) => finish(() => reject(error));
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}
