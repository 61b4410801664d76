import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getPackages } from '@manypkg/get-packages';

/** The workspace packages that are Python projects (a pyproject.toml): published to PyPI. */
export async function pythonProjects(repoRoot: string): Promise<string[]> {
  const { packages } = await getPackages(repoRoot);
  return packages
    .map((p) => p.dir)
    .filter((dir) => existsSync(join(dir, 'pyproject.toml')))
    .sort();
}
