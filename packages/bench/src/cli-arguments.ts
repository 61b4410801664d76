import { parseArgs } from 'node:util';

/** The options of `pnpm bench`. */
export interface BenchArguments {
  /** The groups named by `--only a,b`, or `undefined` for every group. */
  only: string[] | undefined;
  help: boolean;
}

/**
 * Reads the bench's command line. A leading `--` is dropped: `pnpm bench -- --only bulk` run in
 * this package (or with `--filter`) passes it on, and parseArgs would take what follows it as
 * positionals and refuse them.
 */
export function parseBenchArguments(args: readonly string[]): BenchArguments {
  const { values } = parseArgs({
    args: args[0] === '--' ? args.slice(1) : [...args],
    options: { only: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  return {
    only: values.only?.split(',').map((id) => id.trim()),
    help: values.help,
  };
}
