/**
 * A throwaway pnpm workspace on disk: the spec package, the SDK, the mock, the sandbox, a
 * baseline and changesets.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { JsonObject } from '../../src/spec-diff/openapi-document.ts';

export interface TempWorkspace {
  root: string;
  write(path: string, content: string | JsonObject): void;
  addChangeset(id: string, releases: Record<string, string>): void;
  remove(): void;
}

export function createTempWorkspace(versions: {
  openapi: string;
  sdk: string;
  mock: string;
  sandbox: string;
}): TempWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'spec-gate-'));
  const write = (path: string, content: string | JsonObject) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(
      join(root, path),
      typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`,
    );
  };
  write('pnpm-workspace.yaml', 'packages:\n  - spec\n  - packages/*\n');
  write('package.json', { name: 'temp-root', private: true });
  write('spec/package.json', { name: '@ryzeapi/openapi', version: versions.openapi });
  write('packages/sdk/package.json', { name: '@ryzeapi/sdk', version: versions.sdk });
  write('packages/mock/package.json', { name: '@ryzeapi/mock', version: versions.mock });
  write('packages/sandbox/package.json', { name: '@ryzeapi/sandbox', version: versions.sandbox });
  write('.changeset/config.json', { baseBranch: 'main' });
  return {
    root,
    write,
    addChangeset(id, releases) {
      const frontmatter = Object.entries(releases).map(([name, bump]) => `"${name}": ${bump}`);
      write(
        `.changeset/${id}.md`,
        ['---', ...frontmatter, '---', '', `Change ${id}.`, ''].join('\n'),
      );
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
