import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { urlFor } from '@ryzeapi/local-server/listen-options';
import { MockStartError, PortInUseError } from './errors.ts';
import { guard, release } from './orphan-guard.ts';
import { signalProcessTree, usesProcessGroups } from './process-group.ts';

/** A running Prism server. */
export interface RunningServer {
  /** Where to send requests, e.g. `http://127.0.0.1:54321` (no trailing slash). */
  url: string;
  /** The Prism process's id (on POSIX also the id of its process group). */
  pid: number;
  /** Stops Prism and everything it started; resolves once it has exited. Safe to call twice. */
  stop(): Promise<void>;
}

export interface PrismLaunch {
  /** Prism CLI arguments before the shared ones, e.g. `['mock', document, '--errors']`. */
  args: string[];
  host: string;
  port: number;
  startTimeoutMs: number;
  log: ((line: string) => void) | undefined;
}

const entryPath = fileURLToPath(new URL('./prism-entry.js', import.meta.url));
/** Prism's last start-up line, e.g. `[CLI] ▶  start  Prism is listening on http://127.0.0.1:4010`. */
const LISTENING_LINE = /Prism is listening on \S+:(\d+)\s*$/;
const OUTPUT_LINES_KEPT = 40;
const STOP_GRACE_MS = 5_000;
const READY_POLL_INTERVAL_MS = 25;

/** Starts Prism in a child process and resolves once it answers HTTP requests. */
export async function startPrismServer(launch: PrismLaunch): Promise<RunningServer> {
  const deadline = Date.now() + launch.startTimeoutMs;
  const child = spawn(
    process.execPath,
    [entryPath, ...launch.args, '--host', launch.host, '--port', String(launch.port)],
    {
      detached: usesProcessGroups,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Plain text, so the start-up line can be read; and one process, whatever NODE_ENV says
      // (Prism forks a worker when NODE_ENV is `production`).
      env: { ...process.env, FORCE_COLOR: '0', NODE_ENV: 'development' },
    },
  );
  guard(child);

  const output: string[] = [];
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  void closed.then(() => release(child));

  let port: number;
  try {
    port = await waitForListeningPort(child, output, launch, deadline);
    const url = urlFor(launch.host, port);
    await waitUntilAnswering(url, child, deadline);
    const stop = stopper(child, closed);
    return { url, pid: child.pid as number, stop };
  } catch (error) {
    await stopper(child, closed)();
    throw error;
  }
}

function waitForListeningPort(
  child: ChildProcess,
  output: string[],
  launch: PrismLaunch,
  deadline: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const tail = () => output.join('\n');
    const timer = setTimeout(
      () =>
        reject(
          new MockStartError(`Prism did not start within ${launch.startTimeoutMs} ms.`, tail()),
        ),
      deadline - Date.now(),
    );
    const settle = () => clearTimeout(timer);

    const onLine = (raw: string) => {
      const line = stripVTControlCharacters(raw);
      output.push(line);
      if (output.length > OUTPUT_LINES_KEPT) output.shift();
      launch.log?.(line);
      const listening = LISTENING_LINE.exec(line);
      if (listening) {
        settle();
        resolve(Number(listening[1]));
      }
    };
    // Read both streams for the whole life of the process: a full pipe would block Prism.
    for (const stream of [child.stdout, child.stderr]) {
      if (stream)
        createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', onLine);
    }
    child.once('error', (error) => {
      settle();
      reject(new MockStartError(`Could not start Prism: ${error.message}`, tail()));
    });
    child.once('close', (code, signal) => {
      settle();
      if (/EADDRINUSE/.test(tail())) {
        reject(new PortInUseError(launch.port, launch.host, tail()));
      } else {
        const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
        reject(new MockStartError(`Prism ${how} before it was ready.`, tail()));
      }
    });
  });
}

/** Polls until the server answers any HTTP request: listening is not the same as serving. */
async function waitUntilAnswering(
  url: string,
  child: ChildProcess,
  deadline: number,
): Promise<void> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new MockStartError(`Prism exited before answering at ${url}.`, '');
    }
    try {
      // A CORS preflight: Prism answers it without logging a failed request into the user's log.
      const response = await fetch(url, {
        method: 'OPTIONS',
        headers: { Origin: url, 'Access-Control-Request-Method': 'GET' },
        signal: AbortSignal.timeout(1_000),
      });
      await response.body?.cancel();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new MockStartError(`Prism did not answer at ${url} in time: ${String(error)}`, '');
      }
    }
    await delay(READY_POLL_INTERVAL_MS);
  }
}

function stopper(child: ChildProcess, closed: Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      signalProcessTree(child, 'SIGTERM');
      const forceKill = setTimeout(() => signalProcessTree(child, 'SIGKILL'), STOP_GRACE_MS);
      await closed;
      clearTimeout(forceKill);
      release(child);
    })();
    return stopping;
  };
}
