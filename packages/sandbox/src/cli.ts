#!/usr/bin/env node
/**
 * `ryzeapi-sandbox`: serves a stateful sandbox of the group endpoints until Ctrl-C.
 * `npx @ryzeapi/sandbox --help`.
 */
import { parseArgs } from 'node:util';
import { commonFlags, ownPackageVersion, runServerCli } from '@ryzeapi/local-server/server-cli';
import { readOpenApiDocument } from './bundled-spec.ts';
import { CONTROL_SECRET_ENV, MIN_CONTROL_SECRET_LENGTH } from './control-secret.ts';
import { SandboxOptionError } from './errors.ts';
import { exampleRequests } from './example-requests.ts';
import type { Fixtures } from './fixtures.ts';
import { loadFixtures } from './load-fixtures.ts';
import { DEFAULT_RATE_LIMIT, DEFAULT_RATE_WINDOW_SECONDS } from './sandbox-options.ts';
import { startSandbox } from './start-sandbox.ts';

const USAGE = `Usage: ryzeapi-sandbox [options]

Serves a stateful sandbox of RyzeAPI's group endpoints: groups are left for good (a second leave
answers 404), each token has its own rate-limit bucket, tokens act only on their own instances.
Requests are validated against the OpenAPI document bundled with this package.

Options:
  --port <n>               port to listen on; 0 picks a free one (default: 4020)
  --host <host>            interface to listen on (default: 127.0.0.1)
  --fixtures <file>        a JSON file of accounts, instances and groups (default: built in)
  --rate-limit <n>         requests per window in each token's bucket (default: ${DEFAULT_RATE_LIMIT})
  --rate-window <seconds>  the bucket's window (default: ${DEFAULT_RATE_WINDOW_SECONDS})
  --control-secret <s>     the secret control requests must send in X-Sandbox-Control-Secret
                           (at least ${MIN_CONTROL_SECRET_LENGTH} characters); required when --host is not
                           loopback. Prefer the ${CONTROL_SECRET_ENV} environment
                           variable: a flag shows in the process list
  --version                print the versions of this package and of the spec
  --help                   print this help

Control API (for tests): POST /__sandbox/reset, GET /__sandbox/state,
POST /__sandbox/faults, POST /__sandbox/clock.`;

/** The control secret: the flag, else the environment variable, else none. */
function controlSecretOf(flag: string | undefined): string | undefined {
  return flag ?? (process.env[CONTROL_SECRET_ENV] || undefined);
}

const document = readOpenApiDocument();

process.exitCode = await runServerCli({
  usage: USAGE,
  parseFlags,
  versionLine: () =>
    `@ryzeapi/sandbox ${ownPackageVersion(import.meta.url)}, spec "${document.info.title}" ${document.info.version}`,
  start: (flags) => {
    const fixtures =
      flags.fixtures === undefined ? undefined : loadFixtures(flags.fixtures, document);
    const secret = controlSecretOf(flags['control-secret']);
    return startSandbox({
      port: flags.port,
      host: flags.host,
      rateLimit: flags.rateLimit,
      rateWindowSeconds: flags.rateWindow,
      ...(secret === undefined ? {} : { controlSecret: secret }),
      ...(fixtures ? { fixtures } : {}),
    });
  },
  banner: (sandbox, flags) => [
    `\nRyzeAPI sandbox (spec ${document.info.version}) listening on ${sandbox.url}\n` +
      `Rate limit: ${flags.rateLimit} requests per ${flags.rateWindow} s per token.\n` +
      (controlSecretOf(flags['control-secret'])
        ? 'Control API: needs the control secret in the X-Sandbox-Control-Secret header.\n'
        : ''),
    describeFixtures(sandbox.fixtures, flags.fixtures ?? 'built in'),
    'Try it (the same leave twice: 200, then 404):',
    ...exampleRequests(sandbox.fixtures, sandbox.url, {
      controlSecret: controlSecretOf(flags['control-secret']) !== undefined,
    }).map((request) => `  ${request}`),
    '',
  ],
});

/** The fixture's accounts, instances (with their tokens) and groups, as a user needs them. */
function describeFixtures(fixtures: Fixtures, source: string): string {
  const lines = [`Fixtures (${source}):`, '  accounts:'];
  for (const account of fixtures.accounts) {
    lines.push(`    ${account.name}  account token: ${account.token}`);
  }
  lines.push('  instances:');
  for (const instance of fixtures.instances) {
    const connection = instance.connected === false ? 'disconnected' : 'connected';
    lines.push(
      `    ${instance.name}  (${instance.account}, ${connection})  instance token: ${instance.token}`,
    );
  }
  lines.push('  groups:');
  for (const group of fixtures.groups) {
    const traits = [
      `code ${group.inviteCode}`,
      `members: ${group.members.join(', ') || 'none'}`,
      ...(group.subgroups?.length ? [`community of ${group.subgroups.join(', ')}`] : []),
      ...(group.leavable === false ? ['may not be left'] : []),
    ];
    lines.push(`    ${group.jid}  ${group.name ?? ''}`.trimEnd(), `      ${traits.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function parseFlags() {
  const { values } = parseArgs({
    strict: true,
    allowPositionals: false,
    options: {
      ...commonFlags(4020),
      fixtures: { type: 'string' },
      'control-secret': { type: 'string' },
      'rate-limit': { type: 'string', default: String(DEFAULT_RATE_LIMIT) },
      'rate-window': { type: 'string', default: String(DEFAULT_RATE_WINDOW_SECONDS) },
    },
  });
  const port = wholeNumber('--port', values.port, 0, 65_535);
  const rateLimit = wholeNumber('--rate-limit', values['rate-limit'], 1, Number.MAX_SAFE_INTEGER);
  const rateWindow = Number(values['rate-window']);
  if (!/^\d+(\.\d+)?$/.test(values['rate-window']) || !(rateWindow > 0)) {
    throw new SandboxOptionError(
      `--rate-window must be a positive number of seconds, got ${JSON.stringify(values['rate-window'])}.`,
    );
  }
  return { ...values, port, rateLimit, rateWindow };
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (value >= min && value <= max) return value;
  throw new SandboxOptionError(
    `${flag} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text)}.`,
  );
}
