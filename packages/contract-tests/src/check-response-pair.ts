import { ApiError, createRyzeClient, type Fetch } from '@ryzeapi/sdk';
import { expect } from 'vitest';
import { envelopeMessage, expectedErrorClass, expectedRateLimit } from './expected-outcome.ts';
import type { ResponsePair } from './response-pairs.ts';
import { type SdkResult, sdkCallFor } from './sdk-calls.ts';

/** The server the contract is checked against. */
export interface ContractTarget {
  baseUrl: string;
  /** A `fetch` for the SDK to use instead of the global one (the negative control's wrong client). */
  fetch?: Fetch;
}

/** Any value works: the mock checks that a token is sent, not which. */
export const CONTRACT_TOKEN = 'contract-test-token';

/** The `Prefer` header that asks a Prism server for this pair's response. */
export function preferHeaderFor(pair: ResponsePair): string {
  return pair.exampleName === undefined
    ? `code=${pair.status}`
    : `code=${pair.status}, example=${pair.exampleName}`;
}

/**
 * Makes the SDK call that asks for `pair`'s response, and asserts that the SDK turns it into
 * what it promises: the typed body for a success, the right error class with the example's
 * message, status and rate limit for an error. Throws an assertion error naming the pair.
 */
export async function checkResponsePair(target: ContractTarget, pair: ResponsePair): Promise<void> {
  const client = createRyzeClient({
    token: CONTRACT_TOKEN,
    baseUrl: target.baseUrl,
    // One attempt: a retried 429 or 5xx would hide which response the SDK was given.
    maxRetries: 0,
    ...(target.fetch ? { fetch: target.fetch } : {}),
  });
  const call = sdkCallFor(pair.operationId);
  const outcome = await call(client, pair, { headers: { Prefer: preferHeaderFor(pair) } }).then(
    (result): { result: SdkResult } => ({ result }),
    (error: unknown): { error: unknown } => ({ error }),
  );

  if (pair.status < 400) {
    if ('error' in outcome) {
      expect.fail(
        `${pair.id}: the SDK threw instead of returning the body: ${String(outcome.error)}`,
      );
    }
    const { result } = outcome;
    expect(
      result.response.headers.get('sl-violations'),
      `${pair.id}: Prism's violations`,
    ).toBeNull();
    expect(result.response.status, `${pair.id}: status`).toBe(pair.status);
    expect(result.data, `${pair.id}: body`).toEqual(pair.body);
    expect(result.rateLimit, `${pair.id}: rate limit`).toEqual(expectedRateLimit(pair));
    return;
  }

  if ('result' in outcome) {
    expect.fail(
      `${pair.id}: the SDK returned ${JSON.stringify(outcome.result.data)} (HTTP ` +
        `${outcome.result.response.status}) instead of throwing`,
    );
  }
  const { error } = outcome;
  if (!(error instanceof ApiError)) {
    expect.fail(`${pair.id}: the SDK threw ${String(error)}, not an ApiError`);
  }
  expect(error.headers.get('sl-violations'), `${pair.id}: Prism's violations`).toBeNull();
  expect(error.constructor.name, `${pair.id}: error class`).toBe(
    expectedErrorClass(pair.status).name,
  );
  expect(error.constructor, `${pair.id}: error class`).toBe(expectedErrorClass(pair.status));
  expect(error.status, `${pair.id}: status`).toBe(pair.status);
  expect(error.body, `${pair.id}: body`).toEqual(pair.body);
  const message = envelopeMessage(pair.body);
  if (message) expect(error.message, `${pair.id}: message`).toContain(message);
  else expect(error.message, `${pair.id}: message`).not.toBe('');
  expect(error.rateLimit, `${pair.id}: rate limit`).toEqual(expectedRateLimit(pair));
  expect(error.attempts, `${pair.id}: attempts`).toBe(1);
}
