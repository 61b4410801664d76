/**
 * Which bump a spec change demands of a package, and how bumps compare.
 *
 * Before 1.0.0 the "major" of semver is the minor: npm's caret ranges treat `^0.3.1` as
 * `>=0.3.1 <0.4.0`, so 0.3 → 0.4 is the step that no consumer takes unawares, exactly what a
 * major does from 1.0.0 on. A breaking change of a 0.x package therefore needs at least a minor
 * changeset; from 1.0.0 on, a major. A compatible change needs at least a patch.
 */
export type Bump = 'patch' | 'minor' | 'major';

const ORDER: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

export function atLeast(declared: Bump | undefined, required: Bump): boolean {
  return declared !== undefined && ORDER[declared] >= ORDER[required];
}

export function largestBump(bumps: Iterable<Bump>): Bump | undefined {
  let largest: Bump | undefined;
  for (const bump of bumps)
    if (largest === undefined || ORDER[bump] > ORDER[largest]) largest = bump;
  return largest;
}

export function requiredBump(version: string, change: 'breaking' | 'compatible'): Bump {
  if (change === 'compatible') return 'patch';
  const major = Number(version.split('.')[0]);
  if (!Number.isInteger(major)) {
    throw new Error(
      `The version "${version}" is not semver (major.minor.patch): fix the package's "version".`,
    );
  }
  return major === 0 ? 'minor' : 'major';
}
