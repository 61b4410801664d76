/**
 * The Prism process started by `startMock`/`startProxy`: the arguments after this file's path
 * are Prism CLI arguments. It exits when its parent goes away, even when the parent was killed
 * without a chance to clean up: the parent holds our stdin open, so its end means the parent died.
 */
import { createRequire } from 'node:module';

process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
// Writing logs to a parent that died fails with EPIPE: that too means it is time to go.
process.stdout.on('error', () => process.exit(0));
process.stderr.on('error', () => process.exit(0));

const require = createRequire(import.meta.url);
const prismCli = require.resolve('@stoplight/prism-cli');
// Prism's CLI reads its arguments from process.argv, as if it had been started as `prism …`.
process.argv = [process.argv[0] as string, prismCli, ...process.argv.slice(2)];
require(prismCli);
