import { DEFAULT_HOST, urlFor } from '@ryzeapi/local-server/listen-options';
import { createApiRouter } from './api-router.ts';
import { RateLimitBuckets } from './bucket.ts';
import { readOpenApiDocument } from './bundled-spec.ts';
import { AdjustableClock, systemClock } from './clock.ts';
import { createControlApi } from './control-api.ts';
import { checkControlSecret, controlAccessGuard } from './control-secret.ts';
import { FaultQueue, type FaultRequest } from './faults.ts';
import { defaultFixtures, type Fixtures } from './fixtures.ts';
import { groupIdentifierResolver } from './group-identifier.ts';
import { close, createHttpServer, listen } from './http-server.ts';
import { checkFixtures } from './load-fixtures.ts';
import {
  checkClock,
  checkHost,
  checkPort,
  checkRateLimit,
  checkRateWindow,
  DEFAULT_RATE_LIMIT,
  DEFAULT_RATE_WINDOW_SECONDS,
  type ResetSettings,
  type SandboxOptions,
} from './sandbox-options.ts';
import { createService } from './service.ts';
import type { StateSnapshot } from './state.ts';
import { SandboxState } from './state.ts';

/** A running sandbox. */
export interface RunningSandbox {
  /** Where to send requests, e.g. `http://127.0.0.1:54321` (no trailing slash). */
  url: string;
  /** The fixtures it serves (and returns to on `reset()`). */
  fixtures: Fixtures;
  /** Stops listening and closes every connection; resolves once closed. Safe to call twice. */
  stop(): Promise<void>;
  /**
   * Back to the fixtures: memberships, buckets, faults and clock, as `POST /__sandbox/reset`.
   * `rateLimit` and `rateWindowSeconds` change the buckets until the next reset; without them the
   * buckets return to the options the sandbox started with.
   */
  reset(settings?: ResetSettings): void;
  /** Reads the world as it is now. */
  state: {
    snapshot(): StateSnapshot;
    isMember(instance: string, groupJid: string): boolean;
  };
  /** Queues a fault for the next API requests, as `POST /__sandbox/faults`. */
  injectFault(fault: FaultRequest): void;
  /** Moves the sandbox's clock forward, as `POST /__sandbox/clock`. */
  advanceClock(seconds: number): void;
}

/**
 * Starts a stateful sandbox of the RyzeAPI group endpoints (on loopback unless `host` says
 * otherwise, which then needs a `controlSecret` for its control API): it keeps memberships,
 * a rate-limit bucket per token, token ownership and instance connections, validates requests
 * against the bundled spec, and answers like the service.
 *
 * @example
 * const sandbox = await startSandbox();
 * const client = createRyzeClient({ token: 'sandbox-token-my-instance', baseUrl: sandbox.url });
 * await client.groups.leave('my-instance', { identifier: 'ABC123XYZ' }); // 200, then 404
 * await sandbox.stop();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const port = checkPort(options.port ?? 0);
  const host = checkHost(options.host ?? DEFAULT_HOST);
  const controlSecret = checkControlSecret(options.controlSecret, host);
  const rateLimit = checkRateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT);
  const windowSeconds = checkRateWindow(options.rateWindowSeconds ?? DEFAULT_RATE_WINDOW_SECONDS);
  const clock = new AdjustableClock(checkClock(options.clock ?? systemClock));
  const document = readOpenApiDocument();
  const fixtures = checkFixtures(
    options.fixtures ?? defaultFixtures,
    options.fixtures ? 'the fixtures option' : 'the default fixtures',
    document,
  );

  const state = new SandboxState(fixtures);
  const started = { limit: rateLimit, windowSeconds };
  const buckets = new RateLimitBuckets(started, clock);
  const faults = new FaultQueue();
  const stopping = new AbortController();
  const reset = (settings: ResetSettings = {}) => {
    const limit = checkRateLimit(settings.rateLimit ?? started.limit);
    const window = checkRateWindow(settings.rateWindowSeconds ?? started.windowSeconds);
    state.reset();
    buckets.reset({ limit, windowSeconds: window });
    faults.clear();
    clock.reset();
  };
  const server = createHttpServer({
    api: createService({
      route: await createApiRouter(document),
      state,
      buckets,
      faults,
      resolveGroup: groupIdentifierResolver(document),
      stopping: stopping.signal,
    }),
    control: createControlApi({ state, buckets, faults, clock, reset }),
    controlAccess: controlAccessGuard(controlSecret),
  });
  const boundPort = await listen(server, port, host);

  let stopped: Promise<void> | undefined;
  return {
    url: urlFor(host, boundPort),
    fixtures,
    stop: () => {
      stopped ??= (async () => {
        stopping.abort();
        await close(server);
      })();
      return stopped;
    },
    reset,
    state: {
      snapshot: () => state.snapshot(),
      isMember: (instance, groupJid) => state.isMember(instance, groupJid),
    },
    injectFault: (fault) => faults.add(fault),
    advanceClock: (seconds) => clock.advance(seconds),
  };
}
