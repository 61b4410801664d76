/**
 * `pnpm release:dry`: packs every publishable workspace package exactly as `changeset publish`
 * would, checks each tarball (README, LICENSE, metadata, only intended files, no secrets,
 * exports resolving for ESM and CJS, publint, attw) and prints each file list with sizes; then
 * builds each Python project's wheel and sdist offline and checks them (metadata, py.typed,
 * LICENSE, no tests); then checks each Go module, released by a git tag instead (module path,
 * one version, changelog). Nothing is published. Exits 1 when any package, distribution or
 * module fails a check.
 *
 * Usage: tsx src/cli/release-dry.ts [--out <folder to keep the tarballs in>]
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkGoModule, formatGoModuleReport, goModuleDirs } from '../go-module/check-go-module.ts';
import { packAndCheck } from '../pack-check/check-package.ts';
import { formatPackReport } from '../pack-check/format-pack-report.ts';
import { publishablePackages } from '../pack-check/publishable-packages.ts';
import { buildPythonDistributions } from '../python-check/build-python-distributions.ts';
import { checkPythonDistribution } from '../python-check/check-python-distribution.ts';
import { readPythonDistribution } from '../python-check/python-distribution.ts';
import { pythonProjects } from '../python-check/python-projects.ts';
import { findRepoRoot } from '../repo-root.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const repoRoot = findRepoRoot();
const destination =
  values.out === undefined ? mkdtempSync(join(tmpdir(), 'release-dry-')) : resolve(values.out);
mkdirSync(destination, { recursive: true });

try {
  const packages = await publishablePackages(repoRoot);
  const reports = [];
  for (const pkg of packages) reports.push(await packAndCheck(pkg.dir, destination, repoRoot));
  for (const project of await pythonProjects(repoRoot)) {
    for (const file of buildPythonDistributions(project, destination)) {
      reports.push(checkPythonDistribution(readPythonDistribution(file)));
    }
  }
  for (const report of reports) console.log(`${formatPackReport(report)}\n`);
  const failed = reports.filter((report) => !report.passed).length;
  console.log(`Tarballs and Python distributions in ${destination}`);
  console.log(
    `release:dry: ${reports.length - failed} of ${reports.length} packages and distributions ready to publish`,
  );
  const goModules = (await goModuleDirs(repoRoot)).map((dir) => checkGoModule(dir, repoRoot));
  for (const report of goModules) console.log(`\n${formatGoModuleReport(report)}`);
  const goFailed = goModules.filter((report) => !report.passed).length;
  console.log(
    `release:dry: ${goModules.length - goFailed} of ${goModules.length} Go modules ready to tag`,
  );
  process.exitCode = failed === 0 && goFailed === 0 ? 0 : 1;
} catch (error) {
  console.error(`release:dry could not run: ${(error as Error).message}`);
  process.exitCode = 2;
}
