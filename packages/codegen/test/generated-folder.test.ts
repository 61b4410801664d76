import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { driftedFiles, readCommittedFiles, writeGeneratedFiles } from '../src/generated-folder.ts';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ryzeapi-codegen-'));
  folders.push(dir);
  return dir;
}

describe('driftedFiles', () => {
  const files = new Map([['models.go', 'package generated\n']]);

  it('names a file added to the folder or missing from it', () => {
    const withStray = new Map([...files, ['notes.go', 'package generated\n']]);
    expect(driftedFiles(withStray, files)).toEqual(['notes.go']);
    expect(driftedFiles(files, withStray)).toEqual(['notes.go']);
  });

  it('names a changed file, and nothing when the sets agree', () => {
    expect(driftedFiles(files, new Map([['models.go', 'package other\n']]))).toEqual(['models.go']);
    expect(driftedFiles(files, new Map(files))).toEqual([]);
  });
});

describe('writeGeneratedFiles and readCommittedFiles', () => {
  it('leave the folder holding exactly the files, its subfolders alone', async () => {
    const dir = await folder();
    await mkdir(join(dir, '__pycache__'));
    await writeFile(join(dir, 'stale.py'), 'old\n');
    const files = new Map([
      ['a.py', 'A\n'],
      ['b.py', 'B\n'],
    ]);
    await writeGeneratedFiles(dir, files);
    expect(await readCommittedFiles(dir)).toEqual(files);
    expect((await readdir(dir)).sort()).toEqual(['__pycache__', 'a.py', 'b.py']);
  });
});
