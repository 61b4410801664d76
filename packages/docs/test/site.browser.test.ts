/**
 * The built site (dist/) in Debian's Chromium, served by the package's own static server on
 * 127.0.0.1. Everything expected is derived from the bundled spec. After every test, the
 * session must have made no request to another host, no failed request and no console error.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { REDOC_CDN_IMAGES } from '../src/self-contained-page.ts';
import { bundledSpec, distDir, packageDir, sitePages } from '../src/site-paths.ts';
import { readBundledSpec } from '../src/spec-summary.ts';
import { type RunningStaticServer, startStaticServer } from '../src/static-server.ts';
import {
  type AuditResult,
  audit,
  describeFinding,
  RENDERER_VIOLATIONS,
} from './support/accessibility.ts';
import { type Browser, launchBrowser, recordTraffic, type TrafficLog } from './support/browser.ts';
import {
  openOperation,
  operationHeading,
  requestPanel,
  STEP_TIMEOUT_MS,
  search,
  selectCodeSample,
  shownCode,
} from './support/reference-page.ts';
import { looksBlank, measureScreenshot } from './support/screenshot-content.ts';

const spec = readBundledSpec();
const outputDir = join(packageDir, 'test-output');
const screenshotFile = join(outputDir, 'reference-operation.png');
const axeSummaryFile = join(outputDir, 'axe-summary.json');

let server: RunningStaticServer;
let browser: Browser;
let traffic: TrafficLog;
let page: Page;
const audits: AuditResult[] = [];

async function expectAccessible(name: string, include?: string): Promise<void> {
  const result = await audit(page, name, include);
  audits.push(result);
  expect(result.blocking.map(describeFinding), `axe: ${name}`).toEqual([]);
}

beforeAll(async () => {
  server = await startStaticServer({ root: distDir, port: 0 });
  browser = await launchBrowser();
  traffic = await recordTraffic(browser.context, server.url);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
});

afterEach(() => {
  const { external, failed, consoleErrors, pageErrors } = traffic;
  const seen = {
    external: [...external],
    failed: [...failed],
    consoleErrors: [...consoleErrors],
    pageErrors: [...pageErrors],
  };
  traffic.clear();
  expect(seen, 'requests to other hosts, failed requests and console errors').toEqual({
    external: [],
    failed: [],
    consoleErrors: [],
    pageErrors: [],
  });
});

afterAll(async () => {
  await mkdir(outputDir, { recursive: true });
  await writeFile(axeSummaryFile, `${JSON.stringify(audits, null, 2)}\n`);
  await browser?.close();
  await server?.close();
});

describe('landing page', () => {
  test('links to the reference, both spec downloads, the three SDKs, the mock, the sandbox, the MCP server and llms.txt', async () => {
    await page.goto(server.url);
    for (const href of [
      sitePages.reference,
      sitePages.specYaml,
      sitePages.specJson,
      sitePages.sdkReadme,
      sitePages.pythonSdkReadme,
      sitePages.goSdkReadme,
      sitePages.mockReadme,
      sitePages.sandboxReadme,
      sitePages.mcpReadme,
      sitePages.llmsIndex,
      sitePages.llmsFull,
    ]) {
      await page
        .locator(`main a[href="${href}"]`)
        .first()
        .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    }
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of new Set(hrefs)) {
      expect(new URL(href).origin, `${href} stays on the site`).toBe(new URL(server.url).origin);
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    const downloads = [
      [sitePages.specYaml, bundledSpec.yaml],
      [sitePages.specJson, bundledSpec.json],
    ] as const;
    for (const [sitePath, source] of downloads) {
      const served = await (await page.request.get(new URL(sitePath, server.url).href)).body();
      expect(
        served.equals(readFileSync(source)),
        `${sitePath} is the bundled spec, byte for byte`,
      ).toBe(true);
    }
    await expectAccessible('landing page');
  });

  test.each(spec.operations)(
    'lists $method $path with every response and its exact message',
    async (operation) => {
      await page.goto(server.url);
      const table = page.locator('table').filter({ hasText: operation.summary });
      await table.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      const rows = (await table.locator('tbody tr').allInnerTexts()).map((row) => row.split('\t'));
      const expected = operation.responses.flatMap((response) =>
        response.examples.map((example) => {
          const value = example.value as { message?: string; error?: { message?: string } };
          return [
            response.status,
            example.summary ?? example.name,
            value.error?.message ?? value.message ?? '',
          ];
        }),
      );
      expect(rows).toEqual(expected);
    },
  );

  test.each(spec.operations)(
    'the link to $method $path opens it in the reference',
    async (operation) => {
      await page.goto(server.url);
      await page.locator('.operation h3 a').filter({ hasText: operation.path }).click();
      await operationHeading(page, operation).waitFor({
        state: 'visible',
        timeout: STEP_TIMEOUT_MS,
      });
    },
  );
});

describe('reference page', () => {
  test.each(spec.operations)(
    'renders $method $path with its method and path',
    async (operation) => {
      await openOperation(page, server.url, operation);
      const panel = requestPanel(page, operation);
      await panel.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      const method = panel.locator('[data-component-name="Tag/Tag"]').first();
      // biome-ignore lint/performance/useDomNodeTextContent: the test reads the text as rendered (CSS may transform case).
      expect((await method.innerText()).trim()).toBe(operation.method.toUpperCase());
      expect(await panel.getByText(operation.path, { exact: true }).isVisible()).toBe(true);

      // The attribution logo is served by the site itself (see src/self-contained-page.ts).
      const logo = page.locator('img[alt="redocly logo"]');
      await logo.waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      const logoSource = await logo.evaluate((image) => (image as HTMLImageElement).src);
      expect(REDOC_CDN_IMAGES.map((image) => new URL(image.local, server.url).href)).toContain(
        logoSource,
      );

      await mkdir(outputDir, { recursive: true });
      const png = await page.screenshot({ path: screenshotFile });
      const content = await measureScreenshot(browser.context, png);
      expect(looksBlank(content), `${screenshotFile} is blank: ${JSON.stringify(content)}`).toBe(
        false,
      );

      await expectAccessible(`reference: ${operation.summary}`);
    },
  );

  test.each(spec.operations)('shows every response status of $method $path', async (operation) => {
    await openOperation(page, server.url, operation);
    const tabs = page.getByRole('tablist', { name: 'Response status' }).getByRole('tab');
    await tabs.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    expect((await tabs.allInnerTexts()).map((text) => text.trim())).toEqual(
      operation.responses.map((response) => response.status),
    );
    const responsePanel = page.locator('.panel-response-samples');
    for (const response of operation.responses) {
      const tab = tabs.filter({ hasText: new RegExp(`^${response.status}$`) });
      expect(await tab.isVisible(), `status ${response.status} is visible`).toBe(true);
      await tab.click();
      const first = response.examples[0]?.value as {
        message?: string;
        error?: { message?: string };
      };
      const message = first?.error?.message ?? first?.message;
      if (message) {
        await responsePanel
          .getByText(`"${message}"`, { exact: true })
          .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
      }
    }
  });

  test.each(spec.operations)(
    'switches the code samples of $method $path between languages',
    async (operation) => {
      expect(operation.codeSamples.length, 'samples in x-codeSamples').toBeGreaterThan(1);
      await openOperation(page, server.url, operation);
      // Start from the last sample so that every selection below is a real switch.
      const samples = [...operation.codeSamples.slice(-1), ...operation.codeSamples];
      for (const sample of samples) {
        await selectCodeSample(page, operation, sample.label);
        await expect
          .poll(async () => ((await shownCode(page, operation).textContent()) ?? '').trimEnd(), {
            timeout: STEP_TIMEOUT_MS,
            message: `the panel shows the ${sample.label} sample`,
          })
          .toBe(sample.source.trimEnd());
      }
      for (const sample of operation.codeSamples) {
        await selectCodeSample(page, operation, sample.label);
        await expectAccessible(`reference: ${sample.label} sample`, '.panel-request-samples');
      }
    },
  );

  test.each(spec.operations)('search finds $method $path', async (operation) => {
    await page.goto(new URL(sitePages.reference, server.url).href);
    // The attribution logo appears once Redoc has hydrated the overview.
    await page
      .locator('img[alt="redocly logo"]')
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await expectAccessible('reference: overview');
    const results = await search(page, operation.summary);
    const hit = results.filter({ hasText: operation.summary }).filter({ hasText: operation.path });
    await hit.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await expectAccessible(`reference: search for "${operation.summary}"`);
    await hit.first().click();
    await operationHeading(page, operation).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  });
});

test('the blank-page check rejects a page that rendered nothing', async () => {
  await page.goto('about:blank');
  const content = await measureScreenshot(browser.context, await page.screenshot());
  expect(looksBlank(content), JSON.stringify(content)).toBe(true);
});

describe('README pages', () => {
  test.each([
    { page: sitePages.sdkReadme, title: '@ryzeapi/sdk' },
    { page: sitePages.pythonSdkReadme, title: 'the Python client' },
    { page: sitePages.goSdkReadme, title: 'the Go SDK' },
    { page: sitePages.mockReadme, title: '@ryzeapi/mock' },
    { page: sitePages.sandboxReadme, title: '@ryzeapi/sandbox' },
    { page: sitePages.mcpReadme, title: '@ryzeapi/mcp' },
  ])('$page renders the README of $title', async ({ page: readmePage, title }) => {
    await page.goto(new URL(readmePage, server.url).href);
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: title })
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
    await expectAccessible(`README page ${readmePage}`);
  });
});

test('every renderer-owned accessibility exception listed still occurs', () => {
  const seen = new Set(audits.flatMap((result) => result.renderer.map((finding) => finding.rule)));
  for (const known of RENDERER_VIOLATIONS) {
    expect(
      seen.has(known.rule),
      `${known.rule} within ${known.within}: remove it from RENDERER_VIOLATIONS and the README`,
    ).toBe(true);
  }
});
