import { afterEach, describe, expect, it } from 'vitest';
import { newestTurboRun } from '../ci-summary/turbo-run.ts';
import { RUN_START, SyntheticRepo } from './synthetic-run.ts';

let repo: SyntheticRepo;
afterEach(() => repo.remove());

describe('the run summary counted', () => {
  it('is the newest one', () => {
    repo = new SyntheticRepo();
    repo.writeRunSummary('older', { tasks: [] }, new Date(RUN_START - 60_000));
    const newest = repo.writeRunSummary('newer', {
      execution: { startTime: RUN_START },
      tasks: [],
    });
    expect(newestTurboRun(repo.root).path).toBe(newest);
  });

  it('is refused when it is of a run that started before this one', () => {
    repo = new SyntheticRepo();
    repo.writeRunSummary('earlier', { execution: { startTime: RUN_START - 60_000 }, tasks: [] });
    expect(() => newestTurboRun(repo.root, RUN_START)).toThrow(
      /is of a run that started at .* before .*: this run wrote no summary/,
    );
  });

  it('says how to make one when there is none', () => {
    repo = new SyntheticRepo();
    expect(() => newestTurboRun(repo.root)).toThrow(
      /No turbo run summary in .*: run the tests with --summarize/,
    );
  });
});
