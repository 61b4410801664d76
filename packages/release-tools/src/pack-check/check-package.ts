/** Packs one package and runs every check on its tarball. */

import { checkExportsResolve } from './check-exports-resolve.ts';
import { checkFileList } from './check-file-list.ts';
import { checkMetadata } from './check-metadata.ts';
import type { CheckResult } from './check-result.ts';
import { packTarball } from './pack-tarball.ts';
import { runAttw } from './run-attw.ts';
import { runPublint } from './run-publint.ts';
import { scanSecrets } from './scan-secrets.ts';
import { readTarball, type Tarball } from './tarball.ts';

export interface PackageReport {
  name: string;
  version: string;
  tarball: Tarball;
  checks: CheckResult[];
  passed: boolean;
}

export async function checkTarball(tarballPath: string): Promise<PackageReport> {
  const tarball = await readTarball(tarballPath);
  const checks = [
    ...checkMetadata(tarball),
    checkFileList(tarball),
    scanSecrets(tarball),
    await checkExportsResolve(tarball),
    await runPublint(tarball),
    await runAttw(tarball),
  ];
  return {
    name: String(tarball.manifest.name),
    version: String(tarball.manifest.version),
    tarball,
    checks,
    passed: checks.every((c) => c.problems.length === 0),
  };
}

export async function packAndCheck(
  packageDir: string,
  destination: string,
  repoRoot: string,
): Promise<PackageReport> {
  return checkTarball(await packTarball(packageDir, destination, repoRoot));
}
