/**
 * What a Go module of the workspace must hold before its tag is pushed. Go modules are not
 * published by changesets: they are released by a git tag `<folder>/v<version>` (the Go tooling's
 * convention for a module in a subdirectory), so the module path must end with its folder, and
 * the version in the tag must be the one the code reports (`const Version`), the package.json
 * turbo reads and the changelog describes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getPackages } from '@manypkg/get-packages';
import type { CheckResult } from '../pack-check/check-result.ts';

export interface GoModuleReport {
  dir: string;
  module: string;
  version: string;
  /** The tag that releases this version: `packages/sdk-go/v0.1.0`. */
  tag: string;
  checks: CheckResult[];
  passed: boolean;
}

/** Every workspace package folder that holds a go.mod. */
export async function goModuleDirs(repoRoot: string): Promise<string[]> {
  const { packages } = await getPackages(repoRoot);
  return packages
    .map((p) => p.dir)
    .filter((dir) => existsSync(join(dir, 'go.mod')))
    .sort();
}

function read(dir: string, file: string): string | undefined {
  const path = join(dir, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function checkGoModule(dir: string, repoRoot: string): GoModuleReport {
  const folder = relative(repoRoot, dir).split(sep).join('/');
  const goMod = read(dir, 'go.mod') ?? '';
  const module = /^module\s+(\S+)/m.exec(goMod)?.[1] ?? '';
  const version = String(JSON.parse(read(dir, 'package.json') ?? '{}').version ?? '');
  const tag = `${folder}/v${version}`;

  const layout: string[] = [];
  if (!module.endsWith(`/${folder}`)) {
    layout.push(
      `go.mod names the module ${JSON.stringify(module)}, which does not end with its folder "${folder}": the tag ${tag} would not resolve; name it <repository>/${folder}`,
    );
  }
  if (/^\s*require\b/m.test(goMod)) {
    layout.push('go.mod requires other modules: the SDK promises the standard library only');
  }

  const versions: string[] = [];
  const codeVersion = /^const Version = "([^"]*)"/m.exec(read(dir, 'version.go') ?? '')?.[1];
  if (codeVersion !== version) {
    versions.push(
      `version.go says Version = ${JSON.stringify(codeVersion ?? null)} but package.json says ${JSON.stringify(version)}: set both to the version to tag`,
    );
  }
  const changelog = read(dir, 'CHANGELOG.md') ?? '';
  if (!new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b`, 'm').test(changelog)) {
    versions.push(
      `CHANGELOG.md has no "## ${version}" section: describe the release before tagging it`,
    );
  }

  const documents: string[] = [];
  if ((read(dir, 'README.md') ?? '').length < 200)
    documents.push('README.md is missing or says too little');
  if (!(read(dir, 'LICENSE') ?? '').startsWith('MIT License'))
    documents.push('LICENSE is missing or not the MIT text');

  const checks = [
    { check: 'module path and dependencies', problems: layout },
    { check: 'one version in code, package.json and changelog', problems: versions },
    { check: 'README and LICENSE', problems: documents },
  ];
  return {
    dir,
    module,
    version,
    tag,
    checks,
    passed: checks.every((c) => c.problems.length === 0),
  };
}

export function formatGoModuleReport(report: GoModuleReport): string {
  const lines = [
    `${report.passed ? '✓' : '✗'} Go module ${report.module}  (release tag ${report.tag})`,
  ];
  for (const check of report.checks) {
    lines.push(`  ${check.problems.length === 0 ? 'ok  ' : 'FAIL'} ${check.check}`);
    for (const problem of check.problems) lines.push(`         - ${problem}`);
  }
  return lines.join('\n');
}
