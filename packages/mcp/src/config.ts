/** What the server needs to call the API, read from its environment. */
export interface ServerConfig {
  /** A TokenInstance or TokenAccount token. */
  token: string;
  /** The API's origin; `undefined` for the SDK's default, `https://ryzeapi.cloud`. */
  baseUrl: string | undefined;
}

/** The environment is missing something the server needs; the message says what to set. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

/**
 * Reads `RYZEAPI_TOKEN` (required) and `RYZEAPI_BASE_URL` (optional, e.g. a sandbox's URL).
 *
 * @throws {ConfigurationError} when the token is missing or blank.
 */
export function configFromEnvironment(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const token = env.RYZEAPI_TOKEN?.trim();
  if (!token) {
    throw new ConfigurationError(
      `RYZEAPI_TOKEN is ${env.RYZEAPI_TOKEN === undefined ? 'not set' : 'empty'}: set it to a RyzeAPI TokenInstance or TokenAccount token in the "env" of this server's entry in your MCP host's configuration`,
    );
  }
  return { token, baseUrl: env.RYZEAPI_BASE_URL?.trim() || undefined };
}
