/**
 * The breaking-change gate: compares the bundled spec with the last released one and checks
 * that the pending changesets bump every package generated from the spec enough.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { getPackages } from '@manypkg/get-packages';
import { diffSpecs } from '../spec-diff/diff-specs.ts';
import { formatChanges } from '../spec-diff/format-changes.ts';
import type { JsonObject } from '../spec-diff/openapi-document.ts';
import { isBreaking, type SpecChange } from '../spec-diff/spec-change.ts';
import { pendingBumps } from './pending-bumps.ts';
import { atLeast, type Bump, requiredBump } from './version-bump.ts';

export interface GateOptions {
  repoRoot: string;
  /** The bundled spec as built now (absolute or relative to repoRoot). */
  specPath: string;
  /** The bundled spec as last released (absolute or relative to repoRoot). */
  baselinePath: string;
  /** The package that publishes the spec: its version tells whether anything was released. */
  specPackage: string;
  /** Packages that must be bumped when the spec changes. */
  generatedPackages: string[];
}

export interface PackageRequirement {
  name: string;
  version: string;
  required: Bump;
  declared: Bump | undefined;
  satisfied: boolean;
}

export interface GateResult {
  passed: boolean;
  verdict: 'never-released' | 'unchanged' | 'compatible' | 'breaking' | 'baseline-missing';
  changes: SpecChange[];
  requirements: PackageRequirement[];
  /** The whole story, for the console. */
  report: string;
}

export async function runSpecGate(options: GateOptions): Promise<GateResult> {
  const specPath = resolve(options.repoRoot, options.specPath);
  const baselinePath = resolve(options.repoRoot, options.baselinePath);
  const shownBaseline = relative(options.repoRoot, baselinePath);
  const current = readSpec(specPath, `Build it first: pnpm --filter ${options.specPackage} build.`);
  const versions = await workspaceVersions(options.repoRoot);
  const specVersion = versionOf(versions, options.specPackage);

  if (!existsSync(baselinePath)) {
    if (specVersion === '0.0.0') {
      return {
        passed: true,
        verdict: 'never-released',
        changes: [],
        requirements: [],
        report: `${options.specPackage} has never been released (version 0.0.0) and ${shownBaseline} does not exist yet: nothing to break. \`pnpm run version\` writes the baseline when the first release is cut.`,
      };
    }
    return {
      passed: false,
      verdict: 'baseline-missing',
      changes: [],
      requirements: [],
      report: `${shownBaseline} is missing, but ${options.specPackage} is at ${specVersion}, so a spec was released. Restore the file from the last release commit (git log -- ${shownBaseline}); \`pnpm run version\` keeps it up to date.`,
    };
  }

  const baseline = readSpec(baselinePath, `Restore it from git: git log -- ${shownBaseline}.`);
  const changes = diffSpecs(baseline, current);
  if (changes.length === 0) {
    return {
      passed: true,
      verdict: 'unchanged',
      changes,
      requirements: [],
      report: `The spec is unchanged since the last release (${shownBaseline}).`,
    };
  }

  const verdict = changes.some(isBreaking) ? 'breaking' : 'compatible';
  const declared = await pendingBumps(options.repoRoot);
  const requirements = options.generatedPackages.map((name): PackageRequirement => {
    const version = versionOf(versions, name);
    const required = requiredBump(version, verdict);
    const bump = declared.get(name);
    return { name, version, required, declared: bump, satisfied: atLeast(bump, required) };
  });
  const passed = requirements.every((r) => r.satisfied);
  const breakingCount = changes.filter(isBreaking).length;
  const summary =
    verdict === 'breaking'
      ? `The spec has ${breakingCount} breaking change${breakingCount === 1 ? '' : 's'} since the last release (${shownBaseline}).`
      : `The spec has only compatible changes since the last release (${shownBaseline}).`;
  const lines = requirements.map(
    (r) =>
      `  ${r.satisfied ? 'ok     ' : 'MISSING'} ${r.name} ${r.version}: needs at least a ${r.required} bump, pending changesets declare ${r.declared ?? 'none'}`,
  );
  const advice = passed
    ? []
    : [
        '',
        `Add a changeset (\`pnpm changeset\`) that bumps ${requirements
          .filter((r) => !r.satisfied)
          .map((r) => `${r.name} by ${r.required}`)
          .join(' and ')}, describing the change for users.` +
          (verdict === 'breaking'
            ? ' Before 1.0.0 a minor bump (0.x → 0.x+1) is the breaking one: caret ranges never cross it.'
            : ''),
        'If the change was not meant to be breaking, change the spec back instead.',
      ];
  return {
    passed,
    verdict,
    changes,
    requirements,
    report: [
      summary,
      '',
      formatChanges(changes),
      '',
      'Pending changesets:',
      ...lines,
      ...advice,
    ].join('\n'),
  };
}

function readSpec(path: string, remedy: string): JsonObject {
  if (!existsSync(path)) throw new Error(`No spec at ${path}. ${remedy}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as JsonObject;
  } catch (error) {
    throw new Error(`${path} is not valid JSON (${(error as Error).message}). ${remedy}`);
  }
}

async function workspaceVersions(repoRoot: string): Promise<Map<string, string>> {
  const { packages } = await getPackages(repoRoot);
  return new Map(packages.map((p) => [p.packageJson.name, p.packageJson.version]));
}

function versionOf(versions: Map<string, string>, name: string): string {
  const version = versions.get(name);
  if (version === undefined) {
    throw new Error(
      `The package ${name} is not in the workspace, but the gate must check its changesets. Known packages: ${[...versions.keys()].join(', ')}.`,
    );
  }
  return version;
}
