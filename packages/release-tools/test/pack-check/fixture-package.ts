/**
 * A small publishable package on disk, correct in every respect (dual ESM/CJS with types, a data
 * export, README, LICENSE, full metadata), that each test breaks in one way. `tarOf` packs the
 * folder as npm does (files under `package/`) without applying "files", so a test can put into
 * the tarball exactly what a wrong "files" list would let through.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Manifest = Record<string, unknown>;

export interface FixturePackage {
  dir: string;
  manifest: Manifest;
  files: Map<string, string>;
  /** Writes the package folder and returns its path. */
  write(): string;
  /** Writes the folder and packs it into a .tgz with the system's tar; returns the tarball path. */
  tar(): string;
  remove(): void;
}

const README = `# @fixture/answer

A fixture package for the release checks: it exports \`answer\` to ES module and CommonJS
consumers alike, and ships its data as \`@fixture/answer/data.json\`.

\`\`\`js
import { answer } from '@fixture/answer';
\`\`\`
`;

export function fixturePackage(): FixturePackage {
  const root = mkdtempSync(join(tmpdir(), 'pack-fixture-'));
  const dir = join(root, 'package');
  const manifest: Manifest = {
    name: '@fixture/answer',
    version: '1.0.0',
    description: 'A fixture package for the release checks.',
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    main: './dist/index.cjs',
    types: './dist/index.d.cts',
    exports: {
      '.': {
        import: { types: './dist/index.d.ts', default: './dist/index.js' },
        require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      },
      './data.json': './dist/data.json',
      './package.json': './package.json',
    },
    files: ['dist'],
    repository: {
      type: 'git',
      url: 'git+https://example.com/fixture.git',
      directory: 'packages/answer',
    },
    homepage: 'https://example.com/fixture#readme',
    bugs: { url: 'https://example.com/fixture/issues' },
    engines: { node: '>=20.19' },
    publishConfig: { access: 'public' },
  };
  const files = new Map<string, string>([
    ['README.md', README],
    [
      'LICENSE',
      'MIT License\n\nCopyright (c) RyzeAPI\n\nPermission is hereby granted, free of charge…\n',
    ],
    ['dist/index.js', 'export const answer = 42;\n'],
    ['dist/index.cjs', "'use strict';\nexports.answer = 42;\n"],
    ['dist/index.d.ts', 'export declare const answer: number;\n'],
    ['dist/index.d.cts', 'export declare const answer: number;\n'],
    ['dist/data.json', '{"answer": 42}\n'],
  ]);
  const write = () => {
    rmSync(dir, { recursive: true, force: true });
    for (const [path, content] of [
      ...files,
      ['package.json', `${JSON.stringify(manifest, null, 2)}\n`] as const,
    ]) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  };
  return {
    dir,
    manifest,
    files,
    write,
    tar() {
      write();
      const tarball = join(root, 'fixture-answer-1.0.0.tgz');
      execFileSync('tar', ['-czf', tarball, '-C', root, 'package']);
      return tarball;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
