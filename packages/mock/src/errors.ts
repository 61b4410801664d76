/** A `startMock`/`startProxy` option, or a CLI flag, has a value the mock cannot use. */
export class MockOptionError extends Error {
  override name = 'MockOptionError';
}

/** Prism did not start: the message says why, `output` holds what Prism printed. */
export class MockStartError extends Error {
  override name = 'MockStartError';
  readonly output: string;

  constructor(message: string, output: string) {
    super(output ? `${message}\nPrism's output:\n${output}` : message);
    this.output = output;
  }
}

/** The requested port is taken by another process. */
export class PortInUseError extends MockStartError {
  override name = 'PortInUseError';
  readonly port: number;
  readonly host: string;

  constructor(port: number, host: string, output: string) {
    super(
      `Port ${port} on ${host} is already in use. Stop the process listening there, or choose ` +
        'another port (`--port 4011` on the command line, `port: 0` in code for a free one).',
      output,
    );
    this.port = port;
    this.host = host;
  }
}
