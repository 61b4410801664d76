import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { ServerConfig } from './config.ts';
import { failureText } from './failure-text.ts';
import { toolDefinitions } from './generated/tools.ts';
import { createSdkClient } from './sdk-client.ts';
import { sdkMethods } from './sdk-methods.ts';
import { redactSecret } from './secret-redaction.ts';

declare const __MCP_VERSION__: string;

/** Options of `createRyzeMcpServer`. */
export interface RyzeMcpServerOptions extends ServerConfig {
  /**
   * Receives one line per tool call, and the SDK's lines about each attempt, wait and retry (the
   * token is never in them). Default: nothing is logged.
   */
  log?: ((line: string) => void) | undefined;
}

/**
 * An MCP server with one tool per operation of the spec, each calling the API through
 * `@ryzeapi/sdk`. Connect it to a transport: `await server.connect(new StdioServerTransport())`.
 */
export function createRyzeMcpServer(options: RyzeMcpServerOptions): McpServer {
  const { token, log = () => {} } = options;
  const client = createSdkClient(options, log);
  const server = new McpServer({ name: 'ryzeapi', version: __MCP_VERSION__ });
  for (const tool of toolDefinitions) {
    const call = sdkMethods[tool.operationId];
    if (call === undefined) throw new Error(`${tool.operationId} has no SDK method`);
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        // The MCP SDK checks arguments with zod before the handler runs, so input the spec refuses
        // never becomes a request; it lists the schemas converted back to JSON Schema.
        inputSchema: z.fromJSONSchema(tool.inputSchema),
        ...(tool.outputSchema ? { outputSchema: z.fromJSONSchema(tool.outputSchema) } : {}),
        annotations: tool.annotations,
      },
      async (args, extra): Promise<CallToolResult> => {
        try {
          const body = await call(client, args as Record<string, unknown>, extra.signal);
          log(`${tool.name} (${tool.operation}): succeeded`);
          return {
            // The text block repeats the structured content for hosts that only read text.
            content: [{ type: 'text', text: JSON.stringify(body) }],
            structuredContent: body as Record<string, unknown>,
          };
        } catch (error) {
          const text = redactSecret(failureText(error), token);
          log(`${tool.name} (${tool.operation}): ${text}`);
          return { content: [{ type: 'text', text }], isError: true };
        }
      },
    );
  }
  return server;
}
