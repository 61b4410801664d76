import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';

export interface EventuallyOptions {
  /** What is awaited, for the error message. */
  what: string;
  /** Deadline for the whole wait. */
  timeoutMs?: number;
}

/**
 * Runs `attempt` until it resolves, or rethrows its last error once the deadline has passed.
 * Each attempt must wait on a condition of its own (a locator wait with a short timeout), so
 * the loop never spins and never sleeps: it is for actions that can be lost, such as a click
 * that lands before the page has hydrated.
 */
export async function eventually<T>(
  attempt: () => Promise<T>,
  { what, timeoutMs = WAIT_DEADLINE_MS }: EventuallyOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let attempts = 0;
  for (;;) {
    attempts += 1;
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() >= deadline) {
        throw new Error(
          `Gave up waiting for ${what} after ${attempts} attempts in ${timeoutMs} ms: ${(error as Error).message}`,
        );
      }
    }
  }
}
