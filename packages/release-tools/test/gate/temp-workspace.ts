/**
 * A throwaway pnpm workspace on disk: the spec package, the SDK, every other package generated
 * from the spec (at one version), a baseline and changesets.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GENERATED_FROM_SPEC, SPEC_PACKAGE } from '../../src/release-config.ts';
import type { JsonObject } from '../../src/spec-diff/openapi-document.ts';

const SDK = '@ryzeapi/sdk';

export interface TempWorkspace {
  root: string;
  write(path: string, content: string | JsonObject): void;
  addChangeset(id: string, releases: Record<string, string>): void;
  remove(): void;
}

export function createTempWorkspace(versions: {
  openapi: string;
  sdk: string;
  /** The version of the other packages generated from the spec (the mock, the sandbox, …). */
  others: string;
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
  for (const name of GENERATED_FROM_SPEC.filter((n) => n !== SPEC_PACKAGE && n !== SDK)) {
    write(`packages/${name.split('/')[1]}/package.json`, { name, version: versions.others });
  }
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
