import type { paths } from '@ryzeapi/sdk';
import { createRyzeClient } from '@ryzeapi/sdk';
import createClient from 'openapi-fetch';

/** Makes one Leave Group call; resolves with the 200 body, rejects on any other status. */
export type LeaveCall = () => Promise<unknown>;

export interface CallTarget {
  baseUrl: string;
  token: string;
  instance: string;
  identifier: string;
  /** A `fetch` injected into every contender; without it each uses its default, the global one. */
  fetch?: typeof fetch;
}

/** What a hand-written call throws for an error status: the status and the envelope's message. */
export class HttpStatusError extends Error {
  override name = 'HttpStatusError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface ErrorEnvelopeShape {
  error?: { message?: string };
}

/** The SDK's default time limit per attempt, which the hand-written call with a timeout copies. */
export const SDK_DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The call as a careful user writes it without a client library: the URL built with
 * `encodeURIComponent`, the token in its header, the body parsed, an error status thrown.
 * With `timeoutMs`, each call also gets the SDK's kind of time limit: an AbortController whose
 * signal goes to fetch and a timer that aborts it, cleared when the call ends.
 */
export function handWrittenFetchCall(target: CallTarget, timeoutMs?: number): LeaveCall {
  const url = `${target.baseUrl}/api/group/leave/${encodeURIComponent(target.instance)}?identifier=${encodeURIComponent(target.identifier)}`;
  const init: RequestInit = { method: 'DELETE', headers: { token: target.token } };
  const send = target.fetch ?? ((input, init) => fetch(input, init));
  const call = async (signal?: AbortSignal) => {
    const response = await send(url, signal ? { ...init, signal } : init);
    const body = (await response.json()) as unknown;
    if (!response.ok) {
      const message = (body as ErrorEnvelopeShape).error?.message ?? response.statusText;
      throw new HttpStatusError(response.status, message);
    }
    return body;
  };
  if (timeoutMs === undefined) return () => call();
  return async () => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      return await call(controller.signal);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The same call through bare openapi-fetch, typed by the SDK's generated `paths`. */
export function openapiFetchCall(target: CallTarget): LeaveCall {
  const client = createClient<paths>({
    baseUrl: target.baseUrl,
    headers: { token: target.token },
    ...(target.fetch ? { fetch: target.fetch } : {}),
  });
  const params = { path: { instance: target.instance }, query: { identifier: target.identifier } };
  return async () => {
    const { data, error, response } = await client.DELETE('/api/group/leave/{instance}', {
      params,
    });
    if (error !== undefined) throw new HttpStatusError(response.status, error.error.message);
    return data;
  };
}

/** The same call through the SDK, with its default options (retries, timeout, checks). */
export function sdkCall(target: CallTarget): LeaveCall {
  const client = createRyzeClient({
    baseUrl: target.baseUrl,
    token: target.token,
    fetch: target.fetch,
  });
  return () => client.groups.leave(target.instance, { identifier: target.identifier });
}

export interface Contender {
  name: string;
  create: (target: CallTarget) => LeaveCall;
}

/** The three contenders the issue compares, the baseline first. */
export const CONTENDERS: readonly Contender[] = [
  { name: 'hand-written fetch', create: (target) => handWrittenFetchCall(target) },
  { name: 'openapi-fetch', create: openapiFetchCall },
  { name: '@ryzeapi/sdk', create: sdkCall },
];

/**
 * The same, with hand-written fetch given the SDK's default timeout as well: the SDK's price
 * splits into its timeout (this row against the baseline) and the rest.
 */
export const CONTENDERS_WITH_TIMEOUT: readonly Contender[] = [
  CONTENDERS[0] as Contender,
  {
    name: `hand-written fetch + ${SDK_DEFAULT_TIMEOUT_MS / 1000} s timeout`,
    create: (target) => handWrittenFetchCall(target, SDK_DEFAULT_TIMEOUT_MS),
  },
  ...CONTENDERS.slice(1),
];

/** A Leave Group answered 200 with the spec's success body, or a thrown explanation. */
export async function expectLeft(call: LeaveCall): Promise<void> {
  const body = (await call()) as { success?: unknown } | undefined;
  if (body?.success !== true) {
    throw new Error(`Expected the 200 body { success: true, … }, got ${JSON.stringify(body)}.`);
  }
}

/** A Leave Group that rejected with a 404 error (any client's error class), or a thrown explanation. */
export async function expectNotFound(call: LeaveCall): Promise<void> {
  try {
    await call();
  } catch (error) {
    if ((error as { status?: unknown }).status === 404) return;
    throw error;
  }
  throw new Error('Expected the call to reject with a 404 error, but it resolved.');
}
