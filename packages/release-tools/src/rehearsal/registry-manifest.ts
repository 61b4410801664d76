/** The dependency fields npm reads when it installs a package. */
const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;

/**
 * What `registry` serves as `name@version`'s manifest: there at all, and no dependency range a
 * user's package manager cannot resolve outside this workspace (`workspace:`, `link:`, `file:`).
 */
export async function checkRegistryManifest(
  registry: string,
  name: string,
  version: string,
): Promise<string> {
  const url = new URL(name.replace('/', '%2f'), registry);
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`GET ${url} answered ${response.status}: ${name} was not published`);
  }
  const packument = (await response.json()) as {
    versions?: Record<string, Record<string, Record<string, string> | undefined>>;
  };
  const manifest = packument.versions?.[version];
  if (!manifest) {
    throw new Error(
      `${name}@${version} is not in the registry (it has ${Object.keys(packument.versions ?? {}).join(', ') || 'no version'})`,
    );
  }
  const local: string[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|link|file):/.test(range)) local.push(`${field}.${dependency}: "${range}"`);
    }
  }
  if (local.length > 0) {
    throw new Error(
      `${name}@${version} was published with ranges only this workspace can resolve: ${local.join(', ')}. Publish with changeset publish (pnpm rewrites them), not npm publish.`,
    );
  }
  const dependencies = Object.entries(manifest.dependencies ?? {}).map(([d, r]) => `${d}@${r}`);
  return `dependencies: ${dependencies.join(', ') || 'none'}`;
}
