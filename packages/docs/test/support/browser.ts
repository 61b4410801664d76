import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '@ryzeapi/test-support/chromium';
import { type BrowserContext, chromium } from 'playwright-core';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, removed again by `close()`. */
export async function launchBrowser(): Promise<Browser> {
  const launchOptions = chromiumLaunchOptions();
  const profileDir = await mkdtemp(join(tmpdir(), 'ryzeapi-docs-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    ...launchOptions,
    viewport: { width: 1400, height: 1000 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** What the pages of a context did on the network and in the console, for the assertions. */
export interface TrafficLog {
  /** Requests to anywhere but the site's own origin (blocked before they leave). */
  external: string[];
  /** Requests that failed, or that the server answered with an error status. */
  failed: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Forgets everything recorded so far. */
  clear(): void;
}

/** True for URLs that stay on the site: its origin, and data:/blob:/about: URLs made from it. */
function staysOnSite(url: string, siteOrigin: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'about:') return true;
  if (parsed.protocol === 'blob:') return new URL(parsed.pathname).origin === siteOrigin;
  return parsed.origin === siteOrigin;
}

/**
 * An empty log that the context's failed requests, console errors and page errors go to: what
 * `watchTraffic` and `recordTraffic` share; each adds how it treats requests to other origins.
 */
function logPageTrouble(context: BrowserContext): TrafficLog {
  const log: TrafficLog = {
    external: [],
    failed: [],
    consoleErrors: [],
    pageErrors: [],
    clear() {
      for (const list of [log.external, log.failed, log.consoleErrors, log.pageErrors]) {
        list.length = 0;
      }
    },
  };
  context.on('requestfailed', (request) => {
    log.failed.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  context.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      log.consoleErrors.push(`${message.text()} (${url}:${lineNumber})`);
    }
  });
  context.on('weberror', (error) => log.pageErrors.push(error.error().message));
  return log;
}

/**
 * Like `recordTraffic`, but only watches: requests to origins other than those of `allowedOrigins`
 * (read at each request, so a test may add one) are
 * recorded as external, not blocked. For pages that call another origin, because any
 * `context.route()` makes Playwright answer CORS preflights itself, which would hide a server
 * whose CORS answers are wrong.
 */
export function watchTraffic(context: BrowserContext, allowedOrigins: string[]): TrafficLog {
  const log = logPageTrouble(context);
  context.on('request', (request) => {
    const url = request.url();
    if (!allowedOrigins.some((allowed) => staysOnSite(url, new URL(allowed).origin))) {
      log.external.push(`${request.method()} ${url}`);
    }
  });
  return log;
}

/**
 * Records every request, failure and console error of the context, and blocks any request to
 * another origin: it is recorded as external and never reaches the network.
 */
export async function recordTraffic(context: BrowserContext, siteUrl: string): Promise<TrafficLog> {
  const siteOrigin = new URL(siteUrl).origin;
  const log = logPageTrouble(context);
  await context.route(
    (url) => !staysOnSite(url.href, siteOrigin),
    (route) => {
      log.external.push(`${route.request().method()} ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  context.on('response', (response) => {
    if (response.status() >= 400) log.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return log;
}
