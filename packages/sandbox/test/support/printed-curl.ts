import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';

const run = promisify(execFile);

/** Runs a printed `curl -i …` line as a user pastes it, with the real curl; status and body. */
export async function runPrintedCurl(line: string): Promise<{ status: number; body: unknown }> {
  const { stdout } = await run('sh', ['-c', line.trim()], { timeout: WAIT_DEADLINE_MS });
  const [head = '', body = ''] = stdout.split(/\r?\n\r?\n/, 2);
  const status = Number(/^HTTP\/[\d.]+ (\d{3})/.exec(head)?.[1]);
  return { status, body: JSON.parse(body) };
}
