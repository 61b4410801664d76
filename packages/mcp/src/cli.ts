#!/usr/bin/env node
/**
 * `ryzeapi-mcp`: the server over stdio, as an MCP host starts it. stdout carries the protocol
 * alone; everything else goes to stderr.
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { configFromEnvironment } from './config.ts';
import { toolDefinitions } from './generated/tools.ts';
import { MCP_USER_AGENT } from './sdk-client.ts';
import { redactSecret } from './secret-redaction.ts';
import { createRyzeMcpServer } from './server.ts';

function log(line: string): void {
  process.stderr.write(`ryzeapi-mcp: ${line}\n`);
}

try {
  const config = configFromEnvironment();
  try {
    const server = createRyzeMcpServer({ ...config, log });
    await server.connect(new StdioServerTransport());
  } catch (error) {
    throw new Error(redactSecret((error as Error).message, config.token));
  }
  const tools = toolDefinitions.map((tool) => tool.name).join(', ');
  log(
    `${MCP_USER_AGENT} serving ${tools} over stdio for ${config.baseUrl ?? 'https://ryzeapi.cloud'}`,
  );
} catch (error) {
  log((error as Error).message);
  process.exitCode = 1;
}
