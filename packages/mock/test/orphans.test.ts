import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  exitOf,
  isAlive,
  PrintedLines,
  refusesConnections,
} from '@ryzeapi/test-support/child-processes';
import { WAIT_DEADLINE_MS, waitFor } from '@ryzeapi/test-support/polling';
import { describe, expect, it } from 'vitest';

const packageEntry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

/**
 * A program that starts a mock and prints where it runs, then does what its argument says:
 * `wait` (until a signal), `exit` (without calling stop) or `crash` (an uncaught exception).
 */
const PROGRAM = `
import { startMock } from ${JSON.stringify(packageEntry)};
const mock = await startMock({ startTimeoutMs: ${WAIT_DEADLINE_MS} });
console.log(JSON.stringify({ url: mock.url, pid: mock.pid }));
const ending = process.argv[1];
if (ending === 'exit') process.exit(0);
if (ending === 'crash') throw new Error('the test runner crashed');
`;

async function runProgram(ending: 'wait' | 'exit' | 'crash') {
  const program = spawn(process.execPath, ['--input-type=module', '-e', PROGRAM, ending], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const match = await new PrintedLines(program).next(/^\{.*"pid".*\}$/);
  const mock = JSON.parse(match[0]) as { url: string; pid: number };
  expect(isAlive(mock.pid)).toBe(true);
  return { program, mock };
}

async function expectGone(mock: { url: string; pid: number }) {
  await waitFor(`Prism (pid ${mock.pid}) to exit`, () => !isAlive(mock.pid));
  expect(await refusesConnections(mock.url)).toBe(true);
}

describe('no Prism outlives the program that started it', () => {
  it.each([
    { signal: 'SIGINT', cause: 'Ctrl-C' },
    { signal: 'SIGTERM', cause: 'a CI timeout' },
    { signal: 'SIGHUP', cause: 'a closed terminal' },
  ] as const)('when the program gets $signal ($cause)', async ({ signal }) => {
    const { program, mock } = await runProgram('wait');
    program.kill(signal);
    // The program still ends the way that signal ends it: the guard re-raises it.
    expect(await exitOf(program)).toEqual({ code: null, signal });
    await expectGone(mock);
  });

  it('when the program is killed outright (SIGKILL: no chance to clean up)', async () => {
    const { program, mock } = await runProgram('wait');
    program.kill('SIGKILL');
    await exitOf(program);
    await expectGone(mock);
  });

  it('when the program exits without calling stop()', async () => {
    const { program, mock } = await runProgram('exit');
    expect(await exitOf(program)).toEqual({ code: 0, signal: null });
    await expectGone(mock);
  });

  it('when the program crashes', async () => {
    const { program, mock } = await runProgram('crash');
    expect((await exitOf(program)).code).toBe(1);
    await expectGone(mock);
  });
});
