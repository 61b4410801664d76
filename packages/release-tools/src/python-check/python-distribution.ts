import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Tarball } from '../pack-check/tarball.ts';

/** Debian's Python, which has build, hatchling and httpx (the pyenv one on PATH may not). */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const READER = fileURLToPath(new URL('./read_distribution.py', import.meta.url));

/** A wheel or an sdist: its files as a Tarball (for the shared checks), and its core metadata. */
export interface PythonDistribution extends Tarball {
  kind: 'wheel' | 'sdist';
  /** Core metadata fields (METADATA or PKG-INFO), each with every value it has. */
  metadata: Record<string, string[]>;
  /** The long description (the README) carried by the metadata. */
  description: string;
}

export function readPythonDistribution(path: string): PythonDistribution {
  const output = execFileSync(SYSTEM_PYTHON, [READER, path], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const read = JSON.parse(output) as {
    files: { path: string; data: string }[];
    metadata: Record<string, string[]>;
    description: string;
  };
  const files = read.files.map(({ path: file, data }) => {
    const bytes = new Uint8Array(Buffer.from(data, 'base64'));
    return { path: file, size: bytes.byteLength, data: bytes };
  });
  const first = (field: string) => read.metadata[field]?.[0];
  return {
    kind: path.endsWith('.whl') ? 'wheel' : 'sdist',
    path,
    packedSize: statSync(path).size,
    files,
    // What the shared report shows as name@version, and what scanSecrets ignores.
    manifest: { name: first('Name'), version: first('Version') },
    metadata: read.metadata,
    description: read.description,
  };
}
