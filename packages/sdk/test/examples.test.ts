import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { type RunningSandbox, startSandbox } from '@ryzeapi/sandbox';
import { type RecordingProxy, startRecordingProxy } from '@ryzeapi/test-support/recording-proxy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = new URL('..', import.meta.url);
const examples = (await readdir(new URL('examples/', packageDir))).filter((file) =>
  file.endsWith('.ts'),
);

/**
 * How many requests each example sends, written down apart from the examples: an example that
 * stops calling the API (or calls it twice) fails, and a new example must be added here.
 */
const REQUESTS_SENT: Record<string, number> = {
  'abort.ts': 1,
  'custom-fetch.ts': 1,
  'handle-errors.ts': 1,
  'leave-by-invite-link.ts': 1,
  'leave-group.ts': 1,
  // Three identifiers, the first two naming the same group: a 200 then two 404s, none retried.
  'leave-many.ts': 3,
  'parse-identifier.ts': 0,
  'rate-limit.ts': 1,
  'raw-client.ts': 1,
  'retries-and-timeouts.ts': 1,
};

// The sandbox's default fixtures: this instance, its token, and a group it is a member of.
const INSTANCE = 'my-instance';
const TOKEN = 'sandbox-token-my-instance';
const GROUP_JID = '120363406289005073@g.us';

// The examples run against the sandbox, through a proxy that records what reached it.
let sandbox: RunningSandbox;
let proxy: RecordingProxy;
beforeAll(async () => {
  sandbox = await startSandbox();
  proxy = await startRecordingProxy(sandbox.url);
});
afterAll(async () => {
  await proxy?.close();
  await sandbox?.stop();
});

/** Runs a TypeScript file with tsx, as a user would, inside this package (so `@ryzeapi/sdk` resolves to dist). */
function runTs(file: string, env: Record<string, string>) {
  return run(process.execPath, ['--import', 'tsx', file], {
    cwd: packageDir.pathname,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
}

/**
 * Runs an example against a freshly reset sandbox and checks that the sandbox saw exactly the
 * requests the example should send, each a leave of the instance with the token.
 */
async function runExampleAgainstSandbox(path: string, requestsWanted: number) {
  await sandbox.reset();
  proxy.exchanges.length = 0;
  const { stdout } = await runTs(path, {
    RYZEAPI_BASE_URL: proxy.url,
    RYZEAPI_TOKEN: TOKEN,
    RYZEAPI_INSTANCE: INSTANCE,
  });
  expect(stdout, `${path} printed nothing`).not.toBe('');
  const seen = proxy.exchanges;
  expect(
    seen.length,
    seen.length === 0 && requestsWanted > 0
      ? `${path} sent nothing to the sandbox`
      : `${path} sent ${seen.length} request(s) to the sandbox, want ${requestsWanted}`,
  ).toBe(requestsWanted);
  for (const exchange of seen) {
    expect(new URL(exchange.url, 'http://sandbox').pathname, `${path}: path`).toBe(
      `/api/group/leave/${INSTANCE}`,
    );
    expect(exchange.requestHeaders.token, `${path}: token`).toBe(TOKEN);
    expect(exchange.status, `${path}: the sandbox refused the token`).not.toBe(401);
  }
  return { stdout, seen };
}

describe('every example runs and is seen by the sandbox', () => {
  it('lists every example, and only those', () => {
    expect(Object.keys(REQUESTS_SENT).sort()).toEqual([...examples].sort());
  });

  it.each(examples)('examples/%s', async (file) => {
    await runExampleAgainstSandbox(`examples/${file}`, REQUESTS_SENT[file] ?? Number.NaN);
  });

  it('fails an example that stops sending its request', async () => {
    // leave-group.ts with the SDK call swapped for a stub that answers without the network.
    const source = await readFile(new URL('examples/leave-group.ts', packageDir), 'utf8');
    const call = 'await client.groups.leave(';
    expect(source).toContain(call);
    const broken = new URL('test-output/broken-examples/leave-group.ts', packageDir);
    await mkdir(new URL('.', broken), { recursive: true });
    await writeFile(
      broken,
      `${source.replace(call, 'await stubLeave(')}\n` +
        `async function stubLeave(..._args: unknown[]) {\n` +
        `  return { message: 'Successfully left the group', groupJid: '${GROUP_JID}' };\n}\n`,
    );
    await expect(
      runExampleAgainstSandbox(
        'test-output/broken-examples/leave-group.ts',
        REQUESTS_SENT['leave-group.ts'] as number,
      ),
    ).rejects.toThrow('test-output/broken-examples/leave-group.ts sent nothing to the sandbox');
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
  await writeFile(copy, sample.replace('https://ryzeapi.cloud', proxy.url));
  await sandbox.reset();
  proxy.exchanges.length = 0;
  const { stdout } = await runTs('test-output/code-sample/leave_group.ts', {
    Token_Instance: TOKEN,
    Instance_Name: INSTANCE,
  });
  expect(stdout).toBe(`Left ${GROUP_JID}\n`);
  expect(proxy.exchanges.map((x) => [new URL(x.url, 'http://sandbox').pathname, x.status])).toEqual(
    [[`/api/group/leave/${INSTANCE}`, 200]],
  );
});
