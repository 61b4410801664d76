import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { listenOnLoopback } from '@ryzeapi/test-support/loopback-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEFT, rateLimitHeaders } from './fake-fetch.ts';

const run = promisify(execFile);
const packageDir = new URL('..', import.meta.url);
const examples = (await readdir(new URL('examples/', packageDir))).filter((file) =>
  file.endsWith('.ts'),
);

// A local stand-in for the API answering every leave with the spec's 200 example; the mock
// package runs the same examples against Prism.
let server: Server;
let baseUrl: string;
const received: { path: string; token: string | undefined }[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    received.push({
      path: new URL(request.url ?? '', 'http://x').pathname,
      token: request.headers.token as string,
    });
    response.writeHead(200, { 'Content-Type': 'application/json', ...rateLimitHeaders() });
    response.end(JSON.stringify(LEFT));
  });
  await listenOnLoopback(server);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Runs a TypeScript file with tsx, as a user would, inside this package (so `@ryzeapi/sdk` resolves to dist). */
function runTs(file: string, env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', file], {
    cwd: packageDir.pathname,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
}

describe('every example runs', () => {
  it.each(examples)('examples/%s', async (file) => {
    received.length = 0;
    const { stdout } = await runTs(`examples/${file}`, {
      RYZEAPI_BASE_URL: baseUrl,
      RYZEAPI_TOKEN: 'example-token',
      RYZEAPI_INSTANCE: 'my-instance',
    });
    expect(stdout).not.toBe('');
    for (const request of received) {
      expect(request).toEqual({ path: '/api/group/leave/my-instance', token: 'example-token' });
    }
  });
});

it('the TypeScript code sample of the spec runs, against the URL it names', async () => {
  const sample = await readFile(
    new URL('../../spec/code_samples/typescript/leave_group.ts', packageDir),
    'utf8',
  );
  expect(sample).toContain("baseUrl: 'https://ryzeapi.cloud'");
  const copy = new URL('test-output/code-sample/leave_group.ts', packageDir);
  await mkdir(new URL('.', copy), { recursive: true });
  await writeFile(copy, sample.replace('https://ryzeapi.cloud', baseUrl));
  received.length = 0;
  const { stdout } = await runTs('test-output/code-sample/leave_group.ts', {
    Token_Instance: 'sample-token',
    Instance_Name: 'my-instance',
  });
  expect(stdout).toBe(`Left ${LEFT.groupJid}\n`);
  expect(received).toEqual([{ path: '/api/group/leave/my-instance', token: 'sample-token' }]);
});
