import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import readChangesets from '@changesets/read';
import { getPackages } from '@manypkg/get-packages';
import { runCommand } from '@ryzeapi/test-support/command';
import { publishablePackages } from '../pack-check/publishable-packages.ts';

/**
 * Versions the workspace copy at `root` as a release does (`pnpm run version`: `changeset
 * version`, then the spec baseline): with the pending changesets or, when none is pending, with
 * a patch of every published package, so there is always a new version to publish. `env` must
 * have pnpm on its PATH. Returns every workspace package's version after it, by name.
 */
export async function versionCopy(
  root: string,
  env: NodeJS.ProcessEnv,
): Promise<{ versions: Map<string, string>; how: string }> {
  const pending = await readChangesets(root);
  let how = `${pending.length} pending changesets applied`;
  if (pending.length === 0) {
    const names = (await publishablePackages(root)).map((pkg) => pkg.name);
    writeFileSync(
      join(root, '.changeset', 'release-rehearsal.md'),
      `---\n${names.map((name) => `"${name}": patch`).join('\n')}\n---\n\nRelease rehearsal.\n`,
    );
    how = 'no pending changeset: a patch of every published package';
  }
  await runCommand('pnpm', ['run', 'version'], { cwd: root, env });
  const versions = new Map<string, string>();
  for (const pkg of (await getPackages(root)).packages) {
    versions.set(pkg.packageJson.name, pkg.packageJson.version);
  }
  return { versions, how };
}
