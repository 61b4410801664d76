import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox } from '@ryzeapi/sandbox';
import { cleanEnvironment } from '@ryzeapi/test-support/workspace-copy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goGetAndLeave } from '../../src/rehearsal/go-consumer.ts';
import { publishGoModule } from '../../src/rehearsal/go-module-proxy.ts';
import { runRow } from '../../src/rehearsal/rehearsal-row.ts';
import { findRepoRoot } from '../../src/repo-root.ts';

const repoRoot = findRepoRoot(import.meta.dirname);
const moduleDir = join(repoRoot, 'packages/sdk-go');
const env = cleanEnvironment();
let workDir: string;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'go-module-proxy-test-'));
  sandbox = await startSandbox();
});

afterAll(async () => {
  await sandbox?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

function publish(omit: string[] = []) {
  const proxyDir = mkdtempSync(join(workDir, 'proxy-'));
  const published = publishGoModule({
    moduleDir,
    version: '0.1.0',
    proxyDir,
    workDir,
    omit,
  });
  return { proxyDir, published };
}

describe('the Go row, through a module proxy folder', () => {
  it('go gets the module from the proxy folder, go.sum records the published h1: sum, and the leave runs', async () => {
    const { proxyDir, published } = publish();
    expect(published.module).toBe('github.com/ryzeapi/ryzeapi-groups/packages/sdk-go');
    expect(published.sum).toMatch(/^h1:[A-Za-z0-9+/]{43}=$/);
    sandbox.reset();
    const output = await goGetAndLeave(workDir, env, proxyDir, published, sandbox.url);
    expect(output).toContain(`go.sum: ${published.sum}`);
    expect(output).toMatch(/200 Successfully left the group 120363406289005073@g\.us\n404 /);
  });

  it('fails the row when the zip misses a file of the module (negative control)', async () => {
    const { proxyDir, published } = publish(['groups.go']);
    const row = await runRow(
      { package: published.module, version: published.version, registry: proxyDir, consumer: 'go' },
      () => goGetAndLeave(workDir, env, proxyDir, published, sandbox.url),
    );
    expect(row.passed).toBe(false);
    expect(row.output).toContain('undefined: GroupsService');
  });
});
