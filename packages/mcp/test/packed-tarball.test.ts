import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { startSandbox } from '@ryzeapi/sandbox';
import { pnpmPack } from '@ryzeapi/test-support/pnpm-pack';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { startRecordingProxy } from '@ryzeapi/test-support/recording-proxy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packagesDir = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A consumer's project outside the workspace, where npm installs the packed server and the packed
 * SDK it depends on (not on the registry yet); their other dependencies come from npm's cache when
 * it has them.
 */
describe('the packed server, started by an MCP client over stdio', () => {
  const consumer = mkdtempSync(join(tmpdir(), 'ryzeapi-mcp-consumer-'));
  beforeAll(async () => {
    const tarballs = [
      await pnpmPack(join(packagesDir, 'sdk'), consumer),
      await pnpmPack(join(packagesDir, 'mcp'), consumer),
    ];
    writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
    await run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        ...tarballs.map((t) => `./${t}`),
      ],
      { cwd: consumer },
    );
  });
  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  // npx and a cold Node on a busy machine can take long to answer: the MCP client's 60 s default
  // is replaced by the tests' wait deadline, which ends a hang without measuring.
  it('lists leave_group and leaves a sandbox group, as a host running npx ryzeapi-mcp would', async () => {
    const token = 'sandbox-token-my-instance';
    const jid = '120363406289005073@g.us';
    const sandbox = await startSandbox({ port: 0 });
    const proxy = await startRecordingProxy(sandbox.url);
    const transport = new StdioClientTransport({
      command: 'npx',
      args: ['--offline', 'ryzeapi-mcp'],
      env: { RYZEAPI_TOKEN: token, RYZEAPI_BASE_URL: proxy.url },
      cwd: consumer,
      stderr: 'pipe',
    });
    const stderr: string[] = [];
    transport.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
    const client = new Client({ name: 'packed-test-host', version: '0.0.0' });
    try {
      await client.connect(transport, { timeout: WAIT_DEADLINE_MS });
      const { tools } = await client.listTools(undefined, { timeout: WAIT_DEADLINE_MS });
      expect(tools.map((tool) => tool.name)).toEqual(['leave_group']);
      const result = (await client.callTool(
        { name: 'leave_group', arguments: { instance: 'my-instance', identifier: jid } },
        undefined,
        { timeout: WAIT_DEADLINE_MS },
      )) as CallToolResult;
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toMatchObject({ success: true, groupJid: jid });
      expect(sandbox.state.isMember('my-instance', jid)).toBe(false);
      expect(proxy.exchanges.map(({ method, url, status }) => ({ method, url, status }))).toEqual([
        {
          method: 'DELETE',
          url: '/api/group/leave/my-instance?identifier=120363406289005073%40g.us',
          status: 200,
        },
      ]);
      expect(proxy.exchanges[0]?.requestHeaders['user-agent']).toMatch(
        /^@ryzeapi\/mcp\/\S+ @ryzeapi\/sdk\//,
      );
    } finally {
      await client.close();
      await proxy.close();
      await sandbox.stop();
    }
    expect(stderr.join('')).toContain('serving leave_group over stdio');
    expect(stderr.join('')).not.toContain(token);
  });
});
