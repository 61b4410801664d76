import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pnpmPack } from './pnpm-pack.ts';

const run = promisify(execFile);

/**
 * Packs the package in `packageDir` as it would be published and installs the tarball with npm
 * into a consumer's project in a new temporary folder outside the workspace, where nothing can
 * be found in this repository's node_modules. Third-party dependencies come from npm's cache
 * when it has them (--prefer-offline). Resolves with the consumer's folder; remove it after use.
 */
export async function installPackedPackage(packageDir: string, prefix: string): Promise<string> {
  const consumer = mkdtempSync(join(tmpdir(), prefix));
  const tarball = await pnpmPack(packageDir, consumer);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true }),
  );
  await run(
    'npm',
    ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', `./${tarball}`],
    { cwd: consumer },
  );
  return consumer;
}
