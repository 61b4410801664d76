import { readFileSync } from 'node:fs';

/** The flags every server command line has, for `parseArgs`' `options`. */
export function commonFlags(defaultPort: number) {
  return {
    port: { type: 'string', default: String(defaultPort) },
    host: { type: 'string', default: '127.0.0.1' },
    version: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  } as const;
}

/** A command line that serves until Ctrl-C. */
export interface ServerCli<
  Flags extends { help: boolean; version: boolean },
  Server extends { stop(): Promise<void> },
> {
  /** Printed by `--help`, and after a flag it cannot use. */
  usage: string;
  /** The flags given; throws an error saying what is wrong with one. */
  parseFlags(): Flags;
  /** The line `--version` prints. */
  versionLine(): string;
  /** Starts the server; an error's message is printed and the exit code is 1. */
  start(flags: Flags): Promise<Server>;
  /** The lines printed once it listens (its URL, requests to try), before how to stop it. */
  banner(server: Server, flags: Flags): string[];
}

/**
 * Runs `cli`: 2 for a bad flag, 0 after `--help` or `--version`, 1 when the server does not
 * start; else serves until SIGINT, SIGTERM or SIGHUP stops the server and exits 0.
 */
export async function runServerCli<
  Flags extends { help: boolean; version: boolean },
  Server extends { stop(): Promise<void> },
>(cli: ServerCli<Flags, Server>): Promise<number> {
  let flags: Flags;
  try {
    flags = cli.parseFlags();
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${cli.usage}`);
    return 2;
  }
  if (flags.help) {
    console.log(cli.usage);
    return 0;
  }
  if (flags.version) {
    console.log(cli.versionLine());
    return 0;
  }

  let server: Server;
  try {
    server = await cli.start(flags);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  for (const line of cli.banner(server, flags)) console.log(line);
  console.log('Press Ctrl-C to stop.\n');

  const stopOn = (signal: NodeJS.Signals) =>
    process.once(signal, () => {
      void server.stop().then(() => process.exit(0));
    });
  stopOn('SIGINT');
  stopOn('SIGTERM');
  stopOn('SIGHUP');
  return new Promise(() => {
    // Runs until a signal stops the server.
  });
}

/** The version in the `package.json` one folder above `moduleUrl` (a module of `dist/`). */
export function ownPackageVersion(moduleUrl: string): string {
  const packageJson = readFileSync(new URL('../package.json', moduleUrl), 'utf8');
  return (JSON.parse(packageJson) as { version: string }).version;
}
