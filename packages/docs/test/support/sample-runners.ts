import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import { sdkFolders } from '../../src/site-paths.ts';

/** One process to run for a sample: a check (formatting, vetting) or the sample itself. */
export interface Step {
  name: string;
  command: string;
  args: string[];
  /** The step passes only if it prints nothing on stdout (as `gofmt -l` does when all is well). */
  silent?: boolean;
  timeoutMs: number;
}

export interface SampleRunner {
  /** The file name the sample's source is written to. */
  fileName: string;
  /** Files written beside the sample, by name (a Go module's go.mod). */
  companionFiles?(): Record<string, string>;
  steps(file: string): Step[];
  /** Variables this toolchain needs beyond the sample's own. */
  env(): Record<string, string>;
}

function findExecutable(name: string, installHint: string, fallbacks: string[] = []): string {
  const candidates = [
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)),
    ...fallbacks,
  ];
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; try the next one
    }
  }
  throw new Error(
    `${name} is not on PATH${fallbacks.length ? ` nor at ${fallbacks.join(', ')}` : ''}: ${installHint}`,
  );
}

function requireFile(path: string, installHint: string, mode = constants.X_OK): string {
  try {
    accessSync(path, mode);
    return path;
  } catch {
    throw new Error(`${path} is missing: ${installHint}`);
  }
}

const require = createRequire(import.meta.url);
const tsxLoader = pathToFileURL(require.resolve('tsx/esm')).href;
const fetchPreload = pathToFileURL(join(import.meta.dirname, 'fetch-to-mock.preload.ts')).href;

/** Node runs JavaScript and TypeScript samples, with requests for production sent to the mock. */
function nodeStep(file: string): Step {
  return {
    name: 'node',
    command: process.execPath,
    args: ['--import', tsxLoader, '--import', fetchPreload, file],
    timeoutMs: WAIT_DEADLINE_MS,
  };
}

const node: SampleRunner = {
  fileName: 'sample.mjs',
  steps: (file) => [nodeStep(file)],
  env: () => ({}),
};

/** The SDK sample is TypeScript importing `@ryzeapi/sdk`: it resolves to the built package. */
const typescript: SampleRunner = {
  fileName: 'sample.ts',
  steps: (file) => [nodeStep(file)],
  env: () => ({}),
};

const curl: SampleRunner = {
  fileName: 'sample.sh',
  steps(file) {
    findExecutable('curl', 'install curl.');
    return [
      {
        name: 'bash + curl',
        command: findExecutable('bash', 'install bash.'),
        args: [file],
        timeoutMs: WAIT_DEADLINE_MS,
      },
    ];
  },
  env: () => ({}),
};

/** The Python SDK's wheel, as built by its package (`ryzeapi-<version>-py3-none-any.whl`). */
function pythonSdkWheel(): string {
  const sdk = sdkFolders.python;
  const { version } = JSON.parse(readFileSync(join(sdk, 'package.json'), 'utf8'));
  return requireFile(
    join(sdk, 'dist', `ryzeapi-${version}-py3-none-any.whl`),
    'build it with `pnpm --filter @ryzeapi/sdk-python build` (pnpm build does).',
    constants.R_OK,
  );
}

/**
 * Debian's Python, which has python3-requests and python3-httpx (a pyenv or venv python on PATH
 * may not); the SDK sample imports `ryzeapi` from its built wheel, put on the path as a zip.
 */
const python: SampleRunner = {
  fileName: 'sample.py',
  steps: (file) => [
    {
      name: 'python3',
      command: requireFile(
        '/usr/bin/python3',
        'install python3 and python3-requests (.ci/run does).',
      ),
      args: [file],
      timeoutMs: WAIT_DEADLINE_MS,
    },
  ],
  env: () => ({ PYTHONPATH: pythonSdkWheel() }),
};

/** The Go SDK's module path, as its go.mod names it. */
const GO_SDK_MODULE = 'github.com/ryzeapi/ryzeapi-groups/packages/sdk-go';

/**
 * Debian's golang-go: .ci/run installs it into /usr/lib/go when `go` is missing. Each sample is a
 * module whose go.mod resolves the Go SDK to the workspace's copy (no module proxy is reachable),
 * so the SDK sample builds offline and the others ignore it.
 */
const go: SampleRunner = {
  fileName: 'main.go',
  companionFiles: () => ({
    'go.mod': `module sample\n\ngo 1.19\n\nrequire ${GO_SDK_MODULE} v0.0.0\n\nreplace ${GO_SDK_MODULE} => ${sdkFolders.go}\n`,
  }),
  steps(file) {
    const goBinary = realpathSync(
      findExecutable('go', 'install golang-go (.ci/run does).', ['/usr/lib/go/bin/go']),
    );
    const gofmt = join(dirname(goBinary), 'gofmt');
    return [
      {
        name: 'gofmt -l',
        command: gofmt,
        args: ['-l', file],
        silent: true,
        timeoutMs: WAIT_DEADLINE_MS,
      },
      { name: 'go vet', command: goBinary, args: ['vet', '.'], timeoutMs: WAIT_DEADLINE_MS },
      { name: 'go run', command: goBinary, args: ['run', '.'], timeoutMs: WAIT_DEADLINE_MS },
    ];
  },
  env: () => ({
    // The compile cache outlives the sample's throwaway HOME, so only the first run compiles.
    GOCACHE: process.env.GOCACHE ?? join(homedir(), '.cache', 'go-build'),
    GOFLAGS: '',
    GOPROXY: 'off',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    CGO_ENABLED: '0',
  }),
};

const RUNNERS: Record<string, SampleRunner> = {
  curl,
  javascript: node,
  typescript,
  python,
  go,
};

/** The runner for an `x-codeSamples` lang, or an error that says what to add. */
export function runnerFor(lang: string, label: string): SampleRunner {
  const runner = RUNNERS[lang.toLowerCase()];
  if (!runner) {
    throw new Error(
      `No runner for the ${JSON.stringify(label)} sample (lang ${JSON.stringify(lang)}): every sample the ` +
        `reference shows is run against the mock; add one in test/support/sample-runners.ts.`,
    );
  }
  return runner;
}

export interface StepResult {
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/** Runs one step to completion (or to its deadline), never throwing on a failed exit. */
export function runStep(step: Step, cwd: string, env: Record<string, string>): Promise<StepResult> {
  return new Promise((resolve) => {
    execFile(
      step.command,
      step.args,
      { cwd, env, timeout: step.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 4 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const failure = error as (Error & { code?: number | string; signal?: string }) | null;
        resolve({
          exitCode: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0,
          signal: failure?.signal ?? null,
          stdout,
          stderr:
            failure && typeof failure.code !== 'number' && !failure.signal
              ? `${stderr}${failure.message}`
              : stderr,
        });
      },
    );
  });
}
