import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright-core';

/** Debian's Chromium: playwright-core drives it and never downloads a browser of its own. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The browser the tests drive: `CHROME_PATH` when set (a machine without Debian's package), else Debian's Chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROME_PATH || CHROMIUM_PATH;
}

/**
 * Without the background-networking flags Chromium keeps calling Google's services, which floods
 * a closed network with refused connections.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The options for `chromium.launch()` or `chromium.launchPersistentContext()`: the browser of
 * `chromiumPath()`, headless, with the flags above. Throws, saying what to do, when it is missing.
 */
export function chromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env): LaunchOptions {
  const executablePath = chromiumPath(env);
  if (!existsSync(executablePath)) {
    throw new Error(
      env.CHROME_PATH
        ? `CHROME_PATH is ${env.CHROME_PATH}, where there is no browser: point it at a Chrome or Chromium binary, or unset it to use Debian's chromium.`
        : `No Chromium at ${CHROMIUM_PATH}: install Debian's package (scripts/install-system-packages.sh does, as root; pnpm test runs it), or set CHROME_PATH to a Chrome or Chromium binary.`,
    );
  }
  return { executablePath, headless: true, args: CHROMIUM_ARGS };
}
