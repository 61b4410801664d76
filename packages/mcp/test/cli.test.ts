import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
// The built bin, as the package ships it (turbo builds before testing).
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Runs `ryzeapi-mcp` with only `env` (and PATH), stdin closed; resolves however it exits. */
async function start(env: Record<string, string>) {
  const child = run(process.execPath, [cli], { env: { PATH: process.env.PATH, ...env } });
  child.child.stdin?.end();
  return child.then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('ryzeapi-mcp at start', () => {
  it('exits 1 with a clear message on stderr when RYZEAPI_TOKEN is missing', async () => {
    const { code, stdout, stderr } = await start({});
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'ryzeapi-mcp: RYZEAPI_TOKEN is not set: set it to a RyzeAPI TokenInstance or TokenAccount token in the "env" of this server\'s entry in your MCP host\'s configuration\n',
    );
  });

  it('exits 1 when RYZEAPI_BASE_URL is not an http(s) URL, without showing the token', async () => {
    const token = 'cli-test-token-52e1';
    const { code, stdout, stderr } = await start({
      RYZEAPI_TOKEN: token,
      RYZEAPI_BASE_URL: `ftp://${token}@example.com`,
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^ryzeapi-mcp: The baseUrl .* is not an http\(s\) URL/);
    expect(stderr).not.toContain(token);
  });

  it('serves over stdio and says so on stderr only, ending when stdin closes', async () => {
    const { code, stdout, stderr } = await start({
      RYZEAPI_TOKEN: 'cli-test-token-52e1',
      RYZEAPI_BASE_URL: 'http://127.0.0.1:9',
    });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^ryzeapi-mcp: @ryzeapi\/mcp\/\S+ serving leave_group over stdio for http:\/\/127\.0\.0\.1:9\n$/,
    );
    expect(stderr).not.toContain('cli-test-token-52e1');
  });
});
