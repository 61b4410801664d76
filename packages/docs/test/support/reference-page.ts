import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import type { Locator, Page } from 'playwright-core';
import { referenceLinkTo } from '../../src/reference-links.ts';
import type { Operation } from '../../src/spec-summary.ts';
import { eventually } from './eventually.ts';

/** How long one step may wait for the page to react before it counts as a hang. */
export const STEP_TIMEOUT_MS = WAIT_DEADLINE_MS;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The operation's heading, matched on its whole text (Redoc adds a link icon beside it). */
export function operationHeading(page: Page, operation: Operation): Locator {
  return page
    .locator('h1, h2')
    .filter({ hasText: new RegExp(`^${escapeRegExp(operation.summary)}$`) });
}

/** The right-hand request panel of the operation: method, path and the code samples. */
export function requestPanel(page: Page, operation: Operation): Locator {
  return page.locator('.panel-request-samples').filter({ hasText: operation.path });
}

/** The code shown in the request panel. */
export function shownCode(page: Page, operation: Operation): Locator {
  return requestPanel(page, operation).locator('pre[data-testid="source-code"]');
}

/**
 * Opens the operation by its deep link. Redoc routes by hash after hydration, so the wait is
 * for the operation's heading, not for the load event.
 */
export async function openOperation(
  page: Page,
  siteUrl: string,
  operation: Operation,
): Promise<void> {
  await page.goto(new URL(referenceLinkTo(operation), siteUrl).href);
  await operationHeading(page, operation).waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
}

/**
 * Picks a code sample in the request panel's language switcher. The switcher's button shows
 * the current sample's label; a click that lands before hydration is lost, so it is retried
 * until the menu opens.
 */
export async function selectCodeSample(
  page: Page,
  operation: Operation,
  label: string,
): Promise<void> {
  const labels = operation.codeSamples.map((sample) => escapeRegExp(sample.label));
  const switcher = requestPanel(page, operation).getByRole('button', {
    name: new RegExp(`^(${labels.join('|')})$`),
  });
  const choice = page.getByRole('menuitem', { name: label, exact: true });
  await eventually(
    async () => {
      await switcher.click({ timeout: STEP_TIMEOUT_MS });
      await choice.waitFor({ state: 'visible', timeout: 2_000 });
    },
    { what: `the code-sample menu of ${operation.summary} to open`, timeoutMs: STEP_TIMEOUT_MS },
  );
  await choice.click({ timeout: STEP_TIMEOUT_MS });
}

/** Opens Redoc's search dialog (retrying clicks lost before hydration) and types a query. */
export async function search(page: Page, query: string): Promise<Locator> {
  const input = page.getByPlaceholder('Search docs...');
  await eventually(
    async () => {
      await page.getByTestId('search-trigger').click({ timeout: STEP_TIMEOUT_MS });
      await input.waitFor({ state: 'visible', timeout: 2_000 });
    },
    { what: 'the search dialog to open', timeoutMs: STEP_TIMEOUT_MS },
  );
  await input.fill(query);
  return page.locator('[data-component-name="Search/SearchItem"]');
}
