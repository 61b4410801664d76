import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RUN_START, SyntheticRepo, vitestReport } from './synthetic-run.ts';

const command = join(import.meta.dirname, '..', 'ci-summary.ts');
let repo: SyntheticRepo;
afterEach(() => repo.remove());

function summary(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', command, '--root', repo.root, ...args],
    {
      encoding: 'utf8',
    },
  );
  return {
    status: result.status,
    lines: result.stdout.trimEnd().split('\n'),
    stderr: result.stderr,
  };
}

describe('tsx scripts/ci-summary.ts', () => {
  it('ends with the plain line CI reads, the skipped count on the line before', () => {
    repo = new SyntheticRepo()
      .ran('@ryzeapi/sdk#lint')
      .ran('@ryzeapi/sdk#test')
      .report('sdk', 'vitest.json', vitestReport(['passed', 'passed', 'skipped']));
    repo.writeRunSummary('run', repo.run());
    const { status, lines } = summary('--not-before', String(RUN_START));
    expect(lines.slice(-2)).toEqual(['3 passed, 0 failed, 1 skipped', '3 passed, 0 failed']);
    expect(status).toBe(0);
  });

  it('exits 1 when anything failed', () => {
    repo = new SyntheticRepo().ran('@ryzeapi/sdk#test', 1);
    repo.writeRunSummary('run', repo.run());
    const { status, lines } = summary();
    expect(lines.at(-1)).toBe('0 passed, 1 failed');
    expect(status).toBe(1);
  });

  it('counts one failure, with the reason on stderr, when there is no summary of this run', () => {
    repo = new SyntheticRepo();
    repo.writeRunSummary('earlier', { execution: { startTime: RUN_START - 1 }, tasks: [] });
    const { status, lines, stderr } = summary('--not-before', String(RUN_START));
    expect(stderr).toMatch(/this run wrote no summary/);
    expect(lines.at(-1)).toBe('0 passed, 1 failed');
    expect(status).toBe(1);
  });

  it('refuses a --not-before that is not a time', () => {
    repo = new SyntheticRepo();
    const { status, stderr } = summary('--not-before', 'yesterday');
    expect(stderr).toMatch(/--not-before takes a time in epoch milliseconds .* got "yesterday"/);
    expect(status).toBe(1);
  });
});
