export { ConfigurationError, configFromEnvironment, type ServerConfig } from './config.ts';
export { toolDefinitions } from './generated/tools.ts';
export { createRyzeMcpServer, type RyzeMcpServerOptions } from './server.ts';
export type { JsonSchema, ToolDefinition } from './tool-definition.ts';
