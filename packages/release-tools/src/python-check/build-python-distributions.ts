import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM_PYTHON } from './python-distribution.ts';

/**
 * Builds a Python project's sdist, then its wheel from that sdist (as `python -m build` does),
 * offline with the installed backend, into a new folder under `destination`; returns both paths.
 * `--skip-dependency-check`: Debian's hatchling declares `editables`, which only editable
 * installs need and Debian does not ship.
 */
export function buildPythonDistributions(projectDir: string, destination: string): string[] {
  const outdir = mkdtempSync(join(destination, 'python-'));
  execFileSync(
    SYSTEM_PYTHON,
    ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', outdir, projectDir],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return readdirSync(outdir)
    .filter((file) => file.endsWith('.whl') || file.endsWith('.tar.gz'))
    .sort()
    .map((file) => join(outdir, file));
}
