import { startProxy } from '@ryzeapi/mock';
import { readBundledSpec } from '@ryzeapi/openapi/document';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { describe, expect, it } from 'vitest';
import { checkResponsePair } from '../src/check-response-pair.ts';
import { responsePairs } from '../src/response-pairs.ts';
import { type Reply, SpecFollowingServer } from './support/spec-following-server.ts';

const pairs = responsePairs(readBundledSpec());

/**
 * `prism proxy … --errors` in front of a server: the way to run this same contract against a
 * real server's responses. A local server stands in for it, once keeping to the spec and once
 * breaking it.
 */
async function throughProxy(
  upstream: SpecFollowingServer,
  run: (baseUrl: string) => Promise<void>,
) {
  const proxy = await startProxy({
    startTimeoutMs: WAIT_DEADLINE_MS,
    upstream: await upstream.start(),
  });
  try {
    await run(proxy.url);
  } finally {
    await proxy.stop();
    await upstream.stop();
  }
}

describe('the contract through a validating proxy', () => {
  it('holds for a server that keeps to the spec, pair by pair', async () => {
    const upstream = new SpecFollowingServer(pairs);
    await throughProxy(upstream, async (baseUrl) => {
      for (const pair of pairs) await checkResponsePair({ baseUrl }, pair);
    });
    // Every call reached the server: the proxy forwarded them, it did not answer them itself.
    expect(upstream.received).toHaveLength(pairs.length);
  });

  it.each([
    {
      given: 'leaves out the rate-limit headers',
      distort: ({ status, body }: Reply): Reply => ({ status, headers: {}, body }),
    },
    {
      given: "answers errors outside the API's envelope",
      distort: (reply: Reply): Reply =>
        reply.status < 400
          ? { ...reply, body: { ok: true } }
          : { ...reply, body: { error: 'failed' } },
    },
    {
      given: 'sends a non-integer reset time',
      distort: (reply: Reply): Reply => ({
        ...reply,
        headers: { ...reply.headers, 'X-RateLimit-Reset': 'soon' },
      }),
    },
  ])('fails for every pair when the server $given', async ({ distort }) => {
    const upstream = new SpecFollowingServer(pairs, distort);
    await throughProxy(upstream, async (baseUrl) => {
      for (const pair of pairs) {
        await expect(checkResponsePair({ baseUrl }, pair), pair.id).rejects.toThrow();
      }
      // What the client got is Prism's report of the breach, not the broken response.
      const response = await fetch(`${baseUrl}/api/group/leave/my-instance?identifier=ABC123XYZ`, {
        method: 'DELETE',
        headers: { token: 'any-value' },
      });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('sl-violations')).toBeTruthy();
    });
  });
});
