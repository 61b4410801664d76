import { setTimeout as delay } from 'node:timers/promises';

const POLL_INTERVAL_MS = 25;

/**
 * How long any wait in a test (a child process to listen, a page to react, a condition to hold)
 * may last before it counts as a hang. It ends hangs and never judges speed: on a machine
 * running several test suites at once, a start that takes two seconds alone can take a minute.
 * It stays under the 20-minute deadline of every test (vitest.shared.ts), so a hang is reported
 * by the wait that knows what it was waiting for.
 */
export const WAIT_DEADLINE_MS = 600_000;

/** Polls `check` until it returns something other than `undefined`/`false`, or fails at the deadline. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = WAIT_DEADLINE_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result !== undefined && result !== false) return result;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(POLL_INTERVAL_MS);
  }
}
