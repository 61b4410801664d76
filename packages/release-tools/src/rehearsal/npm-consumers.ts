/**
 * The rehearsal's JavaScript consumers: each a new project that installs from the registry what
 * a user would, then uses it as the README says.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { runCommand } from '@ryzeapi/test-support/command';
import { WAIT_DEADLINE_MS } from '@ryzeapi/test-support/polling';
import type { NpmProject } from './consumer-project.ts';
import { SEED } from './seed.ts';

/** The seed's leave, twice: 200 with the group's JID, then the documented 404. */
function leaveScript(importLine: string): string {
  return `${importLine}
const client = createRyzeClient({ token: ${JSON.stringify(SEED.token)}, baseUrl: process.env.SANDBOX_URL });
const params = { identifier: ${JSON.stringify(SEED.identifier)} };
const left = await client.groups.leave(${JSON.stringify(SEED.instance)}, params);
if (left.groupJid !== ${JSON.stringify(SEED.groupJid)}) throw new Error('unexpected answer: ' + JSON.stringify(left));
console.log('200', left.message, left.groupJid);
try {
  await client.groups.leave(${JSON.stringify(SEED.instance)}, params);
  throw new Error('the second leave of the same group succeeded; the sandbox should answer 404');
} catch (error) {
  if (!(error instanceof NotFoundError) || error.status !== 404) throw error;
  if (!error.message.startsWith(${JSON.stringify(SEED.notMemberMessage)})) throw new Error('unexpected 404 message: ' + error.message);
  console.log('404', error.message);
}
`;
}

export const ESM_LEAVE = leaveScript(
  "import { createRyzeClient, NotFoundError } from '@ryzeapi/sdk';",
);

/** CommonJS has no top-level await: the same steps in an async function. */
export const CJS_LEAVE = `const { createRyzeClient, NotFoundError } = require('@ryzeapi/sdk');
(async () => {
${leaveScript('')}
})().catch((error) => { console.error(error); process.exitCode = 1; });
`;

/** Runs `file` (an ESM or CJS leave script) with Node in `project` against `sandboxUrl`. */
export function runLeaveScript(project: NpmProject, file: string, sandboxUrl: string) {
  return project.run(process.execPath, [file], { SANDBOX_URL: sandboxUrl });
}

/**
 * A strict TypeScript project type-checks a use of the SDK against the published declarations:
 * the client, its options, the leave's answer and an error class, by TypeScript of this
 * workspace's pinned version (a tool, not the package under test).
 */
export async function typeCheckSdk(project: NpmProject): Promise<string> {
  project.write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
        skipLibCheck: false,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
      },
      files: ['index.ts'],
    }),
  );
  project.write(
    'index.ts',
    `import { createRyzeClient, NotFoundError, type RyzeClient } from '@ryzeapi/sdk';

const client: RyzeClient = createRyzeClient({ token: 'token', baseUrl: 'http://127.0.0.1:1' });
export async function leave(): Promise<string> {
  try {
    const left = await client.groups.leave('my-instance', { identifier: '120363406289005073@g.us' });
    const jid: string = left.groupJid;
    return jid;
  } catch (error) {
    if (error instanceof NotFoundError) return String(error.status);
    throw error;
  }
}
// @ts-expect-error: leave needs an identifier
void client.groups.leave('my-instance', {});
`,
  );
  const tsc = join(
    createRequire(import.meta.url).resolve('typescript/package.json'),
    '..',
    'bin',
    'tsc',
  );
  return project.run(process.execPath, [tsc, '-p', 'tsconfig.json']);
}

/**
 * `npx @ryzeapi/mcp@<version>` started by an MCP client, as an agent host starts it: the client
 * lists the tools, finds the leave and calls it against the sandbox (the seed's group, 200).
 */
export async function listAndCallMcpTool(
  project: NpmProject,
  version: string,
  sandboxUrl: string,
): Promise<string> {
  let stderr = '';
  const transport = new StdioClientTransport({
    command: 'npx',
    args: ['--yes', `@ryzeapi/mcp@${version}`],
    cwd: project.dir,
    env: {
      ...(project.env as Record<string, string>),
      RYZEAPI_TOKEN: SEED.token,
      RYZEAPI_BASE_URL: sandboxUrl,
    },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const client = new Client({ name: 'release-rehearsal', version: '1.0.0' });
  try {
    // npx installs the server's dependencies before it answers: on a busy machine that takes
    // longer than the client's default of 60 s per request.
    const options = { timeout: WAIT_DEADLINE_MS };
    await client.connect(transport, options);
    const { tools } = await client.listTools({}, options);
    const names = tools.map((tool) => tool.name);
    if (!names.includes('leave_group')) {
      throw new Error(`the server lists ${JSON.stringify(names)}, without leave_group`);
    }
    const result = await client.callTool(
      { name: 'leave_group', arguments: { instance: SEED.instance, identifier: SEED.identifier } },
      undefined,
      options,
    );
    const text = JSON.stringify(result.content);
    if (result.isError || !text.includes(SEED.groupJid)) {
      throw new Error(`leave_group answered ${text}`);
    }
    return `tools: ${names.join(', ')}; leave_group: ${text}`;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${stderr}`.trimEnd());
  } finally {
    await client.close();
  }
}

/**
 * `@ryzeapi/openapi` from the registry holds the bundled spec byte for byte as the release built
 * it (`specDist`): each file its `exports` name, resolved as a consumer's `require.resolve` does.
 */
export async function compareBundledSpec(project: NpmProject, specDist: string): Promise<string> {
  const lines: string[] = [];
  for (const file of ['openapi.json', 'openapi.yaml']) {
    const { output } = await runCommand(
      process.execPath,
      ['-p', `require.resolve('@ryzeapi/openapi/${file}')`],
      { cwd: project.dir, env: project.env },
    );
    const installed = readFileSync(output.trim());
    const built = readFileSync(join(specDist, file));
    if (!installed.equals(built)) {
      throw new Error(
        `@ryzeapi/openapi/${file} from the registry (${installed.byteLength} bytes) differs from the release's build (${built.byteLength} bytes)`,
      );
    }
    lines.push(`${file}: ${installed.byteLength} bytes, identical`);
  }
  return lines.join('\n');
}
