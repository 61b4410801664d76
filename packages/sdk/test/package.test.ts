import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = new URL('..', import.meta.url).pathname;

/** Runs a tool from the package's node_modules/.bin in the package directory. */
function tool(name: string, ...args: string[]) {
  return run(`node_modules/.bin/${name}`, args, { cwd: packageDir, encoding: 'utf8' });
}

// These check the built dist/ (turbo builds it before the tests), as published.
describe('the published package', () => {
  it('passes publint, strict, with no suggestion either', async () => {
    const { stdout } = await tool('publint', '--strict', '--pack', 'npm');
    expect(stdout).toContain('All good!');
  });

  it('has types that resolve in every mode (attw --pack)', async () => {
    // attw exits non-zero on any problem, which rejects the promise with its report.
    const { stdout } = await tool('attw', '--pack', '.', '--format', 'json');
    expect(JSON.parse(stdout).analysis.problems).toEqual([]);
  });

  it('stays within its size-limit budget, minified and brotlied with openapi-fetch', async () => {
    const { stdout } = await tool('size-limit', '--json').catch((error) => error);
    const [result] = JSON.parse(stdout) as { size: number; sizeLimit: number; passed: boolean }[];
    expect(
      result?.size,
      `bundle of ${result?.size} B over the budget of ${result?.sizeLimit} B`,
    ).toBeLessThanOrEqual(result?.sizeLimit ?? 0);
  });
});
