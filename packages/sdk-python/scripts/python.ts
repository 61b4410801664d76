/**
 * The package's Python tasks, as turbo runs them on Debian's python3: `build` (wheel and sdist,
 * offline, with Debian's hatchling), `lint` (pyflakes) and `test` (pytest, whose junit report
 * pyproject.toml sends to test-output/). Each first checks the interpreter and the modules it
 * uses, so a machine without them gets one sentence saying what to install, not a traceback.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DEBIAN_PYTHON, type PythonTask, pythonToolchainProblem } from './python-toolchain.ts';

const projectDir = fileURLToPath(new URL('..', import.meta.url));

const ARGUMENTS_OF_TASK: Record<PythonTask, readonly string[]> = {
  build: ['-m', 'build', '--no-isolation', '--skip-dependency-check', '--outdir', 'dist', '.'],
  lint: ['-m', 'pyflakes', 'src', 'tests', 'examples'],
  test: ['-m', 'pytest'],
};

function isPythonTask(task: string | undefined): task is PythonTask {
  return task !== undefined && Object.hasOwn(ARGUMENTS_OF_TASK, task);
}

async function main(task: string | undefined): Promise<number> {
  if (!isPythonTask(task)) {
    console.error(
      `Unknown task ${JSON.stringify(task)}: pass ${Object.keys(ARGUMENTS_OF_TASK).join(', ')}`,
    );
    return 2;
  }
  const problem = pythonToolchainProblem(task);
  if (problem) {
    console.error(problem);
    return 1;
  }
  const child = spawn(DEBIAN_PYTHON, ARGUMENTS_OF_TASK[task], {
    cwd: projectDir,
    stdio: 'inherit',
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

process.exitCode = await main(process.argv[2]);
