/**
 * Resolves every entry point of the packed package with Node itself, once as an ES module
 * consumer (`import`) and once as a CommonJS one (`require`), from a folder where the tarball's
 * files sit in node_modules. Dependencies are not needed to resolve, only to load.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { CheckResult } from './check-result.ts';
import type { Tarball } from './tarball.ts';

const run = promisify(execFile);

/** The specifiers a consumer can write: one per subpath of "exports" (or the bare name). */
export function entrySpecifiers(manifest: Record<string, unknown>): string[] {
  const name = String(manifest.name);
  const exports = manifest.exports;
  if (exports === undefined) return [name];
  if (typeof exports === 'string' || Array.isArray(exports)) return [name];
  const keys = Object.keys(exports as object);
  if (!keys.some((k) => k.startsWith('.'))) return [name]; // a conditions object for "."
  return keys
    .filter((k) => !k.includes('*') && k !== './package.json')
    .map((k) => (k === '.' ? name : `${name}/${k.slice(2)}`));
}

/**
 * A child Node process resolves the specifier the way a consumer would. `import.meta.resolve`
 * does not look at the disk, so the resolved file's existence is checked too.
 */
const RESOLVE_SCRIPT = `
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
const [specifier, system] = process.argv.slice(1);
try {
  const file = system === 'require'
    ? createRequire(process.cwd() + '/').resolve(specifier)
    : fileURLToPath(import.meta.resolve(specifier));
  if (!existsSync(file)) throw Object.assign(new Error('resolves to ' + file + ', which is not in the tarball'), { code: 'MISSING_FILE' });
  console.log(file);
} catch (error) {
  console.error((error.code ?? error.name) + ': ' + error.message.split('\\n')[0]);
  process.exit(1);
}`;

async function resolveIn(
  root: string,
  specifier: string,
  system: 'import' | 'require',
): Promise<{ ok: true; file: string } | { ok: false; reason: string }> {
  try {
    const args = ['--input-type=module', '-e', RESOLVE_SCRIPT, specifier, system];
    const { stdout } = await run(process.execPath, args, { cwd: root });
    return { ok: true, file: stdout.trim() };
  } catch (error) {
    return { ok: false, reason: String((error as { stderr?: string }).stderr ?? error).trim() };
  }
}

export async function checkExportsResolve(tarball: Tarball): Promise<CheckResult> {
  const name = String(tarball.manifest.name);
  const root = mkdtempSync(join(tmpdir(), 'resolve-exports-'));
  try {
    for (const file of tarball.files) {
      const target = join(root, 'node_modules', name, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.data);
    }
    writeFileSync(join(root, 'package.json'), '{"private": true}\n');
    const problems: string[] = [];
    const notes: string[] = [];
    for (const specifier of entrySpecifiers(tarball.manifest)) {
      for (const system of ['ESM (import)', 'CJS (require)'] as const) {
        const outcome = await resolveIn(
          root,
          specifier,
          system === 'ESM (import)' ? 'import' : 'require',
        );
        if (outcome.ok)
          notes.push(`${specifier} → ${system}: ${outcome.file.replace(/^.*node_modules\//, '')}`);
        else
          problems.push(`${specifier} does not resolve for ${system} consumers: ${outcome.reason}`);
      }
    }
    return { check: 'exports resolve for ESM and CJS', problems, notes };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
