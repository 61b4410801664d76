import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '..', 'install-system-packages.sh');

function check(env: NodeJS.ProcessEnv) {
  const result = spawnSync('/bin/bash', [script, '--check'], { encoding: 'utf8', env });
  return { status: result.status, stderr: result.stderr };
}

describe('scripts/install-system-packages.sh --check', () => {
  // A PATH with apt-get but without curl: curl is the one package that then looks missing (the
  // others are found by absolute paths, so this machine's packages stand for the rest).
  const pathWithoutCurl = mkdtempSync(join(tmpdir(), 'path-without-curl-'));
  symlinkSync('/usr/bin/apt-get', join(pathWithoutCurl, 'apt-get'));
  afterAll(() => rmSync(pathWithoutCurl, { recursive: true, force: true }));

  it('passes when every package is there', () => {
    expect(check({ PATH: process.env.PATH })).toEqual({ status: 0, stderr: '' });
  });

  it('fails on a missing package, printing the exact command that installs it', () => {
    const { status, stderr } = check({ PATH: pathWithoutCurl });
    expect(stderr).toContain('The tests need Debian packages that are missing: curl.');
    expect(stderr).toContain(
      "  sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends curl'",
    );
    expect(status).toBe(1);
  });

  it('takes a browser elsewhere from CHROME_PATH', () => {
    expect(check({ PATH: process.env.PATH, CHROME_PATH: process.execPath }).status).toBe(0);
  });

  it('fails clearly when CHROME_PATH points at nothing', () => {
    const { status, stderr } = check({
      PATH: process.env.PATH,
      CHROME_PATH: '/nonexistent/chrome',
    });
    expect(stderr).toMatch(
      /^CHROME_PATH is \/nonexistent\/chrome, which is not an executable file/,
    );
    expect(status).toBe(1);
  });
});
