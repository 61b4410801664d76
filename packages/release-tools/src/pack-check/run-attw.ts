/**
 * "Are the types wrong?" on the packed tarball: for every JavaScript entry point, do TypeScript
 * users get types under every module resolution (node10, node16 CJS and ESM, bundler), and do
 * those types describe the right module format? Entry points that are data files (JSON, YAML)
 * carry no types; their resolution is checked by `check-exports-resolve.ts`.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { CheckResult } from './check-result.ts';
import type { Tarball } from './tarball.ts';

const run = promisify(execFile);
const attwBin = join(
  dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')),
  'dist/index.js',
);

interface AttwReport {
  analysis: { types: false | { kind: string } };
  problems?: Record<string, { kind: string; entrypoint?: string; resolutionKind?: string }[]>;
}

const DATA_FILE = /\.(json|ya?ml|txt|css|html|md)$/;

/** Subpaths of "exports" whose target is a data file. */
function dataEntrypoints(manifest: Record<string, unknown>): string[] {
  const exports = manifest.exports;
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) return [];
  return Object.entries(exports)
    .filter(
      ([key, target]) =>
        key.startsWith('.') && typeof target === 'string' && DATA_FILE.test(target),
    )
    .map(([key]) => key);
}

export async function runAttw(tarball: Tarball): Promise<CheckResult> {
  const excluded = dataEntrypoints(tarball.manifest);
  const hasCodeEntry = Object.keys(
    (tarball.manifest.exports as object | undefined) ?? { '.': 1 },
  ).some((k) => k !== './package.json' && !excluded.includes(k));
  if (!hasCodeEntry) {
    return {
      check: 'attw',
      problems: [],
      notes: ['no JavaScript entry point: only data files are exported'],
    };
  }
  const args = [attwBin, tarball.path, '--format', 'json'];
  if (excluded.length > 0) args.push('--exclude-entrypoints', ...excluded);
  const output = await run(process.execPath, args, { maxBuffer: 256 * 1024 * 1024 }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      if (error.stdout?.trimStart().startsWith('{')) return { stdout: error.stdout };
      throw new Error(`attw failed on ${tarball.path}: ${error.stderr ?? String(error)}`);
    },
  );
  const report = JSON.parse(output.stdout) as AttwReport;
  const problems = Object.values(report.problems ?? {})
    .flat()
    .map((p) => `${p.kind} at ${p.entrypoint ?? '?'} (${p.resolutionKind ?? 'all resolutions'})`);
  if (report.analysis.types === false)
    problems.push('no types: TypeScript users get `any` (ship .d.ts files)');
  return { check: 'attw', problems };
}
