import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether nothing accepts connections at `url` any more. */
export async function refusesConnections(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'OPTIONS', signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return false;
  } catch {
    return true;
  }
}

/** The command lines of the Prism processes this package started that listen on `port`. */

/**
 * The lines a child prints on stdout, kept as they come so that several waits in a row see them
 * all, in order.
 */
export class PrintedLines {
  readonly seen: string[] = [];
  private cursor = 0;
  private ended = false;
  private wake: () => void = () => {};

  constructor(child: ChildProcess) {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      this.seen.push(line);
      this.wake();
    });
    lines.on('close', () => {
      this.ended = true;
      this.wake();
    });
  }

  /** The next line (after the last one matched) that matches `pattern`. */
  async next(pattern: RegExp): Promise<RegExpExecArray> {
    for (;;) {
      while (this.cursor < this.seen.length) {
        const match = pattern.exec(this.seen[this.cursor++] as string);
        if (match) return match;
      }
      if (this.ended) {
        throw new Error(
          `Output ended without a line matching ${pattern}:\n${this.seen.join('\n')}`,
        );
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }
}

export async function exitOf(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return { code: child.exitCode, signal: child.signalCode };
  }
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  return { code, signal };
}

/** Starts a Node.js script with arguments, its output piped; `killAll()` ends what is left. */
export class ScriptRunner {
  private readonly running: ChildProcess[] = [];

  constructor(private readonly script: string) {}

  run(...args: string[]): ChildProcess {
    const child = spawn(process.execPath, [this.script, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.running.push(child);
    return child;
  }

  killAll(): void {
    for (const child of this.running.splice(0)) child.kill('SIGKILL');
  }
}

/** Everything a child prints, and its exit code, once it has exited. */
export async function outputOf(
  child: ChildProcess,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const { code } = await exitOf(child);
  return { code, stdout, stderr };
}
