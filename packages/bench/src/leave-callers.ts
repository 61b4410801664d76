import type { paths } from '@ryzeapi/sdk';
import { createRyzeClient } from '@ryzeapi/sdk';
import ky, { HTTPError } from 'ky';
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

/** The seed's leave (the connected instance, the seed's group JID) sent to `baseUrl`. */
export function leaveTarget(baseUrl: string, fetch?: typeof globalThis.fetch): CallTarget {
  return {
    baseUrl,
    token: 'bench-token',
    instance: 'my-instance',
    identifier: '120363406289005073@g.us',
    ...(fetch ? { fetch } : {}),
  };
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

/** The SDK's retry policy, given to ky: 2 retries of a 429 or a 5xx, 0.5 s backoff doubling to 8 s with up to 25 % jitter, a 429's wait at most 60 s. */
const SDK_RETRY_POLICY = {
  limit: 2,
  methods: ['delete'],
  statusCodes: [429, 500, 502, 503, 504],
  afterStatusCodes: [429],
  maxRetryAfter: 60_000,
  delay: (attemptCount: number) =>
    Math.min(500 * 2 ** (attemptCount - 1), 8000) * (1 - Math.random() * 0.25),
};

/**
 * The same call through ky, the general-purpose client with the same duties (retries, a timeout
 * per attempt), given the SDK's timeout and retry policy; an error status is thrown with the
 * envelope's message, as the other contenders do.
 */
export function kyCall(target: CallTarget): LeaveCall {
  const api = ky.create({
    prefixUrl: target.baseUrl,
    headers: { token: target.token },
    timeout: SDK_DEFAULT_TIMEOUT_MS,
    retry: SDK_RETRY_POLICY,
    ...(target.fetch ? { fetch: target.fetch } : {}),
  });
  const path = `api/group/leave/${encodeURIComponent(target.instance)}`;
  const searchParams = { identifier: target.identifier };
  return async () => {
    try {
      return await api.delete(path, { searchParams }).json();
    } catch (error) {
      if (!(error instanceof HTTPError)) throw error;
      const body = (await error.response.json()) as ErrorEnvelopeShape;
      throw new HttpStatusError(error.response.status, body.error?.message ?? error.message);
    }
  };
}

/** ky's row in every table. */
export const KY_NAME = 'ky (SDK timeout and retries)';

export interface Contender {
  name: string;
  create: (target: CallTarget) => LeaveCall;
}

/** The contenders compared, the baseline first. */
export const CONTENDERS: readonly Contender[] = [
  { name: 'hand-written fetch', create: (target) => handWrittenFetchCall(target) },
  { name: 'openapi-fetch', create: openapiFetchCall },
  { name: KY_NAME, create: kyCall },
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
