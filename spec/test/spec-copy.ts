import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { JsonObject } from '../src/document/index.ts';

/*
 * Copies of the spec's sources for tests that break them the way a careless edit would, then run
 * the real Redocly CLI on the copy.
 */
const specDir = join(import.meta.dirname, '..');
const redocly = join(specDir, 'node_modules', '.bin', 'redocly');
const copies: string[] = [];

/** A copy of the sources (document, lint config, paths, components, code samples) in a temp dir. */
export function copyOfSources(): string {
  const copy = mkdtempSync(join(tmpdir(), 'ryzeapi-spec-'));
  copies.push(copy);
  for (const entry of ['openapi.yaml', 'redocly.yaml', 'paths', 'components', 'code_samples']) {
    cpSync(join(specDir, entry), join(copy, entry), { recursive: true });
  }
  return copy;
}

/** Removes the copies made so far (call it from `afterEach`). */
export function removeCopies(): void {
  for (const copy of copies.splice(0)) rmSync(copy, { recursive: true, force: true });
}

/** Replaces the first `from` of a copied file by `to`; fails when the file no longer has `from`. */
export function edit(copy: string, file: string, from: string, to: string): void {
  const path = join(copy, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} no longer contains the text this case edits`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

function redoclyRun(copy: string, args: string[]) {
  const result = spawnSync(redocly, args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** `redocly lint` of the copy with the copy's own redocly.yaml, as `pnpm lint` runs it. */
export function lint(copy: string) {
  return redoclyRun(copy, [
    'lint',
    'openapi.yaml',
    '--config',
    'redocly.yaml',
    '--format',
    'stylish',
  ]);
}

/** The copy bundled to JSON by `redocly bundle`, as the package build makes it. */
export function bundle(copy: string, dereferenced = false): JsonObject {
  const out = join(copy, 'bundle.json');
  const args = ['bundle', 'openapi.yaml', '--ext', 'json', '-o', out];
  const result = redoclyRun(copy, dereferenced ? [...args, '--dereferenced'] : args);
  expect(result.status, result.output).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8'));
}
