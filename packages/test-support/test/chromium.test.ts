import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, chromiumLaunchOptions, chromiumPath } from '../src/chromium.ts';

describe('the browser the tests launch', () => {
  it("is Debian's Chromium unless CHROME_PATH says otherwise", () => {
    expect(chromiumPath({})).toBe(CHROMIUM_PATH);
    expect(chromiumPath({ CHROME_PATH: '' })).toBe(CHROMIUM_PATH);
  });

  it('is the one CHROME_PATH names', () => {
    // Any executable stands in for a browser here: launching is not what is tested.
    expect(chromiumLaunchOptions({ CHROME_PATH: process.execPath })).toMatchObject({
      executablePath: process.execPath,
      headless: true,
    });
  });

  it('is refused, naming CHROME_PATH, when CHROME_PATH points at nothing', () => {
    expect(() => chromiumLaunchOptions({ CHROME_PATH: '/nonexistent/chrome' })).toThrow(
      "CHROME_PATH is /nonexistent/chrome, where there is no browser: point it at a Chrome or Chromium binary, or unset it to use Debian's chromium.",
    );
  });
});
