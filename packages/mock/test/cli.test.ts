import { createServer as createHttpServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { cliRunner, describeServerCli, runPrintedCurl } from '@ryzeapi/local-server/cli-tests';
import {
  exitOf,
  outputOf,
  PrintedLines,
  refusesConnections,
} from '@ryzeapi/test-support/child-processes';
import { listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import { describe, expect, it } from 'vitest';
import { exampleValue } from './support/spec-examples.ts';

const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const runCli = cliRunner(cliPath);

describeServerCli({
  path: cliPath,
  command: 'ryzeapi-mock',
  badFlags: [
    { given: ['--port', 'abc'], want: '--port must be an integer from 0 to 65535, got "abc"' },
    { given: ['--port', '99999'], want: '--port must be an integer from 0 to 65535, got "99999"' },
    { given: ['--colour'], want: "Unknown option '--colour'" },
  ],
});

describe('ryzeapi-mock', () => {
  it('prints its URL and requests to paste, which work, and stops cleanly on Ctrl-C', async () => {
    const child = runCli('--port', '0', '--quiet');
    const printed = new PrintedLines(child);
    const url = (await printed.next(/listening on (http:\/\/\S+)$/))[1] as string;
    const success = await printed.next(/^\s+curl .*any-value'$/);
    const notFound = await printed.next(/^\s+curl .*Prefer: code=404.*$/);

    expect(await runPrintedCurl(success[0])).toEqual({
      status: 200,
      body: exampleValue('LeftGroup'),
    });
    expect(await runPrintedCurl(notFound[0])).toEqual({
      status: 404,
      body: exampleValue('GroupNotFoundOrNotMember'),
    });

    child.kill('SIGINT');
    expect(await exitOf(child)).toEqual({ code: 0, signal: null });
    expect(await refusesConnections(url)).toBe(true);
  });

  it("prints Prism's request log unless --quiet", async () => {
    const printed = new PrintedLines(runCli('--port', '0'));
    await runPrintedCurl((await printed.next(/^\s+curl .*any-value'$/))[0]);
    await printed.next(/Responding with "200"/);
  });

  it('--proxy forwards to a server and checks its responses against the spec', async () => {
    const upstream = createHttpServer((_request, response) => {
      // Keeps to the spec's body but leaves out the rate-limit headers every response must carry.
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(exampleValue('LeftGroup')));
    });
    await listenOnLoopback(upstream);
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as { port: number }).port}`;
    try {
      const printed = new PrintedLines(runCli('--port', '0', '--quiet', '--proxy', upstreamUrl));
      const match = await printed.next(
        /Prism proxy in front of (\S+) .*listening on (http:\/\/\S+)$/,
      );
      expect(match[1]).toBe(upstreamUrl);
      const response = await fetch(`${match[2]}/api/group/leave/x?identifier=ABC123XYZ`, {
        method: 'DELETE',
        headers: { token: 'any-value' },
      });
      expect(response.status).toBe(500);
      expect(response.headers.get('sl-violations')).toContain('x-ratelimit-limit');
    } finally {
      upstream.closeAllConnections();
      upstream.close();
    }
  });

  it('names its own, the spec and Prism versions', async () => {
    const { code, stdout } = await outputOf(runCli('--version'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^@ryzeapi\/mock \S+, spec "RyzeAPI Groups" \S+, Prism 5\.14\.2$/m);
  });
});
