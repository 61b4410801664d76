/**
 * The published ESM bundle (dist/index.js) in Debian's Chromium, imported by a page on 127.0.0.1
 * through an import map, calling the Prism mock on another origin. The calls are cross-origin
 * DELETEs with a `token` header, so the browser sends a CORS preflight first, which Prism answers;
 * a pass-through proxy in front of Prism records both. Every check on the SDK's objects (the
 * body, `instanceof`, `Date`) runs in the page, on what the browser's own fetch produced; only
 * plain values travel back to the test.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningMock, startMock } from '@ryzeapi/mock';
import { readBundledSpec, responseExamples } from '@ryzeapi/openapi/document';
import { chromiumLaunchOptions } from '@ryzeapi/test-support/chromium';
import { listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { type RecordingProxy, startRecordingProxy } from '@ryzeapi/test-support/recording-proxy';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SdkPageServer, serveSdkPage } from './sdk-page-server.ts';

declare global {
  interface Window {
    /** The SDK, as the page's module script imported it from dist/index.js. */
    ryzeSdk: typeof import('../src/index.ts');
    /** Why the page's module script could not import the SDK, if it could not. */
    ryzeSdkImportError?: string;
  }
}

// What the mock answers comes from the spec's examples: read them through the spec's reader.
const examples = responseExamples(readBundledSpec());
function exampleOf(id: string) {
  const example = examples.find((candidate) => candidate.id === id);
  if (!example) throw new Error(`The bundled spec has no example "${id}".`);
  return example;
}
const left = exampleOf('leaveGroup 200 left');
const LEFT = left.value;
const NOT_MEMBER = exampleOf('leaveGroup 404 notMember').value as { error: { message: string } };
function rateLimitExample(name: string): number {
  return Number(left.response.headers.find((header) => header.name === name)?.example);
}

let mock: RunningMock;
let proxy: RecordingProxy;
let pageServer: SdkPageServer;
let browser: Browser;
let page: Page;
const pageProblems: string[] = [];

beforeAll(async () => {
  // Each is kept as soon as it has started, so that afterAll stops it even if another failed.
  await Promise.all([
    startMock({ startTimeoutMs: WAIT_DEADLINE_MS }).then(async (started) => {
      mock = started;
      proxy = await startRecordingProxy(mock.url);
    }),
    serveSdkPage().then((started) => {
      pageServer = started;
    }),
    chromium.launch(chromiumLaunchOptions()).then((started) => {
      browser = started;
    }),
  ]);
  page = await browser.newPage();
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageProblems.push(`console error: ${message.text()}`);
  });
  await page.goto(pageServer.url, { timeout: WAIT_DEADLINE_MS });
  const imported = await page.waitForFunction(
    () => window.ryzeSdkImportError ?? ('ryzeSdk' in window && 'imported'),
    undefined,
    { timeout: WAIT_DEADLINE_MS },
  );
  const outcome = await imported.jsonValue();
  if (outcome !== 'imported') {
    throw new Error(`The page could not import the SDK: ${outcome}\n${pageProblems.join('\n')}`);
  }
});

afterAll(async () => {
  await Promise.all([browser?.close(), pageServer?.close(), proxy?.close()]);
  await mock?.stop();
});

/** The page and console errors seen since the last call. */
function takePageProblems(): string[] {
  return pageProblems.splice(0);
}

/**
 * Settles once the page has logged a console error (Chromium logs failed loads itself). Start
 * it before the call: the log reaches the test after the call's own result may have.
 */
function consoleErrorLogged(): Promise<unknown> {
  const logged = page.waitForEvent('console', {
    predicate: (message) => message.type() === 'error',
    timeout: WAIT_DEADLINE_MS,
  });
  // Awaited after the call: if the call fails first, its error is the one to report.
  logged.catch(() => {});
  return logged;
}

afterEach(() => {
  expect(takePageProblems(), 'page and console errors no test expected').toEqual([]);
});

describe('the built ESM bundle in Chromium, against the Prism mock', () => {
  it('sees the page import the same exports as Node.js does, openapi-fetch resolved', async () => {
    const inPage = await page.evaluate(() => Object.keys(window.ryzeSdk).sort());
    const inNode = Object.keys(await import('../dist/index.js')).sort();
    expect(inPage).toEqual(inNode);
    expect(inPage).toContain('createRyzeClient');
  });

  it("groups.leave resolves with the spec's 200 body, after a CORS preflight", async () => {
    proxy.exchanges.length = 0;
    const outcome = await page.evaluate(
      async ({ baseUrl }) => {
        const { createRyzeClient } = window.ryzeSdk;
        const client = createRyzeClient({ token: 'browser-test-token', baseUrl });
        const body = await client.groups.leave('my-instance', {
          identifier: '120363406289005073@g.us',
        });
        const { rateLimit, attempts } = await client.groups
          .leave('my-instance', { identifier: 'https://chat.whatsapp.com/ABC123XYZ?mode=gi_t' })
          .withResponse();
        return {
          body,
          attempts,
          rateLimit: rateLimit && {
            limit: rateLimit.limit,
            remaining: rateLimit.remaining,
            resetAtIsDate: rateLimit.resetAt instanceof Date,
            resetAtMs: rateLimit.resetAt.getTime(),
          },
        };
      },
      { baseUrl: proxy.url },
    );
    // A refused preflight would have made the call reject with a ConnectionError.
    expect(outcome.body).toEqual(LEFT);
    expect(outcome.attempts).toBe(1);
    // Readable only because Prism exposes the headers to the page's origin.
    expect(outcome.rateLimit).toEqual({
      limit: rateLimitExample('X-RateLimit-Limit'),
      remaining: rateLimitExample('X-RateLimit-Remaining'),
      resetAtIsDate: true,
      resetAtMs: rateLimitExample('X-RateLimit-Reset') * 1000,
    });
    const [preflight, leave] = proxy.exchanges;
    const path = '/api/group/leave/my-instance?identifier=120363406289005073%40g.us';
    expect(preflight).toMatchObject({ method: 'OPTIONS', url: path });
    expect(preflight?.requestHeaders['access-control-request-method']).toBe('DELETE');
    expect(preflight?.requestHeaders['access-control-request-headers']?.split(',')).toContain(
      'token',
    );
    expect(preflight?.requestHeaders.token, 'a preflight carries no credentials').toBeUndefined();
    expect(leave).toMatchObject({ method: 'DELETE', url: path });
    expect(leave?.requestHeaders.token).toBe('browser-test-token');
    expect(leave?.requestHeaders.origin).toBe(new URL(pageServer.url).origin);
  });

  it('an error response (Prefer: code=404) rejects with NotFoundError, in the page', async () => {
    const logged = consoleErrorLogged();
    const outcome = await page.evaluate(
      async ({ baseUrl }) => {
        const { createRyzeClient, NotFoundError, ApiError, RyzeError } = window.ryzeSdk;
        const client = createRyzeClient({ token: 'browser-test-token', baseUrl });
        try {
          await client.groups.leave(
            'my-instance',
            { identifier: 'ABC123XYZ' },
            {
              headers: { Prefer: 'code=404, example=notMember' },
            },
          );
          return { rejected: false };
        } catch (error) {
          return {
            rejected: true,
            isNotFoundError: error instanceof NotFoundError,
            isApiError: error instanceof ApiError,
            isRyzeError: error instanceof RyzeError,
            name: (error as Error).name,
            message: (error as Error).message,
            status: (error as InstanceType<typeof ApiError>).status,
            body: (error as InstanceType<typeof ApiError>).body,
            mayHaveSucceededEarlier: (error as InstanceType<typeof NotFoundError>)
              .mayHaveSucceededEarlier,
          };
        }
      },
      { baseUrl: proxy.url },
    );
    // Chromium logs every 4xx response it fetched; this one is the point of the test.
    await logged;
    expect(takePageProblems()).toEqual([
      'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
    expect(outcome).toEqual({
      rejected: true,
      isNotFoundError: true,
      isApiError: true,
      isRyzeError: true,
      name: 'NotFoundError',
      message: `${NOT_MEMBER.error.message} (HTTP 404)`,
      status: 404,
      body: NOT_MEMBER,
      mayHaveSucceededEarlier: false,
    });
  });
});

describe('the built ESM bundle in Chromium, without a server', () => {
  it("turns the browser's refused connection into a ConnectionError", async () => {
    const closedPortUrl = await urlOfClosedPort();
    const logged = consoleErrorLogged();
    const outcome = await page.evaluate(
      async ({ baseUrl }) => {
        const { createRyzeClient, ConnectionError, ApiError } = window.ryzeSdk;
        const client = createRyzeClient({ token: 'browser-test-token', baseUrl, maxRetries: 0 });
        try {
          await client.groups.leave('my-instance', { identifier: 'ABC123XYZ' });
          return { rejected: false };
        } catch (error) {
          return {
            rejected: true,
            isConnectionError: error instanceof ConnectionError,
            isApiError: error instanceof ApiError,
            message: (error as Error).message,
            causeIsTypeError: (error as Error).cause instanceof TypeError,
          };
        }
      },
      { baseUrl: closedPortUrl },
    );
    expect(outcome).toMatchObject({
      rejected: true,
      isConnectionError: true,
      isApiError: false,
      causeIsTypeError: true,
    });
    expect((outcome as { message: string }).message).toMatch(/^The API could not be reached: /);
    // Chromium logs the refused connection itself; that is the point of this test.
    await logged;
    expect(takePageProblems()).toEqual([expect.stringContaining('net::ERR_CONNECTION_REFUSED')]);
  });
});

/** An http://127.0.0.1 URL on a port that was free a moment ago: nothing listens there. */
async function urlOfClosedPort(): Promise<string> {
  const server = createServer();
  await listenOnLoopback(server);
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
