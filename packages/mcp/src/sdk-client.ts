import { createRyzeClient, type RyzeClient } from '@ryzeapi/sdk';
import type { ServerConfig } from './config.ts';
import { redactSecret } from './secret-redaction.ts';

declare const __MCP_VERSION__: string;

/** `@ryzeapi/mcp/<version>`, sent before the SDK's own product token in `User-Agent`. */
export const MCP_USER_AGENT = `@ryzeapi/mcp/${__MCP_VERSION__}`;

/**
 * An MCP host gives up on a tool call after about a minute (the MCP SDK client's default), so a
 * call waits at most this long for the token's bucket to refill; beyond it the call ends with the
 * reset time, for the agent to decide.
 */
export const MAX_RATE_LIMIT_WAIT_MS = 10_000;

/** The SDK client every tool calls through; its attempts, waits and retries go to `log`. */
export function createSdkClient(config: ServerConfig, log: (line: string) => void): RyzeClient {
  return createRyzeClient({
    token: config.token,
    baseUrl: config.baseUrl,
    maxRetryWaitMs: MAX_RATE_LIMIT_WAIT_MS,
    userAgent: MCP_USER_AGENT,
    // Every call waits its turn under the token's bucket rather than spending a request on a 429.
    pacing: true,
    onRateLimit: ({ resetAt, waiting }) =>
      log(
        `waiting for the token's bucket until ${resetAt.toISOString()} (${waiting} calls waiting)`,
      ),
    logger: { debug: (message) => log(redactSecret(message, config.token)) },
  });
}
