/**
 * The bumps that the pending changesets (.changeset/*.md) declare, per package: the largest one
 * wins, as `changeset version` does.
 */
import readChangesets from '@changesets/read';
import { type Bump, largestBump } from './version-bump.ts';

export async function pendingBumps(repoRoot: string): Promise<Map<string, Bump>> {
  const changesets = await readChangesets(repoRoot);
  const byPackage = new Map<string, Bump[]>();
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      if (release.type === 'none') continue;
      byPackage.set(release.name, [...(byPackage.get(release.name) ?? []), release.type]);
    }
  }
  const result = new Map<string, Bump>();
  for (const [name, bumps] of byPackage) {
    const largest = largestBump(bumps);
    if (largest !== undefined) result.set(name, largest);
  }
  return result;
}
