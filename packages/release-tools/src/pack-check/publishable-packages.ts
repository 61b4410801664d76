import { getPackages } from '@manypkg/get-packages';

export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
}

/** Every workspace package that is not `private`: the ones `changeset publish` would publish. */
export async function publishablePackages(repoRoot: string): Promise<WorkspacePackage[]> {
  const { packages } = await getPackages(repoRoot);
  return packages
    .filter((p) => p.packageJson.private !== true)
    .map((p) => ({ name: p.packageJson.name, version: p.packageJson.version, dir: p.dir }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
