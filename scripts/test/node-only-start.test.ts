import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkNodeOnlyStart, formatOffending } from '../start-command/node-only-start.ts';
import { REPOSITORY_ROOT } from '../start-command/start-task-graph.ts';
import { toolchainNeedsOf } from '../start-command/toolchains.ts';

const temporaryDirs: string[] = [];
afterAll(() => {
  for (const dir of temporaryDirs) rmSync(dir, { recursive: true, force: true });
});

function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporaryDirs.push(dir);
  return dir;
}

/** The repository's files as they are in the working tree (no install, no build output). */
function copyOfRepository(): string {
  const root = temporaryDir('node-only-start-');
  const files = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: REPOSITORY_ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 },
  )
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(REPOSITORY_ROOT, file)));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(REPOSITORY_ROOT, file), join(root, file));
  }
  return root;
}

function addDevDependency(root: string, packageDir: string, dependency: string): void {
  const file = join(root, packageDir, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.devDependencies = { ...manifest.devDependencies, [dependency]: 'workspace:*' };
  writeFileSync(file, JSON.stringify(manifest, null, 2));
}

describe('which toolchains a package needs, read from the package', () => {
  it('finds Python in the Python SDK and Go in the Go SDK, and nothing in Node packages', () => {
    const toolchains = (dir: string) => [
      ...new Set(toolchainNeedsOf(join(REPOSITORY_ROOT, dir)).map((need) => need.toolchain)),
    ];
    expect(toolchains('packages/sdk-python')).toEqual(['Python']);
    expect(toolchains('packages/sdk-go')).toEqual(['Go']);
    expect(toolchains('packages/docs')).toEqual([]);
    expect(toolchains('spec')).toEqual([]);
  });

  it('finds a toolchain that only a script runs', () => {
    const dir = temporaryDir('toolchain-scripts-');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        scripts: { build: 'tsc && go vet ./...', lint: '/usr/bin/python3 -m pyflakes src' },
      }),
    );
    expect(toolchainNeedsOf(dir)).toEqual([
      { toolchain: 'Go', evidence: 'its build script runs go: tsc && go vet ./...' },
      {
        toolchain: 'Python',
        evidence: 'its lint script runs python3: /usr/bin/python3 -m pyflakes src',
      },
    ]);
  });

  it('does not take a file or word that merely contains a toolchain name for it', () => {
    const dir = temporaryDir('toolchain-lookalikes-');
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ scripts: { build: 'tsx scripts/go.ts', docs: 'echo python-free gopher' } }),
    );
    expect(toolchainNeedsOf(dir)).toEqual([]);
  });
});

describe("pnpm start's task graph, as turbo plans it", () => {
  it('serves the docs, the mock and the sandbox, lints the spec, and needs nothing but Node.js', () => {
    const { tasks, offending } = checkNodeOnlyStart(REPOSITORY_ROOT);
    const taskIds = tasks.map((task) => task.taskId);
    expect(taskIds).toEqual(
      expect.arrayContaining([
        '@ryzeapi/docs#start',
        '@ryzeapi/mock#start',
        '@ryzeapi/sandbox#start',
        '@ryzeapi/openapi#lint',
        '@ryzeapi/openapi#build',
      ]),
    );
    expect(offending, formatOffending(offending)).toEqual([]);
  });

  it('fails when start builds and lints every package, as `turbo run lint build start` did', () => {
    const root = copyOfRepository();
    const file = join(root, 'package.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    manifest.scripts.start = 'turbo run lint build start';
    writeFileSync(file, JSON.stringify(manifest, null, 2));
    const report = formatOffending(checkNodeOnlyStart(root).offending);
    expect(report).toContain('@ryzeapi/sdk-python#build needs Python');
    expect(report).toContain('@ryzeapi/sdk-python#lint needs Python');
    expect(report).toContain('@ryzeapi/sdk-go#build needs Go');
  });

  it('fails when a served package comes to depend on the Python SDK', () => {
    const root = copyOfRepository();
    addDevDependency(root, 'packages/docs', '@ryzeapi/sdk-python');
    const { offending } = checkNodeOnlyStart(root);
    expect(formatOffending(offending)).toContain(
      '@ryzeapi/sdk-python#build needs Python (has pyproject.toml)',
    );
  });

  it('fails when a served package comes to depend on the Go SDK', () => {
    const root = copyOfRepository();
    addDevDependency(root, 'packages/mock', '@ryzeapi/sdk-go');
    const { offending } = checkNodeOnlyStart(root);
    expect(formatOffending(offending)).toContain('@ryzeapi/sdk-go#build needs Go (has go.mod)');
  });
});
