import { readFileSync, statSync } from 'node:fs';
import { unpack } from '@publint/pack';

export interface TarballEntry {
  /** Path inside the package, without the tarball's `package/` folder. */
  path: string;
  size: number;
  data: Uint8Array;
}

export interface Tarball {
  path: string;
  /** Size of the .tgz file: what users download. */
  packedSize: number;
  files: TarballEntry[];
  manifest: Record<string, unknown>;
}

export async function readTarball(path: string): Promise<Tarball> {
  const bytes = readFileSync(path);
  const { files, rootDir } = await unpack(new Uint8Array(bytes));
  const entries = files
    .map((f) => ({ path: f.name.slice(rootDir.length + 1), size: f.data.byteLength, data: f.data }))
    .sort((a, b) => a.path.localeCompare(b.path));
  const manifestEntry = entries.find((f) => f.path === 'package.json');
  if (manifestEntry === undefined) throw new Error(`${path} has no package.json at its root.`);
  return {
    path,
    packedSize: statSync(path).size,
    files: entries,
    manifest: JSON.parse(new TextDecoder().decode(manifestEntry.data)) as Record<string, unknown>,
  };
}
