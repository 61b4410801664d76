/**
 * The "Try it" page in Debian's Chromium: the site served on one loopback origin, a real sandbox
 * on another, and Swagger UI's console sending the documented request across. Nothing is routed
 * (any `context.route()` makes Playwright answer CORS preflights itself and would hide a sandbox
 * whose CORS answers are wrong): a recording proxy in front of the sandbox shows what crossed
 * the wire, preflights included, and request listeners show that nothing else left the page.
 * Everything expected comes from the bundled spec and the sandbox's default fixtures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { operationsOf, readBundledSpec } from '@ryzeapi/openapi/document';
import { defaultFixtures, type RunningSandbox, startSandbox } from '@ryzeapi/sandbox';
import { WAIT_DEADLINE_MS, waitFor } from '@ryzeapi/test-support/polling';
import { type RecordingProxy, startRecordingProxy } from '@ryzeapi/test-support/recording-proxy';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_SANDBOX_URL, tryItSettings } from '../src/render-try-it.ts';
import { distDir, packageDir, sitePages } from '../src/site-paths.ts';
import { type RunningStaticServer, startStaticServer } from '../src/static-server.ts';
import { type AuditResult, audit, describeFinding } from './support/accessibility.ts';
import { type Browser, launchBrowser, type TrafficLog, watchTraffic } from './support/browser.ts';

const [operation] = operationsOf(readBundledSpec('openapi.dereferenced.json'));
if (!operation) throw new Error('The bundled spec has no operation to try.');
const settings = tryItSettings();
const identifierParameter = operation.parameters.find(
  (parameter) => parameter.name === 'identifier',
);
if (!identifierParameter) throw new Error(`${operation.where} has no identifier parameter.`);
const identifier = identifierParameter;

/** The message of a response's named example, as the spec documents it. */
function documentedMessage(status: string, exampleName: string): string {
  const response = operation?.responses.find((candidate) => candidate.status === status);
  const example = response?.content
    .flatMap((media) => media.examples)
    .find((candidate) => candidate.name === exampleName)?.value as
    | { message?: string; error?: { message?: string } }
    | undefined;
  const message = example?.error?.message ?? example?.message;
  if (!message) throw new Error(`${operation?.where} documents no ${status} ${exampleName}.`);
  return message;
}

const outputDir = join(packageDir, 'test-output');
const audits: AuditResult[] = [];

let sandbox: RunningSandbox;
let proxy: RecordingProxy;
let site: RunningStaticServer;
let browser: Browser;
let traffic: TrafficLog;
let page: Page;
/** Where the page may send requests: the site, the sandbox and the proxies in front of it. */
const allowedOrigins: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox();
  proxy = await startRecordingProxy(sandbox.url);
  site = await startStaticServer({ root: distDir, port: 0 });
  browser = await launchBrowser();
  allowedOrigins.push(site.url, proxy.url, sandbox.url);
  traffic = watchTraffic(browser.context, allowedOrigins);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

beforeEach(() => {
  sandbox.reset();
  proxy.exchanges.length = 0;
});

afterEach(() => {
  const seen = {
    external: [...traffic.external],
    failed: [...traffic.failed],
    // The console's 4xx answers are what the reader asked for; the browser logs each one.
    consoleErrors: traffic.consoleErrors.filter(
      (error) =>
        !/^Failed to load resource: the server responded with a status of 4\d\d /.test(error) ||
        !(error.includes(`(${proxy.url}/`) || error.includes(`(${sandbox.url}/`)),
    ),
    pageErrors: [...traffic.pageErrors],
  };
  traffic.clear();
  expect(seen, 'requests to other hosts, failed requests and errors').toEqual({
    external: [],
    failed: [],
    consoleErrors: [],
    pageErrors: [],
  });
});

afterAll(async () => {
  await mkdir(outputDir, { recursive: true });
  await writeFile(
    join(outputDir, 'try-it-axe-summary.json'),
    `${JSON.stringify(audits, null, 2)}\n`,
  );
  await browser?.close();
  await site?.close();
  await proxy?.close();
  await sandbox?.stop();
});

async function expectAccessible(name: string): Promise<void> {
  const result = await audit(page, name);
  audits.push(result);
  expect(result.renderer, `axe: ${name} has no exception of its own`).toEqual([]);
  expect(result.blocking.map(describeFinding), `axe: ${name}`).toEqual([]);
}

/** Opens the page against `sandboxUrl` and waits for the console to offer Execute. */
async function openConsole(sandboxUrl: string): Promise<void> {
  await page.goto(
    `${new URL(sitePages.tryIt, site.url).href}?sandbox=${encodeURIComponent(sandboxUrl)}`,
  );
  await executeButton().waitFor({ state: 'visible', timeout: WAIT_DEADLINE_MS });
}

const executeButton = () => page.getByRole('button', { name: 'Execute', exact: true });
const liveResponse = () => page.locator('.live-responses-table tbody tr.response').first();
const parameterInput = (name: string) =>
  page.locator(`tr[data-param-name="${name}"] input[type="text"]`);

interface Shown {
  status: string;
  body: unknown;
  headers: Record<string, string>;
}

/** What the console shows of its latest answer, or `undefined` while it shows none. */
async function shownAnswer(): Promise<Shown | undefined> {
  try {
    const answer = liveResponse().locator('.response-col_description');
    const status = (
      (await liveResponse().locator('.response-col_status').textContent()) ?? ''
    ).trim();
    const bodyText = (await answer.locator('.highlight-code pre').first().textContent()) ?? '';
    const headerLines = await answer.locator('.headerline').allTextContents();
    const headers = Object.fromEntries(
      headerLines.map((line) => {
        const [name = '', ...value] = line.split(':');
        return [name.trim().toLowerCase(), value.join(':').trim()];
      }),
    );
    return { status, body: JSON.parse(bodyText), headers };
  } catch {
    return undefined;
  }
}

/**
 * Clicks Execute once and reads what the console shows for the answer. Swagger UI renders in
 * the browser, so a visible button already has its handler: one click, no retry that could
 * send the request twice. The answer shown is the one received once its status and its
 * remaining count (different on every answer) match the network's.
 */
async function execute(target: string): Promise<Shown> {
  const answered = page.waitForResponse(
    (response) =>
      response.url().startsWith(`${target}/`) && response.request().method() !== 'OPTIONS',
    { timeout: WAIT_DEADLINE_MS },
  );
  await executeButton().click();
  const response = await answered;
  const received = {
    status: String(response.status()),
    remaining: response.headers()['x-ratelimit-remaining'],
  };
  return waitFor(`the console to show the answer ${JSON.stringify(received)}`, async () => {
    const shown = await shownAnswer();
    return shown?.status === received.status &&
      shown.headers['x-ratelimit-remaining'] === received.remaining
      ? shown
      : undefined;
  });
}

describe('Try it page', () => {
  test("sends the seed's request to the sandbox: 200 with the rate-limit headers, then the documented 404", async () => {
    await openConsole(proxy.url);
    expect(await parameterInput('instance').inputValue()).toBe(settings.instance);
    expect(await parameterInput('identifier').inputValue()).toBe(identifier.example);
    expect(await page.getByLabel('Token', { exact: true }).inputValue()).toBe(settings.token);
    await expectAccessible('try it: console ready');

    const first = await execute(proxy.url);
    expect(first.status).toBe('200');
    expect(first.body).toMatchObject({
      success: true,
      message: documentedMessage('200', 'left'),
      groupJid: identifier.example,
    });
    expect(first.headers).toMatchObject({
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '99',
      'x-ratelimit-reset': expect.stringMatching(/^\d+$/),
    });
    await expectAccessible('try it: 200 shown');

    const second = await execute(proxy.url);
    expect(second.status).toBe('404');
    expect(second.body).toEqual({
      success: false,
      error: { message: documentedMessage('404', 'notMember') },
    });
    expect(second.headers).toMatchObject({ 'x-ratelimit-remaining': '98' });
    await expectAccessible('try it: 404 shown');

    // On the wire: the browser's preflight from the site's origin, then the two leaves.
    const [preflight, ...leaves] = proxy.exchanges;
    expect(preflight).toMatchObject({
      method: 'OPTIONS',
      status: 204,
      requestHeaders: {
        origin: new URL(site.url).origin,
        'access-control-request-method': 'DELETE',
        'access-control-request-headers': expect.stringMatching(/(^|,)token(,|$)/),
      },
    });
    const expectedPath = `/api/group/leave/${settings.instance}?identifier=${encodeURIComponent(String(identifier.example))}`;
    expect(leaves.map((exchange) => [exchange.method, exchange.url, exchange.status])).toEqual([
      ['DELETE', expectedPath, 200],
      ['DELETE', expectedPath, 404],
    ]);
    for (const leave of leaves) {
      expect(leave.requestHeaders.token).toBe(settings.token);
      expect(leave.requestHeaders.authorization).toBeUndefined();
    }
    expect(sandbox.state.isMember(settings.instance, String(identifier.example))).toBe(false);
  });

  test.each(identifier.examples)(
    'sends the identifier $summary ($name) and the sandbox leaves the group it names',
    async (example) => {
      await openConsole(proxy.url);
      await page
        .locator('tr[data-param-name="identifier"] select')
        .selectOption({ label: example.summary ?? '' });
      await expect
        .poll(() => parameterInput('identifier').inputValue(), { timeout: WAIT_DEADLINE_MS })
        .toBe(example.value);
      const group = defaultFixtures.groups.find(
        (candidate) =>
          candidate.jid === example.value ||
          candidate.inviteCode === example.value ||
          String(example.value).endsWith(`/${candidate.inviteCode}`),
      );
      expect(group, `a fixture group is named by ${example.value}`).toBeDefined();

      const shown = await execute(proxy.url);
      expect(shown).toMatchObject({ status: '200', body: { groupJid: group?.jid } });
      expect(proxy.exchanges.at(-1)?.url).toBe(
        `/api/group/leave/${settings.instance}?identifier=${encodeURIComponent(String(example.value))}`,
      );
    },
  );

  test('the token is prefilled from the fixtures and editable', async () => {
    await openConsole(proxy.url);
    await page.getByLabel('Token', { exact: true }).fill('a-token-nobody-issued');
    const shown = await execute(proxy.url);
    expect(shown.status).toBe('401');
    expect(proxy.exchanges.at(-1)?.requestHeaders.token).toBe('a-token-nobody-issued');
    expect(sandbox.state.isMember(settings.instance, String(identifier.example))).toBe(true);
  });

  test('the sandbox address defaults to the local one and can point anywhere', async () => {
    await page.goto(new URL(sitePages.tryIt, site.url).href);
    const address = page.getByLabel('Sandbox address');
    await expect
      .poll(() => address.inputValue(), { timeout: WAIT_DEADLINE_MS })
      .toBe(DEFAULT_SANDBOX_URL);

    await address.fill('ftp://127.0.0.1:4020');
    await page.getByRole('button', { name: 'Use this sandbox' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'is not an http or https address' })
      .waitFor({ state: 'visible', timeout: WAIT_DEADLINE_MS });
    expect(await address.getAttribute('aria-invalid')).toBe('true');

    // Straight to the sandbox this time, without the proxy.
    await address.fill(`${sandbox.url}/`);
    await page.getByRole('button', { name: 'Use this sandbox' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Requests go to ${sandbox.url}.` })
      .waitFor({ state: 'visible', timeout: WAIT_DEADLINE_MS });
    expect(new URL(page.url()).searchParams.get('sandbox')).toBe(`${sandbox.url}/`);
    await executeButton().waitFor({ state: 'visible', timeout: WAIT_DEADLINE_MS });
    expect((await execute(sandbox.url)).status).toBe('200');
    expect(sandbox.state.isMember(settings.instance, String(identifier.example))).toBe(false);
  });
});

describe('CORS across origins, as the browser enforces it', () => {
  /** A DELETE with the token header from the page, as the console sends it. */
  function leaveFromPage(target: string) {
    return page.evaluate(
      async ({ url, token }) => {
        try {
          const response = await fetch(url, { method: 'DELETE', headers: { token } });
          return {
            status: response.status,
            remaining: response.headers.get('X-RateLimit-Remaining'),
            limit: response.headers.get('X-RateLimit-Limit'),
            reset: response.headers.get('X-RateLimit-Reset'),
          };
        } catch (error) {
          return { refused: String(error) };
        }
      },
      {
        url: `${target}/api/group/leave/${settings.instance}?identifier=${encodeURIComponent(String(identifier.example))}`,
        token: settings.token,
      },
    );
  }

  /** A proxy of its own per test: a new origin, so no preflight answer cached by the browser. */
  async function freshProxy(hooks?: Parameters<typeof startRecordingProxy>[1]) {
    const started = await startRecordingProxy(sandbox.url, hooks);
    allowedOrigins.push(started.url);
    return started;
  }

  test('the sandbox answers the preflight and exposes the rate-limit headers to another origin', async () => {
    const fresh = await freshProxy();
    try {
      await page.goto(new URL(sitePages.tryIt, site.url).href);
      expect(new URL(site.url).origin).not.toBe(new URL(fresh.url).origin);
      expect(await leaveFromPage(fresh.url)).toEqual({
        status: 200,
        remaining: '99',
        limit: '100',
        reset: expect.stringMatching(/^\d+$/),
      });
      expect(fresh.exchanges.map((exchange) => [exchange.method, exchange.status])).toEqual([
        ['OPTIONS', 204],
        ['DELETE', 200],
      ]);
    } finally {
      await fresh.close();
    }
  });

  test('negative control: without the CORS answers the browser refuses the call', async () => {
    const stripped = await freshProxy({
      rewriteResponseHeaders: (headers) =>
        Object.fromEntries(
          Object.entries(headers).filter(([name]) => !name.startsWith('access-control-')),
        ),
    });
    try {
      await page.goto(new URL(sitePages.tryIt, site.url).href);
      expect(await leaveFromPage(stripped.url)).toEqual({
        refused: expect.stringContaining('Failed to fetch'),
      });
      expect(stripped.exchanges.map((exchange) => exchange.method)).toEqual(['OPTIONS']);
      expect(sandbox.state.isMember(settings.instance, String(identifier.example))).toBe(true);
    } finally {
      traffic.failed.splice(0); // the refused call is this test's point
      traffic.consoleErrors.splice(0);
      await stripped.close();
    }
  });
});
