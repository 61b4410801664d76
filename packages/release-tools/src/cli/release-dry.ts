/**
 * `pnpm release:dry`: packs every publishable workspace package exactly as `changeset publish`
 * would, checks each tarball (README, LICENSE, metadata, only intended files, no secrets,
 * exports resolving for ESM and CJS, publint, attw) and prints each file list with sizes.
 * Nothing is published. Exits 1 when any package fails a check.
 *
 * Usage: tsx src/cli/release-dry.ts [--out <folder to keep the tarballs in>]
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { packAndCheck } from '../pack-check/check-package.ts';
import { formatPackReport } from '../pack-check/format-pack-report.ts';
import { publishablePackages } from '../pack-check/publishable-packages.ts';
import { findRepoRoot } from '../repo-root.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const repoRoot = findRepoRoot();
const destination =
  values.out === undefined ? mkdtempSync(join(tmpdir(), 'release-dry-')) : resolve(values.out);
mkdirSync(destination, { recursive: true });

try {
  const packages = await publishablePackages(repoRoot);
  let failed = 0;
  for (const pkg of packages) {
    const report = await packAndCheck(pkg.dir, destination, repoRoot);
    console.log(`${formatPackReport(report)}\n`);
    if (!report.passed) failed += 1;
  }
  console.log(`Tarballs in ${destination}`);
  console.log(
    `release:dry: ${packages.length - failed} of ${packages.length} packages ready to publish`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
} catch (error) {
  console.error(`release:dry could not run: ${(error as Error).message}`);
  process.exitCode = 2;
}
