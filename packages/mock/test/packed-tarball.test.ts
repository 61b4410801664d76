import { execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { runPrintedCurl } from '@ryzeapi/local-server/cli-tests';
import { exitOf, PrintedLines, refusesConnections } from '@ryzeapi/test-support/child-processes';
import { installPackedPackage } from '@ryzeapi/test-support/packed-package';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleValue } from './support/spec-examples.ts';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * A consumer's project in a temporary folder outside the workspace, with the packed tarball
 * installed by npm: nothing can be found in this repository's node_modules from there.
 * Prism's dependencies come from npm's cache when it has them (--prefer-offline).
 */
describe('the packed package, installed outside the workspace', () => {
  let consumer: string;
  beforeAll(async () => {
    consumer = await installPackedPackage(packageDir, 'ryzeapi-mock-consumer-');
  });
  afterAll(() => {
    if (consumer) rmSync(consumer, { recursive: true, force: true });
  });

  it('runs with npx, serves the spec it ships with, and stops on Ctrl-C', async () => {
    // Its own process group, so that Ctrl-C can be sent the way a terminal sends it: to npx and
    // everything npx started.
    const npx = spawn('npx', ['--offline', 'ryzeapi-mock', '--port', '0', '--quiet'], {
      cwd: consumer,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const printed = new PrintedLines(npx);
      const url = (await printed.next(/listening on (http:\/\/\S+)$/))[1] as string;
      expect(await runPrintedCurl((await printed.next(/^\s+curl .*any-value'$/))[0])).toEqual({
        status: 200,
        body: exampleValue('LeftGroup'),
      });

      process.kill(-(npx.pid as number), 'SIGINT');
      await exitOf(npx);
      expect(await refusesConnections(url)).toBe(true);
    } finally {
      if (npx.exitCode === null && npx.signalCode === null)
        process.kill(-(npx.pid as number), 'SIGKILL');
    }
  });

  it('starts and stops from code through its exports', async () => {
    const program = `
      import { startMock } from '@ryzeapi/mock';
      const mock = await startMock({ startTimeoutMs: ${WAIT_DEADLINE_MS} });
      const response = await fetch(mock.url + '/api/group/leave/my-instance?identifier=ABC123XYZ',
        { method: 'DELETE', headers: { token: 'any-value' } });
      console.log(response.status, JSON.stringify(await response.json()));
      await mock.stop();
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', program], {
      cwd: consumer,
    });
    expect(stdout.trim()).toBe(`200 ${JSON.stringify(exampleValue('LeftGroup'))}`);
  });
});
