import { afterEach, describe, expect, it } from 'vitest';
import { summarizeRun } from '../ci-summary/summarize-run.ts';
import { SyntheticRepo, vitestReport } from './synthetic-run.ts';

let repo: SyntheticRepo;
afterEach(() => repo.remove());

function count(build: (repo: SyntheticRepo) => SyntheticRepo) {
  repo = build(new SyntheticRepo());
  return summarizeRun(repo.run(), repo.root);
}

describe('the count of a turbo run', () => {
  it('counts every test case of the reports and each named check once', () => {
    const { total, lines } = count((r) =>
      r
        .ran('@ryzeapi/sdk#build')
        .ran('@ryzeapi/sdk#lint')
        .ran('@ryzeapi/sdk#typecheck')
        .ran('//#format:check')
        .ran('@ryzeapi/sdk#test')
        .report('sdk', 'vitest.json', vitestReport(['passed', 'passed', 'passed'])),
    );
    expect(total).toEqual({ passed: 6, failed: 0, skipped: 0 });
    expect(lines).toContain(
      '@ryzeapi/sdk#test: 3 passed, 0 failed, 0 skipped (test-output/vitest.json)',
    );
  });

  it('passes nothing for build tasks and cache hits: `turbo run lint --filter=@ryzeapi/sdk` replayed', () => {
    // The run that printed `2 passed, 0 failed` with no test run.
    const { total, lines } = count((r) =>
      r.replayed('@ryzeapi/openapi#build').replayed('@ryzeapi/sdk#lint'),
    );
    expect(total).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(lines).toEqual([
      "@ryzeapi/openapi#build: replayed from turbo's cache (not counted)",
      "@ryzeapi/sdk#lint: replayed from turbo's cache, not run: not counted (TURBO_FORCE=1 runs it)",
      'no test task in this run: counted as 1 failed (run the tests, e.g. pnpm test)',
    ]);
  });

  it("counts a package's second test task (`test:<name>`) from its own report folder, apart from `test`", () => {
    const junit = (failures: number) =>
      `<testsuites><testsuite name="rows" tests="3" failures="${failures}">${[0, 1, 2]
        .map((i) => `<testcase name="row ${i}">${i < failures ? '<failure/>' : ''}</testcase>`)
        .join('')}</testsuite></testsuites>`;
    const { total, lines } = count((r) =>
      r
        .ran('@ryzeapi/release-tools#test')
        .report('release-tools', 'vitest.json', vitestReport(['passed']))
        .ran('@ryzeapi/release-tools#test:release-rehearsal', 1)
        .report('release-tools', 'release-rehearsal/junit.xml', junit(1)),
    );
    expect(total).toEqual({ passed: 3, failed: 1, skipped: 0 });
    expect(lines).toEqual([
      '@ryzeapi/release-tools#test: 1 passed, 0 failed, 0 skipped (test-output/vitest.json)',
      '@ryzeapi/release-tools#test:release-rehearsal: 2 passed, 1 failed, 0 skipped (test-output/release-rehearsal/junit.xml)',
    ]);
  });

  it('fails a `test:<name>` task whose report is missing from its folder, even with one in test-output/', () => {
    const { total, lines } = count((r) =>
      r
        .ran('@ryzeapi/release-tools#test:release-rehearsal')
        .report(
          'release-tools',
          'junit.xml',
          '<testsuite tests="1"><testcase name="a"/></testsuite>',
        ),
    );
    expect(total).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(lines[0]).toContain(
      'no test report written by this run (looked for test-output/release-rehearsal/vitest.json',
    );
  });

  it('does not count a build that ran, but counts one that failed', () => {
    const ok = count((r) =>
      r
        .ran('@ryzeapi/sdk#build')
        .ran('@ryzeapi/sdk#test')
        .report('sdk', 'vitest.json', vitestReport(['passed'])),
    );
    expect(ok.total).toEqual({ passed: 1, failed: 0, skipped: 0 });
    repo.remove();
    const broken = count((r) =>
      r
        .ran('@ryzeapi/sdk#build', 2)
        .ran('@ryzeapi/sdk#test')
        .report('sdk', 'vitest.json', vitestReport(['passed'])),
    );
    expect(broken.total).toEqual({ passed: 1, failed: 1, skipped: 0 });
    expect(broken.lines).toContain('@ryzeapi/sdk#build: FAILED (exit 2): counted as 1 failed');
  });

  it('never reads a report left by an earlier run, and fails the task that left no report of its own', () => {
    const { total, lines } = count((r) =>
      r
        .ran('@ryzeapi/sdk#test', 1)
        .report('sdk', 'vitest.json', vitestReport(['passed', 'passed']), -60_000),
    );
    expect(total).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(lines[0]).toMatch(/^@ryzeapi\/sdk#test: no test report written by this run/);
    expect(lines[0]).toMatch(
      /test-output\/vitest\.json is older than the task: left by an earlier run, not read/,
    );
  });

  it('fails a test task that wrote no report, even when it exited 0', () => {
    const { total, lines } = count((r) => r.ran('@ryzeapi/sdk#test', 0));
    expect(total).toEqual({ passed: 0, failed: 1, skipped: 0 });
    expect(lines[0]).toBe(
      '@ryzeapi/sdk#test: no test report written by this run (looked for test-output/vitest.json, test-output/junit.xml, test-output/go-test.json): counted as 1 failed',
    );
  });

  it('does not count a test task replayed from the cache, though its restored report is there', () => {
    const { total } = count((r) =>
      r
        .replayed('@ryzeapi/sdk#test')
        .report('sdk', 'vitest.json', vitestReport(['passed', 'passed']))
        .ran('@ryzeapi/mock#test')
        .report('mock', 'vitest.json', vitestReport(['passed'])),
    );
    expect(total).toEqual({ passed: 1, failed: 0, skipped: 0 });
  });

  it('counts skipped tests apart, neither passed nor failed', () => {
    const { total } = count((r) =>
      r
        .ran('@ryzeapi/sdk#test')
        .report('sdk', 'vitest.json', vitestReport(['passed', 'skipped', 'pending', 'todo'])),
    );
    expect(total).toEqual({ passed: 1, failed: 0, skipped: 3 });
  });

  it('adds a failure when the task failed but its report holds none (the runner crashed after writing it)', () => {
    const { total, lines } = count((r) =>
      r.ran('@ryzeapi/sdk#test', 1).report('sdk', 'vitest.json', vitestReport(['passed'])),
    );
    expect(total).toEqual({ passed: 1, failed: 1, skipped: 0 });
    expect(lines[0]).toMatch(
      /the task failed \(exit 1\) though its reports hold no failure: counted as 1 failed/,
    );
  });

  it('counts a failed named check, and a task turbo did not run, as failures', () => {
    const { total, lines } = count((r) =>
      r
        .ran('@ryzeapi/sdk#lint', 1)
        .ran('@ryzeapi/sdk#typecheck', null)
        .ran('@ryzeapi/sdk#test')
        .report('sdk', 'vitest.json', vitestReport(['passed'])),
    );
    expect(total).toEqual({ passed: 1, failed: 2, skipped: 0 });
    expect(lines).toContain('@ryzeapi/sdk#lint: FAILED (exit 1): counted as 1 failed');
    expect(lines).toContain(
      '@ryzeapi/sdk#typecheck: did not run (exit code missing from the run summary): counted as 1 failed',
    );
  });

  it('adds up the three kinds of report of one package, and fails an unreadable one', () => {
    const junit =
      '<testsuites><testsuite><testcase name="a"/><testcase name="b"><skipped/></testcase></testsuite></testsuites>';
    const go = `${JSON.stringify({ Action: 'pass', Package: 'p', Test: 'TestA' })}\n`;
    const { total, lines } = count((r) =>
      r
        .ran('@ryzeapi/sdk-python#test')
        .report('sdk-python', 'vitest.json', vitestReport(['passed']))
        .report('sdk-python', 'junit.xml', junit)
        .report('sdk-python', 'go-test.json', go)
        .ran('@ryzeapi/sdk-go#test')
        .report('sdk-go', 'go-test.json', go)
        .report('sdk-go', 'vitest.json', '{"truncated":'),
    );
    expect(total).toEqual({ passed: 4, failed: 1, skipped: 1 });
    expect(lines.find((line) => line.startsWith('@ryzeapi/sdk-go#test'))).toMatch(
      /^@ryzeapi\/sdk-go#test: 1 passed, 1 failed, 0 skipped \(test-output\/go-test\.json; test-output\/vitest\.json could not be read \(.*\): counted as 1 failed\)$/,
    );
  });
});
