import { Ajv2020 } from 'ajv/dist/2020.js';
import { SandboxOptionError } from './errors.ts';

/** What a fault does to a request's answer. */
export type FaultKind = '500' | '502-html' | 'drop' | 'delay';

export interface FaultRequest {
  kind: FaultKind;
  /** `before`: instead of handling the request; `after`: once the request has taken effect. Default: `before`. */
  when?: 'before' | 'after';
  /** How many of the next API requests it applies to. Default: 1. */
  count?: number;
  /** For `delay`: how long to hold the request, in milliseconds. */
  delayMs?: number;
}

export interface Fault {
  kind: FaultKind;
  when: 'before' | 'after';
  delayMs: number;
}

interface QueuedFault extends Fault {
  remaining: number;
}

/** The JSON Schema of a fault, as `POST /__sandbox/faults` and `injectFault` take it. */
const faultRequestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind'],
  properties: {
    kind: { enum: ['500', '502-html', 'drop', 'delay'] },
    when: { enum: ['before', 'after'] },
    count: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    delayMs: { type: 'integer', minimum: 0, maximum: 600_000 },
  },
  if: { properties: { kind: { const: 'delay' } } },
  // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, never awaited.
  then: { required: ['delayMs'] },
} as const;

const ajv = new Ajv2020({ strict: false });
const isFaultRequest = ajv.compile<FaultRequest>(faultRequestSchema);

/** Checks a fault request; throws `SandboxOptionError` saying what is wrong. */
export function checkFaultRequest(value: unknown): FaultRequest {
  if (isFaultRequest(value)) return value;
  throw new SandboxOptionError(
    `Not a fault: ${ajv.errorsText(isFaultRequest.errors, { dataVar: 'fault' })}, got ` +
      `${JSON.stringify(value) ?? 'nothing'}; send JSON such as ` +
      '{"kind": "drop", "when": "after", "count": 1} (kinds: 500, 502-html, drop, delay with delayMs).',
  );
}

/**
 * Faults waiting for the next API requests, first queued first served: each request takes at
 * most one, when it arrives, so N parallel requests take N faults whatever the timing.
 */
export class FaultQueue {
  private queue: QueuedFault[] = [];

  /** Queues a fault after checking it (`SandboxOptionError` when it is not one). */
  add(value: unknown): void {
    const request = checkFaultRequest(value);
    this.queue.push({
      kind: request.kind,
      when: request.when ?? 'before',
      delayMs: request.delayMs ?? 0,
      remaining: request.count ?? 1,
    });
  }

  /** The fault for the request that just arrived, if one is waiting. */
  take(): Fault | undefined {
    const head = this.queue[0];
    if (head === undefined) return undefined;
    head.remaining -= 1;
    if (head.remaining === 0) this.queue.shift();
    return { kind: head.kind, when: head.when, delayMs: head.delayMs };
  }

  pending(): (Fault & { remaining: number })[] {
    return this.queue.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.queue = [];
  }
}
