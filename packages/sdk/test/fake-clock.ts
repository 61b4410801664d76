import { afterEach, beforeEach, vi } from 'vitest';

/** The fake clock's start, in Unix seconds (2026-01-01T00:00:00Z). */
export const NOW_SECONDS = 1_767_225_600;

/**
 * Runs every test of the file on a fake clock starting at `startMs`: the tests check which
 * request is sent at which (fake) instant, never how long anything really took.
 */
export function useFakeClock(startMs = NOW_SECONDS * 1000): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: startMs, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
