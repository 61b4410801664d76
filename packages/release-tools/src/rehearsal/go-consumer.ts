import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '@ryzeapi/test-support/command';
import { goCommand, type PublishedGoModule } from './go-module-proxy.ts';
import { SEED } from './seed.ts';

function mainGo(module: string): string {
  return `package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	ryzeapi "${module}"
)

func main() {
	client, err := ryzeapi.NewClient(ryzeapi.WithToken(${JSON.stringify(SEED.token)}), ryzeapi.WithBaseURL(os.Getenv("SANDBOX_URL")))
	if err != nil {
		fail(err)
	}
	params := ryzeapi.LeaveParams{Identifier: ${JSON.stringify(SEED.identifier)}}
	left, err := client.Groups.Leave(context.Background(), ${JSON.stringify(SEED.instance)}, params)
	if err != nil {
		fail(err)
	}
	if left.GroupJid != ${JSON.stringify(SEED.groupJid)} {
		fail(fmt.Errorf("unexpected answer: %+v", left))
	}
	fmt.Println("200", left.Message, left.GroupJid)
	_, err = client.Groups.Leave(context.Background(), ${JSON.stringify(SEED.instance)}, params)
	var notFound *ryzeapi.NotFoundError
	if !errors.As(err, &notFound) {
		fail(fmt.Errorf("the second leave should be a *NotFoundError, got %v", err))
	}
	fmt.Println("404", err)
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, err)
	os.Exit(1)
}
`;
}

/**
 * A new Go module that \`go get\`s the SDK through the rehearsal's proxy folder alone (no sum
 * database, a fresh module cache), checks that go.sum records the sum the zip was published
 * with, and runs the seed's leave twice against the sandbox: 200, then *NotFoundError.
 */
export async function goGetAndLeave(
  workDir: string,
  env: NodeJS.ProcessEnv,
  proxyDir: string,
  published: PublishedGoModule,
  sandboxUrl: string,
): Promise<string> {
  const dir = mkdtempSync(join(workDir, 'go-consumer-'));
  const goEnv = {
    ...env,
    GOPROXY: `file://${proxyDir}`,
    GOSUMDB: 'off',
    GOFLAGS: '-mod=mod',
    GO111MODULE: 'on',
    GOMODCACHE: join(dir, '.modcache'),
    GOPATH: join(dir, '.gopath'),
    GONOSUMDB: '',
    GOPRIVATE: '',
    GONOPROXY: '',
  };
  const go = goCommand();
  writeFileSync(join(dir, 'go.mod'), 'module example.com/rehearsal-consumer\n\ngo 1.19\n');
  writeFileSync(join(dir, 'main.go'), mainGo(published.module));
  const run = async (...args: string[]) =>
    (await runCommand(go, args, { cwd: dir, env: { ...goEnv, SANDBOX_URL: sandboxUrl } })).output;
  let output = await run('get', `${published.module}@${published.version}`);
  const goSum = readFileSync(join(dir, 'go.sum'), 'utf8');
  const recorded = new RegExp(
    `^${published.module.replaceAll('.', '\\.')} ${published.version} (h1:\\S+)$`,
    'm',
  ).exec(goSum)?.[1];
  if (recorded !== published.sum) {
    throw new Error(
      `go.sum records ${recorded ?? 'no sum'} for ${published.module}@${published.version}, the zip was published with ${published.sum}\n${goSum}`,
    );
  }
  output += `go.sum: ${recorded}\n`;
  output += await run('run', '.');
  return output;
}
