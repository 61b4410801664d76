import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { globToRegExp } from '../../src/pack-check/check-file-list.ts';
import { checkTarball, packAndCheck } from '../../src/pack-check/check-package.ts';
import { findRepoRoot } from '../../src/repo-root.ts';
import { type FixturePackage, fixturePackage } from './fixture-package.ts';

let fixture: FixturePackage;
afterEach(() => fixture?.remove());

async function problemsOf(tarballPath: string): Promise<Record<string, string[]>> {
  const report = await checkTarball(tarballPath);
  return Object.fromEntries(
    report.checks.filter((c) => c.problems.length > 0).map((c) => [c.check, c.problems]),
  );
}

describe('the tarball checks', () => {
  it('pass a correct dual ESM/CJS package packed by pnpm, listing exactly its files', async () => {
    fixture = fixturePackage();
    const destination = mkdtempSync(join(tmpdir(), 'pack-dest-'));
    try {
      const report = await packAndCheck(fixture.write(), destination, findRepoRoot());
      expect(report.checks.filter((c) => c.problems.length > 0)).toEqual([]);
      expect(report.passed).toBe(true);
      expect(report.tarball.files.map((f) => f.path)).toEqual([
        'dist/data.json',
        'dist/index.cjs',
        'dist/index.d.cts',
        'dist/index.d.ts',
        'dist/index.js',
        'LICENSE',
        'package.json',
        'README.md',
      ]);
    } finally {
      rmSync(destination, { recursive: true, force: true });
    }
  });

  it('fail a package without README or LICENSE', async () => {
    fixture = fixturePackage();
    fixture.files.delete('README.md');
    fixture.files.delete('LICENSE');
    expect(await problemsOf(fixture.tar())).toEqual({
      'README and LICENSE': [
        'no README.md: add one that says what the package is and how to use it',
        'no LICENSE file: add the license text (MIT, "RyzeAPI")',
      ],
    });
  });

  it('fail a package whose metadata is incomplete, naming each missing field', async () => {
    fixture = fixturePackage();
    for (const field of [
      'repository',
      'homepage',
      'bugs',
      'engines',
      'sideEffects',
      'publishConfig',
    ]) {
      delete fixture.manifest[field];
    }
    const problems = await problemsOf(fixture.tar());
    expect(Object.keys(problems)).toEqual(['package.json metadata']);
    expect(problems['package.json metadata']?.join('\n')).toMatch(
      /"repository"[\s\S]*"homepage"[\s\S]*"bugs"[\s\S]*"engines.node"[\s\S]*"sideEffects"[\s\S]*"publishConfig.access"/,
    );
  });

  it('fail a dependency left on a workspace: range', async () => {
    fixture = fixturePackage();
    fixture.manifest.dependencies = { '@ryzeapi/openapi': 'workspace:*' };
    const problems = await problemsOf(fixture.tar());
    expect(problems['dependency ranges']).toEqual([
      expect.stringContaining('dependencies.@ryzeapi/openapi is "workspace:*"'),
    ]);
  });

  it('fail tests, source maps, credentials and configs in the tarball, and files "files" does not name', async () => {
    fixture = fixturePackage();
    fixture.files.set('dist/index.js.map', '{"version":3}');
    fixture.files.set('dist/index.test.js', 'test()');
    fixture.files.set('.env', 'TOKEN=x');
    fixture.files.set('tsconfig.json', '{}');
    fixture.files.set('src/index.ts', 'export const answer = 42;');
    const problems = (await problemsOf(fixture.tar()))['only intended files']?.join('\n') ?? '';
    expect(problems).toContain('dist/index.js.map is a source map');
    expect(problems).toContain('dist/index.test.js is a test');
    expect(problems).toContain('.env looks like a credentials file');
    expect(problems).toContain('tsconfig.json is development configuration');
    expect(problems).toContain('src/index.ts is not named by "files" (dist)');
  });

  it('accept source maps that "files" asks for', async () => {
    fixture = fixturePackage();
    fixture.files.set('dist/index.js.map', '{"version":3}');
    fixture.manifest.files = ['dist', 'dist/*.map'];
    expect(await problemsOf(fixture.tar())).toEqual({});
  });

  it('fail a package with no "files" list', async () => {
    fixture = fixturePackage();
    delete fixture.manifest.files;
    expect((await problemsOf(fixture.tar()))['only intended files']).toEqual([
      'package.json has no "files" list: without it every file in the folder is published',
    ]);
  });

  it('fail a secret in a published file, without printing it', async () => {
    fixture = fixturePackage();
    const token = `npm_${'a1B2c3D4e5'.repeat(3)}xYzWvU`;
    fixture.files.set('dist/index.js', `export const answer = 42;\nconst t = '${token}';\n`);
    const problems = (await problemsOf(fixture.tar()))['no secrets'] ?? [];
    expect(problems).toEqual([
      expect.stringContaining(
        'dist/index.js contains what looks like a npm access token: npm_…(40 characters)',
      ),
    ]);
    expect(problems.join()).not.toContain(token);
  });

  it('fail an ESM-only package for CommonJS consumers (Node resolution and attw)', async () => {
    fixture = fixturePackage();
    fixture.manifest.exports = {
      '.': { import: { types: './dist/index.d.ts', default: './dist/index.js' } },
      './package.json': './package.json',
    };
    delete fixture.manifest.main;
    delete fixture.manifest.types;
    const problems = await problemsOf(fixture.tar());
    expect(problems['exports resolve for ESM and CJS']).toEqual([
      expect.stringMatching(
        /^@fixture\/answer does not resolve for CJS \(require\) consumers: .*ERR_PACKAGE_PATH_NOT_EXPORTED/,
      ),
    ]);
    expect(problems.attw?.join('\n')).toMatch(/NoResolution at \. \(node16-cjs\)/);
  });

  it('fail an export that points at a file the tarball lacks (Node resolution and publint)', async () => {
    fixture = fixturePackage();
    fixture.files.delete('dist/data.json');
    const problems = await problemsOf(fixture.tar());
    expect(problems['exports resolve for ESM and CJS']).toEqual([
      expect.stringContaining(
        '@fixture/answer/data.json does not resolve for ESM (import) consumers',
      ),
      expect.stringContaining(
        '@fixture/answer/data.json does not resolve for CJS (require) consumers',
      ),
    ]);
    expect(problems['publint (strict)']?.join('\n')).toContain('FILE_DOES_NOT_EXIST');
  });

  it('pass a package that only exports data files (no JavaScript, so no types to check)', async () => {
    fixture = fixturePackage();
    fixture.manifest.exports = {
      './data.json': './dist/data.json',
      './package.json': './package.json',
    };
    for (const field of ['main', 'types']) delete fixture.manifest[field];
    for (const path of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts'])
      fixture.files.delete(path);
    const report = await checkTarball(fixture.tar());
    expect(report.passed).toBe(true);
    expect(report.checks.find((c) => c.check === 'attw')?.notes).toEqual([
      'no JavaScript entry point: only data files are exported',
    ]);
  });
});

describe('globToRegExp reads "files" entries as npm does', () => {
  it.each([
    { pattern: 'dist', path: 'dist/a/b.js', want: true },
    { pattern: './dist/', path: 'dist/a.js', want: true },
    { pattern: 'dist', path: 'distant.js', want: false },
    { pattern: 'dist/*.js', path: 'dist/a.js', want: true },
    { pattern: 'dist/*.js', path: 'dist/sub/a.js', want: false },
    { pattern: 'dist/**/*.map', path: 'dist/sub/a.js.map', want: true },
    { pattern: 'dist/openapi.json', path: 'dist/openapi.json', want: true },
    { pattern: 'dist/openapi.json', path: 'dist/openapi.yaml', want: false },
  ])('$pattern matches $path: $want', ({ pattern, path, want }) => {
    expect(globToRegExp(pattern).test(path)).toBe(want);
  });
});
