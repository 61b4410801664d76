import { execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runPrintedCurl } from '@ryzeapi/local-server/cli-tests';
import { exitOf, PrintedLines, refusesConnections } from '@ryzeapi/test-support/child-processes';
import { installPackedPackage } from '@ryzeapi/test-support/packed-package';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { envelope, left } from './support/requests.ts';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const SEED_JID = '120363406289005073@g.us';

/** The package as a user gets it: packed, installed by npm outside the workspace, run by npx. */
describe('the packed package, installed outside the workspace', () => {
  let consumer: string;
  beforeAll(async () => {
    consumer = await installPackedPackage(packageDir, 'ryzeapi-sandbox-consumer-');
  });
  afterAll(() => {
    if (consumer) rmSync(consumer, { recursive: true, force: true });
  });

  it("npx answers the seed's curl example 200, then 404, then 429, and stops on Ctrl-C", async () => {
    // Its own process group, so that Ctrl-C reaches npx and everything it started, as from a terminal.
    const npx = spawn('npx', ['--offline', 'ryzeapi-sandbox', '--port', '0', '--rate-limit', '2'], {
      cwd: consumer,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const printed = new PrintedLines(npx);
      const url = (await printed.next(/listening on (http:\/\/\S+)$/))[1] as string;
      const seedExample = (
        await printed.next(/^\s+curl -i -X DELETE '.*identifier=120363406289005073%40g\.us' .*$/)
      )[0];
      expect(await runPrintedCurl(seedExample)).toEqual({ status: 200, body: left(SEED_JID) });
      expect(await runPrintedCurl(seedExample)).toEqual({
        status: 404,
        body: envelope('Group not found or you are not a member of this group'),
      });
      expect(await runPrintedCurl(seedExample)).toEqual({
        status: 429,
        body: envelope('Rate limit exceeded. Try again later.'),
      });

      process.kill(-(npx.pid as number), 'SIGINT');
      await exitOf(npx);
      expect(await refusesConnections(url)).toBe(true);
    } finally {
      if (npx.exitCode === null && npx.signalCode === null)
        process.kill(-(npx.pid as number), 'SIGKILL');
    }
  });

  it.each([
    {
      system: 'an ES module',
      flags: ['--input-type=module'],
      load: "const { startSandbox } = await import('@ryzeapi/sandbox');",
    },
    {
      system: 'a CommonJS program',
      flags: ['--input-type=commonjs'],
      load: "const { startSandbox } = require('@ryzeapi/sandbox');",
    },
  ])('starts and stops from $system through its exports', async ({ flags, load }) => {
    const program = `
      (async () => {
        ${load}
        const sandbox = await startSandbox();
        const leave = () => fetch(sandbox.url + '/api/group/leave/my-instance?identifier=ABC123XYZ',
          { method: 'DELETE', headers: { token: 'sandbox-token-my-instance' } });
        console.log((await leave()).status, (await leave()).status);
        await sandbox.stop();
      })();
    `;
    const { stdout } = await run(process.execPath, [...flags, '-e', program], { cwd: consumer });
    expect(stdout.trim()).toBe('200 404');
  });
});
