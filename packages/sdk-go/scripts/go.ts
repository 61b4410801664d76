/**
 * The package's Go tasks, as turbo runs them: `build` (go build + go vet), `lint` (gofmt -l must
 * print nothing, go vet) and `test` (go test -json, its report written to
 * test-output/go-test.json for the CI summary, failures printed).
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { summarizeGoTestEvents } from './go-test-report.ts';
import { goEnv, goTool, runGo } from './go-toolchain.ts';

const moduleDir = fileURLToPath(new URL('..', import.meta.url));
export const GO_TEST_REPORT = fileURLToPath(
  new URL('../test-output/go-test.json', import.meta.url),
);

/** `gofmt -l .`: the files gofmt would change, one per line (none when all is well). */
function unformattedFiles(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(goTool('gofmt'), ['-l', '.'], { cwd: moduleDir, env: goEnv() });
    let listed = '';
    child.stdout.on('data', (chunk) => {
      listed += chunk;
    });
    child.stderr.pipe(process.stderr);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(listed) : reject(new Error(`gofmt exited ${code}`)),
    );
  });
}

/** `go test -json ./...`, its events written to the report and summarized on stdout. */
async function goTest(): Promise<number> {
  await mkdir(fileURLToPath(new URL('../test-output/', import.meta.url)), { recursive: true });
  const report = createWriteStream(GO_TEST_REPORT);
  const child = spawn(goTool('go'), ['test', '-json', '-count=1', './...'], {
    cwd: moduleDir,
    env: goEnv(),
  });
  let events = '';
  child.stdout.on('data', (chunk) => {
    report.write(chunk);
    events += chunk;
  });
  child.stderr.pipe(process.stderr);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit ?? 1));
  });
  await new Promise((resolve) => report.end(resolve));
  const summary = summarizeGoTestEvents(events);
  for (const failure of summary.failures) console.log(failure);
  console.log(
    `go test: ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`,
  );
  return code !== 0 || summary.failed > 0 ? 1 : 0;
}

async function main(task: string | undefined): Promise<number> {
  switch (task) {
    case 'build':
      return (await runGo(['build', './...'], moduleDir)) || runGo(['vet', './...'], moduleDir);
    case 'lint': {
      const unformatted = await unformattedFiles();
      if (unformatted) {
        console.error(`gofmt would reformat these files (run gofmt -w on them):\n${unformatted}`);
        return 1;
      }
      return runGo(['vet', './...'], moduleDir);
    }
    case 'test':
      return goTest();
    default:
      console.error(`Unknown task ${JSON.stringify(task)}: pass build, lint or test`);
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (error) {
  // A missing toolchain is a sentence saying what to install (goTool's), not a stack trace.
  console.error((error as Error).message);
  process.exitCode = 1;
}
