/**
 * Serves the built site: `pnpm --filter @ryzeapi/docs start [--port 8080] [--host 127.0.0.1]`.
 * Runs until interrupted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { distDir, sitePages } from './site-paths.ts';
import { startStaticServer } from './static-server.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let options: { port: string; host: string };
try {
  ({ values: options } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\nUsage: serve-site [--port <n>] [--host <address>]`);
}

const port = Number(options.port);
if (!/^\d+$/.test(options.port) || port > 65535) {
  fail(`Invalid --port ${JSON.stringify(options.port)}: use an integer from 0 to 65535.`);
}
if (!existsSync(join(distDir, sitePages.landing))) {
  fail(`No site in ${distDir}: build it first with \`pnpm --filter @ryzeapi/docs build\`.`);
}

try {
  const server = await startStaticServer({ root: distDir, host: options.host, port });
  console.log(`API reference: ${server.url}${sitePages.reference}`);
  console.log(`Docs site:     ${server.url}`);
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  fail((error as Error).message);
}
