import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DOCUMENTED_BUCKET_LIMIT } from '../src/generated/documented-bucket.ts';
import { createRyzeClient } from '../src/index.ts';
import { useFakeClock } from './fake-clock.ts';
import { reply, serviceBucket } from './service-bucket.ts';

// A property run covers minutes of waiting in milliseconds of real time.
useFakeClock(1_767_225_600_300);

const elapse = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('pacing, for random header sequences', () => {
  it('never sends while the last response said the bucket is empty, before its reset', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            remaining: fc.nat(3),
            resetInSeconds: fc.integer({ min: -2, max: 90 }),
            latencyMs: fc.integer({ min: 0, max: 300 }),
            thinkMs: fc.integer({ min: 0, max: 3_000 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        fc.integer({ min: 1_000, max: 60_000 }),
        async (steps, maxRetryWaitMs) => {
          const sends: number[] = [];
          /** What each response said, and when the client had it. */
          const said: { remaining: number; resetAt: number; deliveredAt: number }[] = [];
          const fetch = async () => {
            const step = steps[sends.length % steps.length] as (typeof steps)[number];
            sends.push(Date.now());
            await elapse(step.latencyMs);
            const resetSeconds = Math.floor(Date.now() / 1000) + step.resetInSeconds;
            said.push({
              remaining: step.remaining,
              resetAt: resetSeconds * 1000,
              deliveredAt: Date.now(),
            });
            return reply(200, 5, step.remaining, resetSeconds);
          };
          const client = createRyzeClient({ token: 't', fetch, maxRetryWaitMs });
          const run = (async () => {
            for (const { thinkMs } of steps) {
              await client.groups.leave('i', { identifier: 'ABC123XYZ' }).catch(() => undefined);
              await elapse(thinkMs);
            }
          })();
          await vi.runAllTimersAsync();
          await run;
          for (let n = 1; n < sends.length; n++) {
            const before = said[n - 1] as (typeof said)[number];
            if (before.remaining === 0 && before.deliveredAt < before.resetAt) {
              expect(sends[n]).toBeGreaterThanOrEqual(before.resetAt);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('pacing, against a model of the service bucket', () => {
  it('a paced client gets no 429 from its own traffic but its first burst, whatever the limit, window, latency and concurrency', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        async (limit, windowSeconds, latencies, calls, concurrency) => {
          const service = serviceBucket(limit, windowSeconds, latencies);
          const client = createRyzeClient({ token: 't', fetch: service.fetch });
          const identifiers = Array.from({ length: calls }, (_, n) => `CODE${n}`);
          const batch = client.groups.leaveMany('i', identifiers, { concurrency });
          await vi.runAllTimersAsync();
          const results = await batch;
          // Before a first answer the client assumes the documented bucket (larger than these):
          // only that burst can overdraw; its 429s are retried after the reset.
          const firstBurst = Math.min(calls, concurrency);
          expect(service.tooMany).toBeLessThanOrEqual(Math.max(0, firstBurst - limit));
          expect(results.every(({ ok }) => ok)).toBe(true);
          expect(service.sent).toBe(calls + service.tooMany);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a paced client gets no 429 at all when the service has the bucket the spec documents', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 3 * DOCUMENTED_BUCKET_LIMIT }),
        fc.integer({ min: 1, max: 12 }),
        async (windowSeconds, latencies, calls, concurrency) => {
          const service = serviceBucket(DOCUMENTED_BUCKET_LIMIT, windowSeconds, latencies);
          const client = createRyzeClient({ token: 't', fetch: service.fetch, maxRetries: 0 });
          const identifiers = Array.from({ length: calls }, (_, n) => `CODE${n}`);
          const batch = client.groups.leaveMany('i', identifiers, { concurrency });
          await vi.runAllTimersAsync();
          const results = await batch;
          expect(service.tooMany).toBe(0);
          expect(results.every(({ ok }) => ok)).toBe(true);
          expect(service.sent).toBe(calls);
        },
      ),
      { numRuns: 40 },
    );
  });
});
