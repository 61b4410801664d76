import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toolDefinitions } from '../src/index.ts';
import { type Answer, envelope, startFakeApi } from './support/fake-api.ts';
import { connectInProcess } from './support/in-process.ts';

const token = 'test-token-7f3a9c';
const jid = '120363406289005073@g.us';
const left = { success: true, message: 'Successfully left the group', groupJid: jid };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A fake API with these answers, and an MCP client of a server pointed at it. */
async function serverAgainst(...answers: Answer[]) {
  const api = await startFakeApi(...answers);
  cleanups.push(api.stop);
  const logged: string[] = [];
  const { client, close } = await connectInProcess({
    token,
    baseUrl: api.url,
    log: (line) => logged.push(line),
  });
  cleanups.push(close);
  const leave = (args: Record<string, unknown>) =>
    client.callTool({ name: 'leave_group', arguments: args }) as Promise<CallToolResult>;
  return { api, client, leave, logged };
}

/** `schema` with every `pattern` written as its RegExp's source, so equal patterns compare equal. */
function samePatterns(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === 'pattern' && typeof value === 'string' ? new RegExp(value, 'u').source : value,
  );
}

function textOf(result: CallToolResult): string {
  return result.content.map((block) => (block.type === 'text' ? block.text : '')).join('\n');
}

describe('tools/list', () => {
  it('lists every generated tool with its schemas and annotations as generated', async () => {
    const { client } = await serverAgainst({ status: 200, body: left });
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(toolDefinitions.map((tool) => tool.name));
    for (const [index, tool] of tools.entries()) {
      const definition = toolDefinitions[index];
      expect(tool.title).toBe(definition?.title);
      expect(tool.description).toBe(definition?.description);
      expect(tool.annotations).toEqual(definition?.annotations);
      // The MCP SDK lists the schemas through zod: it names the JSON Schema dialect and writes
      // each pattern as a RegExp's source (`/` escaped); everything else is as generated.
      expect(tool.inputSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(samePatterns({ ...tool.inputSchema, $schema: undefined })).toEqual(
        samePatterns(definition?.inputSchema),
      );
      expect(samePatterns({ ...tool.outputSchema, $schema: undefined })).toEqual(
        samePatterns(definition?.outputSchema),
      );
    }
  });
});

describe('leave_group', () => {
  it('leaves through the SDK and returns the 200 body as structured content', async () => {
    const { api, leave, logged } = await serverAgainst({ status: 200, body: left });
    const result = await leave({ instance: 'my-instance', identifier: jid });
    expect(logged).toEqual([
      `RyzeAPI DELETE ${api.url}/api/group/leave/my-instance?identifier=120363406289005073%40g.us: attempt 1 of 3`,
      'leave_group (DELETE /api/group/leave/{instance}): succeeded',
    ]);
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual(left);
    expect(JSON.parse(textOf(result))).toEqual(left);
    expect(api.requests).toEqual([
      {
        method: 'DELETE',
        url: '/api/group/leave/my-instance?identifier=120363406289005073%40g.us',
        token,
      },
    ]);
  });

  it('abandons the request when the host cancels the call', async () => {
    const { api, client, logged } = await serverAgainst('never');
    const cancel = new AbortController();
    const call = client.callTool(
      { name: 'leave_group', arguments: { instance: 'my-instance', identifier: jid } },
      undefined,
      { signal: cancel.signal },
    );
    await vi.waitFor(() => expect(api.held).toHaveLength(1), { timeout: WAIT_DEADLINE_MS });
    cancel.abort('the user stopped the agent');
    await expect(call).rejects.toThrow('the user stopped the agent');
    // The MCP client tells the server, whose call through the SDK ends and closes its connection.
    await api.held[0]?.closed;
    await vi.waitFor(
      () =>
        expect(logged.at(-1)).toMatch(/^leave_group .*The call was cancelled before it ended\.$/),
      { timeout: WAIT_DEADLINE_MS },
    );
  });

  it('never shows the token, even when the API echoes it back', async () => {
    const { leave, logged } = await serverAgainst({
      status: 401,
      body: envelope(`Invalid token ${token}`),
    });
    const result = await leave({ instance: 'my-instance', identifier: jid });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('Invalid token [redacted token] (HTTP 401)');
    expect(JSON.stringify(result)).not.toContain(token);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(token);
  });
});
