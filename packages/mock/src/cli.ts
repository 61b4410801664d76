#!/usr/bin/env node
/**
 * `ryzeapi-mock`: serves the bundled spec with Prism until Ctrl-C. `npx @ryzeapi/mock --help`.
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { commonFlags, ownPackageVersion, runServerCli } from '@ryzeapi/local-server/server-cli';
import { readOpenApiDocument } from '@ryzeapi/openapi/document';
import { bundledSpecPath } from './bundled-spec.ts';
import { MockOptionError } from './errors.ts';
import { exampleCurl } from './example-request.ts';
import { checkPort } from './server-options.ts';
import { startMock } from './start-mock.ts';
import { startProxy } from './start-proxy.ts';

const USAGE = `Usage: ryzeapi-mock [options]

Serves a Prism mock of RyzeAPI's group endpoints from the OpenAPI document bundled with this
package. Requests and responses are validated against it.

Options:
  --port <n>        port to listen on; 0 picks a free one (default: 4010)
  --host <host>     interface to listen on (default: 127.0.0.1)
  --dynamic         generate responses from the schemas instead of the examples
  --seed <text>     make generated responses repeatable
  --proxy <url>     instead of mocking, forward to this server and report responses that break
                    the spec (prism proxy --errors)
  --quiet           do not print Prism's request log
  --version         print the versions of this package, the spec and Prism
  --help            print this help

Pick a response with a Prefer header: -H 'Prefer: code=404, example=notMember'.`;

const packageVersion = (name: string): string =>
  (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
const document = readOpenApiDocument(bundledSpecPath);
const info = document.info as { title: string; version: string };

process.exitCode = await runServerCli({
  usage: USAGE,
  parseFlags,
  versionLine: () =>
    `@ryzeapi/mock ${ownPackageVersion(import.meta.url)}, spec "${info.title}" ${info.version}, ` +
    `Prism ${packageVersion('@stoplight/prism-cli')}`,
  start: (flags) => {
    const shared = {
      port: flags.port,
      host: flags.host,
      ...(flags.quiet ? {} : { log: (line: string) => console.log(line) }),
    };
    return flags.proxy
      ? startProxy({ ...shared, upstream: flags.proxy })
      : startMock({ ...shared, dynamic: flags.dynamic, ...optional('seed', flags.seed) });
  },
  banner: (server, flags) => {
    const what = flags.proxy ? `Prism proxy in front of ${flags.proxy}` : 'RyzeAPI mock';
    const curl = flags.proxy ? undefined : exampleCurl(document, server.url);
    return [
      `\n${what} (spec ${info.version}) listening on ${server.url}`,
      ...(curl ? [`Try it:\n  ${curl}`, `  ${curl} -H 'Prefer: code=404, example=notMember'`] : []),
    ];
  },
});

function parseFlags() {
  const { values } = parseArgs({
    strict: true,
    allowPositionals: false,
    options: {
      ...commonFlags(4010),
      dynamic: { type: 'boolean', default: false },
      seed: { type: 'string' },
      proxy: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const port = /^\d+$/.test(values.port) ? Number(values.port) : Number.NaN;
  try {
    checkPort(port);
  } catch {
    throw new MockOptionError(
      `--port must be an integer from 0 to 65535, got ${JSON.stringify(values.port)}.`,
    );
  }
  return { ...values, port };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
