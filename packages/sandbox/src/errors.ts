/** A `startSandbox` option or a CLI flag has a value the sandbox cannot use. */
export class SandboxOptionError extends Error {
  override name = 'SandboxOptionError';
}

/**
 * A fixture file (or object) the sandbox cannot use. The message names the source, each field
 * at fault as a JSON pointer, and what is wrong with it; tokens are never repeated.
 */
export class FixtureError extends Error {
  override name = 'FixtureError';

  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(
      `${source} is not a valid fixture file:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
    );
  }
}

/** The port the sandbox was asked to listen on is taken. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';

  constructor(
    readonly port: number,
    readonly host: string,
  ) {
    super(
      `Port ${port} on ${host} is already in use: stop what uses it, or pick another port ` +
        '(0 picks a free one).',
    );
  }
}
