/**
 * The dry run on the real repository: every publishable package is packed as it would be
 * published and must pass every tarball check; then the tarballs alone are installed in a folder
 * outside the workspace and used by an ES module and a CommonJS program against the mock.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PackageReport, packAndCheck } from '../../src/pack-check/check-package.ts';
import { formatPackReport } from '../../src/pack-check/format-pack-report.ts';
import { publishablePackages } from '../../src/pack-check/publishable-packages.ts';
import { findRepoRoot } from '../../src/repo-root.ts';

const run = promisify(execFile);
const repoRoot = findRepoRoot();
const packages = await publishablePackages(repoRoot);
const destination = mkdtempSync(join(tmpdir(), 'release-dry-test-'));
const reports = new Map<string, PackageReport>();

beforeAll(async () => {
  for (const pkg of packages)
    reports.set(pkg.name, await packAndCheck(pkg.dir, destination, repoRoot));
});
afterAll(() => rmSync(destination, { recursive: true, force: true }));

describe('pnpm release:dry on this repository', () => {
  it('finds the packages this repository publishes', () => {
    expect(packages.map((p) => p.name)).toEqual([
      '@ryzeapi/mcp',
      '@ryzeapi/mock',
      '@ryzeapi/openapi',
      '@ryzeapi/sandbox',
      '@ryzeapi/sdk',
    ]);
  });

  it.each(packages.map((p) => p.name))('%s: its tarball passes every check', (name) => {
    const report = reports.get(name) as PackageReport;
    expect(report.passed, formatPackReport(report)).toBe(true);
  });
});

/**
 * npm installs the @ryzeapi tarballs from the files; their third-party dependencies come from
 * npm's cache (`--offline`). A machine whose cache lacks one of them fetches it from the
 * registry instead (`--prefer-offline`), which does not change what is being tested.
 */
async function installTarballs(dir: string, tarballs: string[]): Promise<void> {
  const args = ['install', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs];
  try {
    await run('npm', [...args, '--offline'], { cwd: dir });
  } catch (error) {
    if (!String((error as { stderr?: string }).stderr).includes('ENOTCACHED')) throw error;
    await run('npm', [...args, '--prefer-offline'], { cwd: dir });
  }
}

describe('the packed packages, installed outside the workspace', () => {
  it('serve an ES module and a CommonJS consumer against the mock', async () => {
    const consumerDir = mkdtempSync(join(tmpdir(), 'packed-consumer-'));
    try {
      writeFileSync(join(consumerDir, 'package.json'), '{ "private": true }\n');
      const tarballs = [...reports.values()].map((r) => r.tarball.path);
      await installTarballs(consumerDir, tarballs);
      const results = [];
      for (const program of ['consumer.mjs', 'consumer.cjs']) {
        copyFileSync(join(import.meta.dirname, 'consumer', program), join(consumerDir, program));
        const { stdout } = await run(process.execPath, [program], { cwd: consumerDir });
        results.push(JSON.parse(stdout.trim().split('\n').at(-1) as string));
      }
      const sdkVersion = reports.get('@ryzeapi/sdk')?.version;
      for (const system of ['esm', 'cjs']) {
        expect(results).toContainEqual({
          system,
          operationId: 'leaveGroup',
          success: true,
          groupJid: '120363406289005073@g.us',
          notMember: 404,
          userAgent: `@ryzeapi/sdk/${sdkVersion}`,
        });
      }
    } finally {
      rmSync(consumerDir, { recursive: true, force: true });
    }
  });
});
