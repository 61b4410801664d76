import { Ajv2020 } from 'ajv/dist/2020.js';
import type { RateLimitBuckets } from './bucket.ts';
import type { AdjustableClock } from './clock.ts';
import type { FaultQueue } from './faults.ts';
import { errorEnvelope } from './messages.ts';
import type { ResetSettings } from './sandbox-options.ts';
import type { SandboxState, StateSnapshot } from './state.ts';

/** Where the control API lives: outside every path of the spec. */
export const CONTROL_PREFIX = '/__sandbox/';

export interface ControlParts {
  state: SandboxState;
  buckets: RateLimitBuckets;
  faults: FaultQueue;
  clock: AdjustableClock;
  reset: (settings?: ResetSettings) => void;
}

export interface ControlRequest {
  method: string;
  path: string;
  /** The body, parsed as JSON; `undefined` when empty. */
  body: unknown;
}

export interface ControlAnswer {
  status: number;
  body: unknown;
}

/** What `GET /__sandbox/state` answers. */
export interface ControlState extends StateSnapshot {
  clock: { now: string; offsetSeconds: number };
  rateLimit: {
    limit: number;
    windowSeconds: number;
    /** Buckets in their current window; tokens are named by their owner, never shown. */
    buckets: { token: string; remaining: number; resetAt: number }[];
  };
  faults: { kind: string; when: string; remaining: number; delayMs: number }[];
}

const clockRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['advanceSeconds'],
  properties: { advanceSeconds: { type: 'number', minimum: 0, maximum: 31_536_000 } },
} as const;

const resetRequestSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    rateLimit: { type: 'integer', minimum: 1 },
    rateWindowSeconds: { type: 'number', exclusiveMinimum: 0 },
  },
} as const;

const ENDPOINTS =
  'POST /__sandbox/reset, GET /__sandbox/state, POST /__sandbox/faults, ' +
  'DELETE /__sandbox/faults, POST /__sandbox/clock';

/**
 * The control API for tests: reset the world, read it, queue faults, move the clock. It is not
 * rate limited and faults never apply to it.
 */
export function createControlApi(parts: ControlParts) {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  const isClockRequest = ajv.compile<{ advanceSeconds: number }>(clockRequestSchema);
  const isResetRequest = ajv.compile<ResetSettings>(resetRequestSchema);

  function controlState(): ControlState {
    return {
      ...parts.state.snapshot(),
      clock: {
        now: new Date(parts.clock.now()).toISOString(),
        offsetSeconds: parts.clock.offsetSeconds,
      },
      rateLimit: {
        limit: parts.buckets.limit,
        windowSeconds: parts.buckets.windowSeconds,
        buckets: parts.buckets.readings().map(({ token, reading }) => ({
          token: tokenLabel(parts.state, token),
          remaining: reading.remaining,
          resetAt: reading.resetSeconds,
        })),
      },
      faults: parts.faults.pending(),
    };
  }

  return function handle(request: ControlRequest): ControlAnswer {
    const route = `${request.method} ${request.path}`;
    switch (route) {
      case 'POST /__sandbox/reset':
        if (!isResetRequest(request.body ?? {})) {
          return {
            status: 400,
            body: errorEnvelope(
              `Not a reset: ${ajv.errorsText(isResetRequest.errors, { dataVar: 'reset' })}, got ` +
                `${JSON.stringify(request.body)}; send no body, or JSON such as ` +
                '{"rateLimit": 3, "rateWindowSeconds": 2}',
            ),
          };
        }
        parts.reset(request.body as ResetSettings | undefined);
        return { status: 200, body: controlState() };
      case 'GET /__sandbox/state':
        return { status: 200, body: controlState() };
      case 'POST /__sandbox/faults':
        try {
          parts.faults.add(request.body);
        } catch (error) {
          return { status: 400, body: errorEnvelope((error as Error).message) };
        }
        return { status: 201, body: { faults: parts.faults.pending() } };
      case 'DELETE /__sandbox/faults':
        parts.faults.clear();
        return { status: 200, body: { faults: [] } };
      case 'POST /__sandbox/clock':
        if (!isClockRequest(request.body)) {
          return {
            status: 400,
            body: errorEnvelope(
              `Not a clock move: ${ajv.errorsText(isClockRequest.errors, { dataVar: 'clock' })}, ` +
                `got ${JSON.stringify(request.body) ?? 'nothing'}; send JSON such as {"advanceSeconds": 60}`,
            ),
          };
        }
        parts.clock.advance(request.body.advanceSeconds);
        return { status: 200, body: controlState().clock };
      default:
        return {
          status: 404,
          body: errorEnvelope(`No control endpoint ${route}; the control API has ${ENDPOINTS}`),
        };
    }
  };
}

function tokenLabel(state: SandboxState, token: string): string {
  const owner = state.ownerOf(token);
  if (owner === undefined) return 'a token the fixtures do not know';
  return owner.kind === 'account'
    ? `account token of ${owner.account}`
    : `instance token of ${owner.instance}`;
}
