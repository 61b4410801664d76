import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '@ryzeapi/test-support/command';
import { cleanEnvironment } from '@ryzeapi/test-support/workspace-copy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newNpmProject, npmInstall } from '../../src/rehearsal/consumer-project.ts';
import {
  type LocalNpmRegistry,
  startLocalNpmRegistry,
} from '../../src/rehearsal/local-npm-registry.ts';
import { placeholderCredentials } from '../../src/rehearsal/npm-publish.ts';
import { checkRegistryManifest } from '../../src/rehearsal/registry-manifest.ts';
import { runRow } from '../../src/rehearsal/rehearsal-row.ts';

let workDir: string;
let registry: LocalNpmRegistry;
const env = cleanEnvironment();

/** Publishes a fixture package with plain `npm publish`, which leaves `workspace:` ranges as they are. */
async function npmPublish(name: string, dependencies: Record<string, string>) {
  const dir = join(workDir, name.replace('/', '+'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name, version: '1.0.0', license: 'MIT', dependencies }),
  );
  writeFileSync(join(dir, 'index.js'), 'module.exports = 42;\n');
  await runCommand('npm', ['publish', '--registry', registry.url, '--access', 'public'], {
    cwd: dir,
    env: { ...env, npm_config_userconfig: placeholderCredentials(workDir, registry.url) },
  });
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'registry-manifest-test-'));
  registry = await startLocalNpmRegistry(join(workDir, 'registry'));
  await npmPublish('@ryzeapi/fixture-base', {});
  await npmPublish('@ryzeapi/fixture-rewritten', { '@ryzeapi/fixture-base': '^1.0.0' });
  await npmPublish('@ryzeapi/fixture-kept', { '@ryzeapi/fixture-base': 'workspace:^' });
});

afterAll(async () => {
  await registry?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the published manifest row', () => {
  it('passes a manifest whose ranges a user can resolve', async () => {
    await expect(
      checkRegistryManifest(registry.url, '@ryzeapi/fixture-rewritten', '1.0.0'),
    ).resolves.toBe('dependencies: @ryzeapi/fixture-base@^1.0.0');
  });

  it('fails a manifest that keeps a workspace: range, naming it (negative control)', async () => {
    const row = await runRow(
      {
        package: '@ryzeapi/fixture-kept',
        version: '1.0.0',
        registry: registry.url,
        consumer: 'manifest',
      },
      () => checkRegistryManifest(registry.url, '@ryzeapi/fixture-kept', '1.0.0'),
    );
    expect(row.passed).toBe(false);
    expect(row.output).toContain('dependencies.@ryzeapi/fixture-base: "workspace:^"');
  });

  it('fails a version the registry does not have', async () => {
    await expect(
      checkRegistryManifest(registry.url, '@ryzeapi/fixture-kept', '2.0.0'),
    ).rejects.toThrow('@ryzeapi/fixture-kept@2.0.0 is not in the registry (it has 1.0.0)');
  });

  it('and npm itself cannot install that package, which is what a user would meet', async () => {
    const context = { workDir, env, npmRegistry: registry.url };
    const kept = newNpmProject(context, 'kept-consumer');
    await expect(npmInstall(kept, ['@ryzeapi/fixture-kept@1.0.0'])).rejects.toThrow(/workspace:/);
    const rewritten = newNpmProject(context, 'rewritten-consumer');
    await expect(npmInstall(rewritten, ['@ryzeapi/fixture-rewritten@1.0.0'])).resolves.toContain(
      'added 2 packages',
    );
  });
});
