import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenApiDocument } from './bundled-spec.ts';

/** The spec to generate from, for tests that change it; the bundled spec by default. */
export interface SpecOverride {
  /** As `@ryzeapi/openapi/openapi.json`: references between components kept (for the models). */
  bundled?: OpenApiDocument;
  /** As `@ryzeapi/openapi/openapi.dereferenced.json` (for the operation tables). */
  dereferenced?: OpenApiDocument;
}

/** Generated files by name, exactly as their folder should hold them. */
export type GeneratedFiles = Map<string, string>;

/** An SDK's generated folder and how to make its files from the spec. */
export interface GeneratedFolder {
  /** Where the files are committed. */
  dir: string;
  generate(spec?: SpecOverride): Promise<GeneratedFiles>;
}

/**
 * The committed files of `dir`, by name: every file, so that a stray one is seen as drift.
 * Folders are passed over (Python keeps its `__pycache__` there).
 */
export async function readCommittedFiles(dir: string): Promise<GeneratedFiles> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  const contents = await Promise.all(names.sort().map((name) => readFile(join(dir, name), 'utf8')));
  return new Map(names.map((name, index) => [name, contents[index] ?? '']));
}

/** The names of the files that differ between two sets: changed, missing or extra. */
export function driftedFiles(committed: GeneratedFiles, fresh: GeneratedFiles): string[] {
  const names = new Set([...committed.keys(), ...fresh.keys()]);
  return [...names].filter((name) => committed.get(name) !== fresh.get(name)).sort();
}

/** Makes `dir` hold exactly `files`: writes them and removes any other file. */
export async function writeGeneratedFiles(dir: string, files: GeneratedFiles): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of (await readCommittedFiles(dir)).keys()) {
    if (!files.has(name)) await rm(join(dir, name));
  }
  for (const [name, content] of files) await writeFile(join(dir, name), content);
}

/**
 * Regenerates `folder` from the bundled spec when the module at `moduleUrl` is the script node
 * was started with (`pnpm generate`), and does nothing when a test imports it.
 */
export async function regenerateWhenRun(moduleUrl: string, folder: GeneratedFolder): Promise<void> {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  const files = await folder.generate();
  await writeGeneratedFiles(folder.dir, files);
  console.log(`Wrote ${[...files.keys()].join(', ')} in ${folder.dir}`);
}
