import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { cliRunner, describeServerCli, runPrintedCurl } from '@ryzeapi/local-server/cli-tests';
import {
  exitOf,
  outputOf,
  PrintedLines,
  refusesConnections,
} from '@ryzeapi/test-support/child-processes';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { envelope, left } from './support/requests.ts';

const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const runCli = cliRunner(cliPath);
const folder = mkdtempSync(join(tmpdir(), 'ryzeapi-sandbox-cli-'));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeServerCli({
  path: cliPath,
  command: 'ryzeapi-sandbox',
  badFlags: [
    { given: ['--port', 'abc'], want: '--port must be a whole number from 0 to 65535, got "abc"' },
    { given: ['--rate-limit', '0'], want: '--rate-limit must be a whole number from 1' },
    {
      given: ['--rate-window', 'soon'],
      want: '--rate-window must be a positive number of seconds, got "soon"',
    },
    { given: ['--colour'], want: "Unknown option '--colour'" },
  ],
});

describe('ryzeapi-sandbox', () => {
  it('prints its URL, the fixtures and requests to paste, which work, and stops on Ctrl-C', async () => {
    const child = runCli('--port', '0', '--rate-limit', '2');
    const printed = new PrintedLines(child);
    const url = (await printed.next(/listening on (http:\/\/\S+)$/))[1] as string;
    await printed.next(/^Rate limit: 2 requests per 60 s per token\.$/);
    await printed.next(/^\s+sandbox-account\s+account token: sandbox-token-account$/);
    await printed.next(
      /^\s+my-instance .*connected\)\s+instance token: sandbox-token-my-instance$/,
    );
    await printed.next(/^\s+120363406289005073@g\.us\s+Sandbox group$/);
    const byJid = (
      await printed.next(/^\s+curl -i -X DELETE '.*identifier=120363406289005073%40g\.us' .*$/)
    )[0];
    const byLink = (await printed.next(/^\s+curl -i -X DELETE -G .*--data-urlencode .*$/))[0];
    const state = (await printed.next(/^\s+curl -s '.*\/__sandbox\/state'$/))[0];

    expect(await runPrintedCurl(byJid)).toEqual({
      status: 200,
      body: left('120363406289005073@g.us'),
    });
    expect(await runPrintedCurl(byLink)).toEqual({
      status: 404,
      body: envelope('Group not found or you are not a member of this group'),
    });
    expect(await runPrintedCurl(byJid)).toEqual({
      status: 429,
      body: envelope('Rate limit exceeded. Try again later.'),
    });
    expect(byJid).toContain(`'${url}/api/group/leave/my-instance?`);
    expect(byJid).not.toMatch(/[?&]token=/);
    const response = await fetch(`${url}/__sandbox/state`);
    expect(response.status).toBe(200);
    expect(state).toContain(url);

    child.kill('SIGINT');
    expect(await exitOf(child)).toEqual({ code: 0, signal: null });
    expect(await refusesConnections(url)).toBe(true);
  });

  it('serves a fixture file and prints what it holds', async () => {
    const path = join(folder, 'fixtures.json');
    writeFileSync(
      path,
      JSON.stringify({
        accounts: [{ name: 'acme', token: 'acme-token' }],
        instances: [{ name: 'shop', account: 'acme', token: 'shop-token' }],
        groups: [{ jid: '120363000000000001@g.us', inviteCode: 'SHOP1', members: ['shop'] }],
      }),
    );
    const printed = new PrintedLines(runCli('--port', '0', '--fixtures', path));
    await printed.next(new RegExp(`^Fixtures \\(${path}\\):$`));
    await printed.next(/^\s+shop .*instance token: shop-token$/);
    const byJid = (await printed.next(/^\s+curl -i -X DELETE '.*leave\/shop\?identifier=.*$/))[0];
    expect(await runPrintedCurl(byJid)).toEqual({
      status: 200,
      body: left('120363000000000001@g.us'),
    });
  });

  it('refuses a bad fixture file, naming the field, and exits with 1', async () => {
    const path = join(folder, 'bad.json');
    writeFileSync(path, JSON.stringify({ accounts: [], instances: [], groups: [{ jid: 'x' }] }));
    const { code, stderr } = await outputOf(runCli('--port', '0', '--fixtures', path));
    expect(code).toBe(1);
    expect(stderr).toContain(`${path} is not a valid fixture file`);
    expect(stderr).toContain('/groups/0: the field "inviteCode" is missing');
    expect(stderr).toContain('/groups/0/jid: "x" is not a group JID');
  });

  it('names its own and the spec versions', async () => {
    expect((await outputOf(runCli('--version'))).stdout).toMatch(
      /^@ryzeapi\/sandbox \S+, spec "RyzeAPI Groups" \S+$/m,
    );
  });
});

describe('ryzeapi-sandbox beyond loopback', () => {
  const secret = 'a-control-secret-for-tests';
  afterEach(() => vi.unstubAllEnvs());

  it('refuses to start without a control secret and exits with 1, saying how to give one', async () => {
    const { code, stdout, stderr } = await outputOf(runCli('--port', '0', '--host', '0.0.0.0'));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('The sandbox would listen on 0.0.0.0, beyond this machine');
    expect(stderr).toContain('RYZEAPI_SANDBOX_CONTROL_SECRET');
  });

  it('refuses a short secret without printing it', async () => {
    const { code, stderr } = await outputOf(
      runCli('--port', '0', '--host', '0.0.0.0', '--control-secret', 'hunter2'),
    );
    expect(code).toBe(1);
    expect(stderr).toContain('at least 16 characters, got one of 7 (not shown)');
    expect(stderr).not.toContain('hunter2');
  });

  it('takes the secret from its environment variable, prints requests that send it, never the secret', async () => {
    vi.stubEnv('RYZEAPI_SANDBOX_CONTROL_SECRET', secret);
    const child = runCli('--port', '0', '--host', '0.0.0.0');
    let everything = '';
    child.stdout?.on('data', (chunk) => {
      everything += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      everything += chunk;
    });
    const printed = new PrintedLines(child);
    const port = (await printed.next(/listening on http:\/\/\S+:(\d+)$/))[1] as string;
    await printed.next(
      /^Control API: needs the control secret in the X-Sandbox-Control-Secret header\.$/,
    );
    const state = (await printed.next(/^\s+curl -s '.*\/__sandbox\/state' -H .*$/))[0];
    expect(state).toContain('"X-Sandbox-Control-Secret: $RYZEAPI_SANDBOX_CONTROL_SECRET"');

    const onLoopback = state.replace(/\/\/[^/]+:\d+/, `//127.0.0.1:${port}`).trim();
    const { stdout } = await promisify(execFile)('sh', ['-c', onLoopback], {
      env: { ...process.env, RYZEAPI_SANDBOX_CONTROL_SECRET: secret },
    });
    expect(JSON.parse(stdout)).toHaveProperty('groups');
    const without = await fetch(`http://127.0.0.1:${port}/__sandbox/state`);
    expect(without.status).toBe(401);

    child.kill('SIGINT');
    expect(await exitOf(child)).toEqual({ code: 0, signal: null });
    expect(everything).not.toContain(secret);
  });
});
