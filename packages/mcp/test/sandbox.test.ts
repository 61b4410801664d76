import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { type RunningSandbox, startSandbox } from '@ryzeapi/sandbox';
import { type RecordingProxy, startRecordingProxy } from '@ryzeapi/test-support/recording-proxy';
import { afterEach, describe, expect, it } from 'vitest';
import { leaveGroupOperation } from './support/bundled-spec.ts';
import { connectInProcess } from './support/in-process.ts';

const token = 'sandbox-token-my-instance';
const jid = '120363406289005073@g.us';
const leaveOperation = leaveGroupOperation();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/**
 * A sandbox behind a recording proxy (the proof of what reached it), and an MCP client of a server
 * configured with the sandbox's token for `my-instance` and the proxy's URL.
 */
async function serverOnSandbox(options: Parameters<typeof startSandbox>[0] = {}) {
  const sandbox: RunningSandbox = await startSandbox({ port: 0, ...options });
  cleanups.push(() => sandbox.stop());
  const proxy: RecordingProxy = await startRecordingProxy(sandbox.url);
  cleanups.push(() => proxy.close());
  const { client, close } = await connectInProcess({ token, baseUrl: proxy.url });
  cleanups.push(close);
  const leave = (identifier: string, instance = 'my-instance') =>
    client.callTool({
      name: 'leave_group',
      arguments: { instance, identifier },
    }) as Promise<CallToolResult>;
  return { sandbox, proxy, client, leave };
}

function textOf(result: CallToolResult): string {
  return result.content.map((block) => (block.type === 'text' ? block.text : '')).join('\n');
}

describe('the MCP server against the sandbox', () => {
  it('lists leave_group with the spec’s parameters, examples and hints', async () => {
    const { client } = await serverOnSandbox();
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(1);
    const [tool] = tools;
    expect(tool?.name).toBe('leave_group');
    expect(tool?.title).toBe(leaveOperation.summary);
    expect(tool?.inputSchema.required).toEqual(['instance', 'identifier']);
    expect(tool?.inputSchema.properties?.identifier).toMatchObject({
      title: 'GroupIdentifier',
      examples: leaveOperation.parameters
        .find((parameter) => parameter.name === 'identifier')
        ?.examples.map((example) => example.value),
    });
    expect(tool?.annotations).toMatchObject({
      destructiveHint: true,
      idempotentHint: leaveOperation.idempotent,
      readOnlyHint: false,
    });
    expect(tool?.outputSchema?.required).toEqual(['success', 'message', 'groupJid']);
  });

  it('leaves a group, then answers the second leave with the 404 and its message', async () => {
    const { sandbox, leave } = await serverOnSandbox();
    const first = await leave(jid);
    expect(first.isError).toBeFalsy();
    expect(first.structuredContent).toEqual({
      success: true,
      message: expect.any(String),
      groupJid: jid,
    });
    expect(sandbox.state.isMember('my-instance', jid)).toBe(false);

    const second = await leave('ABC123XYZ');
    expect(second.isError).toBe(true);
    expect(textOf(second)).toMatch(
      /^Group not found or you are not a member of this group \(HTTP 404\)\. .*Nothing was changed\.$/,
    );
  });

  it('says the leave has most likely happened when a retry after an unknown outcome gets a 404', async () => {
    const { sandbox, proxy, leave } = await serverOnSandbox();
    // The sandbox performs the leave, then answers 500: the SDK retries and gets the 404.
    sandbox.injectFault({ kind: '500', when: 'after' });
    const result = await leave(jid);
    expect(proxy.exchanges.map((exchange) => exchange.status)).toEqual([500, 404]);
    expect(sandbox.state.isMember('my-instance', jid)).toBe(false);
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain('the instance has most likely left the group already');
  });

  it('gives the reset time once the token’s bucket is spent', async () => {
    const { proxy, leave } = await serverOnSandbox({ rateLimit: 1, rateWindowSeconds: 3600 });
    await leave(jid);
    const result = await leave('120363400000000100@g.us');
    expect(result.isError).toBe(true);
    // The SDK paces by the bucket: knowing it empty for longer than it may wait, it sends nothing.
    expect(proxy.exchanges.map((exchange) => exchange.status)).toEqual([200]);
    expect(textOf(result)).toMatch(/^Nothing was sent: .*bucket is empty\. /);
    // The reset the sandbox announces is the one the agent is told.
    const answer = await fetch(`${proxy.url}/api/group/leave/my-instance?identifier=ABC123XYZ`, {
      method: 'DELETE',
      headers: { token },
    });
    expect(answer.status).toBe(429);
    const resetAt = new Date(Number(answer.headers.get('X-RateLimit-Reset')) * 1000);
    expect(textOf(result)).toContain(`empty until ${resetAt.toISOString()}`);
  });

  it('gives the 429’s message and reset time when another client spent the bucket', async () => {
    const { proxy, leave } = await serverOnSandbox({ rateLimit: 1, rateWindowSeconds: 3600 });
    // Another process with the same token takes the bucket's only request.
    const other = await fetch(`${proxy.url}/api/group/leave/my-instance?identifier=ABC123XYZ`, {
      method: 'DELETE',
      headers: { token },
    });
    const resetAt = new Date(Number(other.headers.get('X-RateLimit-Reset')) * 1000);
    const result = await leave('120363400000000100@g.us');
    expect(proxy.exchanges.map((exchange) => exchange.status)).toEqual([200, 429]);
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/^Rate limit exceeded\. Try again later\. \(HTTP 429\)\. /);
    expect(textOf(result)).toContain(`empty until ${resetAt.toISOString()}`);
  });

  it.each([
    {
      why: 'an identifier of no form',
      args: { instance: 'my-instance', identifier: 'not a group' },
    },
    {
      why: 'a user JID',
      args: { instance: 'my-instance', identifier: '5511999999999@s.whatsapp.net' },
    },
    {
      why: 'a look-alike link host',
      args: {
        instance: 'my-instance',
        identifier: 'https://chat.whatsapp.com.evil.example/ABC123XYZ',
      },
    },
    { why: 'an empty identifier', args: { instance: 'my-instance', identifier: '' } },
    { why: 'no identifier', args: { instance: 'my-instance' } },
    { why: 'an empty instance', args: { instance: '', identifier: jid } },
    {
      why: 'an argument the spec does not have',
      args: { instance: 'my-instance', identifier: jid, token },
    },
  ])('refuses $why with no request sent', async ({ args }) => {
    const { proxy, client } = await serverOnSandbox();
    const result = (await client.callTool({
      name: 'leave_group',
      arguments: args,
    })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain(
      'Input validation error: Invalid arguments for tool leave_group',
    );
    expect(proxy.exchanges).toEqual([]);
  });
});
