import { describe, expect, it } from 'vitest';
import { tallyGoTestReport } from '../ci-summary/go-test-report.ts';
import { tallyJunitReport } from '../ci-summary/junit-report.ts';
import { tallyVitestReport } from '../ci-summary/vitest-report.ts';

describe('vitest JSON', () => {
  it('counts each test case by status', () => {
    const report = {
      // The report's own totals are not what is counted: the cases are.
      numPassedTests: 99,
      testResults: [
        {
          status: 'failed',
          assertionResults: [{ status: 'passed' }, { status: 'failed' }, { status: 'skipped' }],
        },
        { status: 'passed', assertionResults: [{ status: 'passed' }, { status: 'todo' }] },
      ],
    };
    expect(tallyVitestReport(JSON.stringify(report))).toEqual({ passed: 2, failed: 1, skipped: 2 });
  });

  it('counts a test file that failed before any test ran as one failure', () => {
    const report = { testResults: [{ status: 'failed', assertionResults: [] }] };
    expect(tallyVitestReport(JSON.stringify(report))).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });

  it('refuses JSON that is not a vitest report', () => {
    expect(() => tallyVitestReport('{"numPassedTests": 3}')).toThrow(/not a vitest JSON report/);
  });
});

describe('JUnit XML (pytest --junitxml)', () => {
  it('counts each test case: failure and error fail, skipped skips', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="99">
  <testcase classname="tests.test_leave" name="test_ok" time="0.01"/>
  <testcase classname="tests.test_leave" name="test_fails"><failure message="assert 1 == 2">...</failure></testcase>
  <testcase classname="tests.test_leave" name="test_setup_error"><error message="fixture">...</error></testcase>
  <testcase classname="tests.test_leave" name="test_skipped"><skipped type="pytest.skip" message="no go"/></testcase>
</testsuite></testsuites>`;
    expect(tallyJunitReport(xml)).toEqual({ passed: 1, failed: 2, skipped: 1 });
  });

  it('reads a lone <testsuite> root and nested suites', () => {
    const xml =
      '<testsuite><testsuite><testcase name="a"/></testsuite><testcase name="b"/></testsuite>';
    expect(tallyJunitReport(xml)).toEqual({ passed: 2, failed: 0, skipped: 0 });
  });

  it('refuses XML that is not a JUnit report', () => {
    expect(() => tallyJunitReport('<html><testcase/></html>')).toThrow(/not a JUnit XML report/);
  });
});

describe('go test -json', () => {
  const events = (...list: object[]) => list.map((event) => JSON.stringify(event)).join('\n');

  it('counts leaf tests only, so a test and its subtests count once each', () => {
    const stream = events(
      { Action: 'run', Package: 'p', Test: 'TestLeave' },
      { Action: 'pass', Package: 'p', Test: 'TestLeave/by_jid' },
      { Action: 'fail', Package: 'p', Test: 'TestLeave/by_link' },
      { Action: 'fail', Package: 'p', Test: 'TestLeave' },
      { Action: 'skip', Package: 'p', Test: 'TestWindows' },
      { Action: 'pass', Package: 'p', Test: 'TestErrors' },
      { Action: 'fail', Package: 'p' },
    );
    expect(tallyGoTestReport(stream)).toEqual({ passed: 2, failed: 1, skipped: 1 });
  });

  it('counts a package that failed with no failing test (a build error) as one failure', () => {
    const stream = `# p\nleave.go:3:1: syntax error\n${events({ Action: 'output', Package: 'p', Output: 'FAIL\tp [build failed]\n' }, { Action: 'fail', Package: 'p' }, { Action: 'pass', Package: 'q', Test: 'TestQ' })}`;
    expect(tallyGoTestReport(stream)).toEqual({ passed: 1, failed: 1, skipped: 0 });
  });
});
