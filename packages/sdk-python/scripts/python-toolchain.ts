import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Debian's Python, which has the Debian packages below (a pyenv or venv python may not). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

/** Each Python module the tasks import, and the Debian package that provides it. */
const DEBIAN_PACKAGE_OF: Record<string, string> = {
  build: 'python3-build',
  hatchling: 'python3-hatchling',
  pyflakes: 'python3-pyflakes',
  pytest: 'python3-pytest',
  httpx: 'python3-httpx',
};

export type PythonTask = 'build' | 'lint' | 'test';

/** The modules each task needs: the build backend and frontend, the linter, the runner and client. */
export const MODULES_OF_TASK: Record<PythonTask, readonly string[]> = {
  build: ['build', 'hatchling'],
  lint: ['pyflakes'],
  test: ['pytest', 'httpx'],
};

const INSTALL_HINT =
  'scripts/install-system-packages.sh installs everything the tests need; `pnpm start` needs none of it';

/** The modules of `modules` that `python` cannot import. */
function missingModules(python: string, modules: readonly string[]): string[] {
  const probe = spawnSync(
    python,
    [
      '-c',
      'import importlib.util, sys; print(" ".join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))',
      ...modules,
    ],
    { encoding: 'utf8' },
  );
  if (probe.status !== 0) return [...modules];
  return probe.stdout.trim().split(/\s+/).filter(Boolean);
}

/**
 * Why `task` cannot run with `python` (a sentence naming what is missing and what to install),
 * or undefined when it can.
 */
export function pythonToolchainProblem(
  task: PythonTask,
  python = DEBIAN_PYTHON,
): string | undefined {
  const modules = MODULES_OF_TASK[task];
  const packages = ['python3', ...modules.map((module) => DEBIAN_PACKAGE_OF[module])].join(' ');
  try {
    accessSync(python, constants.X_OK);
  } catch {
    return (
      `The Python SDK's ${task} needs Debian's python3 (${python}), which is not installed, with the modules ${modules.join(', ')}: ` +
      `install ${packages} (${INSTALL_HINT}).`
    );
  }
  const missing = missingModules(python, modules);
  if (missing.length === 0) return undefined;
  return (
    `The Python SDK's ${task} needs the Python module${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, which ${python} cannot import: ` +
    `install ${missing.map((module) => DEBIAN_PACKAGE_OF[module]).join(' ')} (${INSTALL_HINT}).`
  );
}
