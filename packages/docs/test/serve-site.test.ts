import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { packageDir } from '../src/site-paths.ts';

/** The `start` script's command, run as the package script runs it. */
const tsx = join(packageDir, 'node_modules', '.bin', 'tsx');
const serveSite = join(packageDir, 'src', 'serve-site.ts');

let child: ChildProcess | undefined;

afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  child = undefined;
});

/** Resolves with the first stdout line matching `pattern`, or rejects when the process exits. */
function waitForLine(
  process: ChildProcess,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`No line matching ${pattern} within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    process.stdout?.setEncoding('utf8');
    process.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    process.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve-site exited with ${code} before printing its URL:\n${output}`));
    });
  });
}

test('start serves the built site on 127.0.0.1 and prints its URLs', async () => {
  child = spawn(tsx, [serveSite, '--port', '0'], {
    cwd: packageDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [, siteUrl = ''] = await waitForLine(
    child,
    /Docs site:\s+(http:\/\/127\.0\.0\.1:\d+\/)\n/,
    30_000,
  );
  const landing = await fetch(siteUrl);
  expect(landing.status).toBe(200);
  expect(await landing.text()).toContain('Read the API reference');
  const reference = await fetch(new URL('reference.html', siteUrl));
  expect(reference.status).toBe(200);
  expect(reference.headers.get('content-type')).toBe('text/html; charset=utf-8');
});

test('start refuses a bad --port with a clear message', async () => {
  const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    execFile(tsx, [serveSite, '--port', 'eighty'], { cwd: packageDir }, (error, _stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stderr }),
    );
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('Invalid --port "eighty": use an integer from 0 to 65535.');
});
