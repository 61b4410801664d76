import { type ChildProcess, execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { outputOf, ScriptRunner } from '@ryzeapi/test-support/child-processes';
import { closeServer, listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { afterEach, describe, expect, it } from 'vitest';

/** A package's built command line, for the tests every server CLI shares. */
export interface ServerCliUnderTest {
  /** The built script, e.g. the path of `dist/cli.js`. */
  path: string;
  /** Its name in its usage line, e.g. `ryzeapi-mock`. */
  command: string;
  /** Flags it refuses, each with what its message must say. */
  badFlags: { given: string[]; want: string }[];
}

/** Runs the script at `path` with arguments; the children are killed after each test. */
export function cliRunner(path: string): (...args: string[]) => ChildProcess {
  const scripts = new ScriptRunner(path);
  afterEach(() => scripts.killAll());
  return (...args) => scripts.run(...args);
}

/** Runs a printed `curl -i …` line as a user pastes it, with the real curl; status and body. */
export async function runPrintedCurl(line: string): Promise<{ status: number; body: unknown }> {
  const { stdout } = await promisify(execFile)('sh', ['-c', line.trim()], {
    timeout: WAIT_DEADLINE_MS,
  });
  const [head = '', body = ''] = stdout.split(/\r?\n\r?\n/, 2);
  const status = Number(/^HTTP\/[\d.]+ (\d{3})/.exec(head)?.[1]);
  return { status, body: JSON.parse(body) };
}

/** What `runServerCli` promises, checked through a package's built CLI. */
export function describeServerCli({ path, command, badFlags }: ServerCliUnderTest): void {
  const runCli = cliRunner(path);

  describe(`${command}, as every server command line`, () => {
    it.each(badFlags)(
      'refuses $given with the reason and the usage, exit code 2',
      async ({ given, want }) => {
        const { code, stderr } = await outputOf(runCli(...given));
        expect(code).toBe(2);
        expect(stderr).toContain(want);
        expect(stderr).toContain(`Usage: ${command}`);
      },
    );

    it('prints its help, exit code 0', async () => {
      const { code, stdout } = await outputOf(runCli('--help'));
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^Usage: ${command}`));
    });

    it('reports a port in use and exits with 1', async () => {
      const squatter = createServer();
      await listenOnLoopback(squatter);
      const { port } = squatter.address() as { port: number };
      try {
        const { code, stderr } = await outputOf(runCli('--port', String(port)));
        expect(code).toBe(1);
        expect(stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      } finally {
        await closeServer(squatter);
      }
    });
  });
}
