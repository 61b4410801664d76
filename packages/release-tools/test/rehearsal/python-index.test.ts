import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { startSandbox } from '@ryzeapi/sandbox';
import { cleanEnvironment } from '@ryzeapi/test-support/workspace-copy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPythonDistributions } from '../../src/python-check/build-python-distributions.ts';
import { SYSTEM_PYTHON } from '../../src/python-check/python-distribution.ts';
import { pipInstall, runPythonConsumer } from '../../src/rehearsal/python-consumer.ts';
import { writePythonIndex } from '../../src/rehearsal/python-index.ts';
import { runRow } from '../../src/rehearsal/rehearsal-row.ts';
import { findRepoRoot } from '../../src/repo-root.ts';

const env = cleanEnvironment();
let workDir: string;
let sandbox: Awaited<ReturnType<typeof startSandbox>>;
let wheel: string;
let sdist: string;
let version: string;

/** A copy of `wheel` without the files `drop` names (and their RECORD lines), as a broken build would make it. */
function wheelWithout(source: string, drop: string[], destination: string): string {
  const out = join(destination, basename(source));
  execFileSync(SYSTEM_PYTHON, [
    '-c',
    `import sys, zipfile
src, out, drop = sys.argv[1], sys.argv[2], set(sys.argv[3:])
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        if item.filename in drop:
            continue
        data = zin.read(item.filename)
        if item.filename.endswith(".dist-info/RECORD"):
            data = b"".join(line for line in data.splitlines(True) if line.split(b",")[0].decode() not in drop)
        zout.writestr(item, data)`,
    source,
    out,
    ...drop,
  ]);
  return out;
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'python-index-test-'));
  const files = buildPythonDistributions(
    join(findRepoRoot(import.meta.dirname), 'packages/sdk-python'),
    workDir,
  );
  wheel = files.find((file) => file.endsWith('.whl')) as string;
  sdist = files.find((file) => file.endsWith('.tar.gz')) as string;
  version = /ryzeapi-([^-]+)-py3/.exec(basename(wheel))?.[1] ?? '';
  sandbox = await startSandbox();
});

afterAll(async () => {
  await sandbox?.stop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the Python rows, from a PEP 503 index', () => {
  it('pip installs the wheel from the index alone and the typed, sync and async rows pass', async () => {
    const index = writePythonIndex(mkdtempSync(join(workDir, 'index-')), [
      { name: 'ryzeapi', files: [sdist, wheel] },
    ]);
    const { venv, output } = await pipInstall(workDir, env, index, version);
    expect(output).toContain(`Successfully installed ryzeapi-${version}`);
    expect(await runPythonConsumer(venv, env, 'typed', sandbox.url)).toContain('py.typed present');
    sandbox.reset();
    expect(await runPythonConsumer(venv, env, 'sync', sandbox.url)).toMatch(/^200 .*\n404 /);
    sandbox.reset();
    expect(await runPythonConsumer(venv, env, 'async', sandbox.url)).toMatch(/^200 .*\n404 /);
  });

  it('pip builds and installs it from the sdist alone, typed', async () => {
    const index = writePythonIndex(mkdtempSync(join(workDir, 'index-')), [
      { name: 'ryzeapi', files: [sdist] },
    ]);
    const { venv, output } = await pipInstall(workDir, env, index, version, 'sdist');
    expect(output).toContain(`Successfully installed ryzeapi-${version}`);
    expect(await runPythonConsumer(venv, env, 'typed', sandbox.url)).toContain('py.typed present');
  });

  it('fails the py.typed row for a wheel without py.typed (negative control)', async () => {
    const broken = wheelWithout(wheel, ['ryzeapi/py.typed'], mkdtempSync(join(workDir, 'broken-')));
    const index = writePythonIndex(mkdtempSync(join(workDir, 'index-')), [
      { name: 'ryzeapi', files: [broken] },
    ]);
    const { venv } = await pipInstall(workDir, env, index, version);
    const row = await runRow(
      { package: 'ryzeapi', version, registry: index, consumer: 'py.typed installed' },
      () => runPythonConsumer(venv, env, 'typed', sandbox.url),
    );
    expect(row.passed).toBe(false);
    expect(row.output).toContain('the installed ryzeapi has no py.typed');
  });

  it('finds nothing to install when the index lacks the version: pip is not reaching another index', async () => {
    const index = writePythonIndex(mkdtempSync(join(workDir, 'index-')), [
      { name: 'ryzeapi', files: [wheel] },
    ]);
    await expect(pipInstall(workDir, env, index, '99.0.0')).rejects.toThrow(
      /No matching distribution found for ryzeapi==99\.0\.0/,
    );
  });
});
