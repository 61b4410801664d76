import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { createRyzeMcpServer, type RyzeMcpServerOptions } from '../../src/index.ts';

/** The server and an MCP client connected to it in process, as a host would use it. */
export async function connectInProcess(options: RyzeMcpServerOptions) {
  const server = createRyzeMcpServer(options);
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'ryzeapi-mcp-test', version: '0.0.0' });
  await client.connect(clientSide);
  return {
    client,
    close: async () => {
      await client.close();
      await server.close();
    },
  };
}
