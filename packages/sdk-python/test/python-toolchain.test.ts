import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEBIAN_PYTHON, pythonToolchainProblem } from '../scripts/python-toolchain.ts';

const HINT =
  '(scripts/install-system-packages.sh installs everything the tests need; `pnpm start` needs none of it).';

describe("the Python tasks' toolchain check", () => {
  // Debian's python3 without its site directories (`-S`): a real interpreter lacking the
  // Debian packages' modules, as on a machine where only python3 is installed.
  const dir = mkdtempSync(join(tmpdir(), 'python-without-packages-'));
  const barePython = join(dir, 'python3');
  writeFileSync(barePython, `#!/bin/sh\nexec ${DEBIAN_PYTHON} -S "$@"\n`);
  chmodSync(barePython, 0o755);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on this machine, where scripts/install-system-packages.sh has run', () => {
    expect(pythonToolchainProblem('build')).toBeUndefined();
    expect(pythonToolchainProblem('lint')).toBeUndefined();
    expect(pythonToolchainProblem('test')).toBeUndefined();
  });

  it('names python3 and the packages to install when there is no interpreter', () => {
    expect(pythonToolchainProblem('build', '/nonexistent/python3')).toBe(
      "The Python SDK's build needs Debian's python3 (/nonexistent/python3), which is not installed, " +
        `with the modules build, hatchling: install python3 python3-build python3-hatchling ${HINT}`,
    );
  });

  it('names each missing module and its Debian package', () => {
    expect(pythonToolchainProblem('build', barePython)).toBe(
      `The Python SDK's build needs the Python modules build, hatchling, which ${barePython} cannot import: ` +
        `install python3-build python3-hatchling ${HINT}`,
    );
    expect(pythonToolchainProblem('lint', barePython)).toBe(
      `The Python SDK's lint needs the Python module pyflakes, which ${barePython} cannot import: ` +
        `install python3-pyflakes ${HINT}`,
    );
  });
});
