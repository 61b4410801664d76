import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { WAIT_DEADLINE_MS } from './polling.ts';

export interface CommandResult {
  output: string;
  elapsedMs: number;
}

/**
 * Runs a command to completion, timing it from spawn to exit, and throws with the tail of its
 * output when it fails (a benchmark of a failing build would measure nothing). `timeoutMs` only
 * ends a hang: by default the shared wait deadline.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<CommandResult> {
  const { cwd, env = process.env, timeoutMs = WAIT_DEADLINE_MS } = options;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not run ${command}: ${error.message}`, { cause: error }));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const elapsedMs = performance.now() - started;
      if (code === 0) {
        resolve({ output, elapsedMs });
        return;
      }
      const why = signal
        ? `was killed by ${signal} after ${Math.round(elapsedMs)} ms`
        : `exited with code ${code}`;
      reject(
        new Error(
          `\`${[command, ...args].join(' ')}\` in ${cwd} ${why}. Last output:\n${output.slice(-3000)}`,
        ),
      );
    });
  });
}
