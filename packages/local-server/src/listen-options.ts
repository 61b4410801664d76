/** The error class a package raises for an option it cannot use, e.g. `SandboxOptionError`. */
export type OptionErrorClass = new (message: string) => Error;

export const DEFAULT_HOST = '127.0.0.1';

/** `port` when it is a TCP port (`0` picks a free one), else an `OptionError` saying so. */
export function checkPort(port: unknown, OptionError: OptionErrorClass): number {
  if (typeof port === 'number' && Number.isInteger(port) && port >= 0 && port <= 65_535) {
    return port;
  }
  throw new OptionError(
    `port must be an integer from 0 to 65535 (0 picks a free port), got ${JSON.stringify(port)}.`,
  );
}

/** `host` when it can name an interface, else an `OptionError` saying so. */
export function checkHost(host: unknown, OptionError: OptionErrorClass): string {
  if (typeof host === 'string' && host.trim() !== '' && !/\s/.test(host)) return host;
  throw new OptionError(
    `host must be a hostname or IP address such as '127.0.0.1', got ${JSON.stringify(host)}.`,
  );
}

/** The URL a client on this machine uses to reach a server listening on `host`. */
export function urlFor(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const bracketed = reachable.includes(':') ? `[${reachable}]` : reachable;
  return `http://${bracketed}:${port}`;
}
