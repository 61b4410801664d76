import { expect, it } from 'vitest';
import { summarizeGoTestEvents } from '../scripts/go-test-report.ts';

const event = (fields: Record<string, string>) =>
  JSON.stringify({ Package: 'example/ryzeapi', ...fields });

it('counts test cases by their outcome, subtests included, and keeps the output of failures', () => {
  const lines = [
    event({ Action: 'run', Test: 'TestA' }),
    event({ Action: 'pass', Test: 'TestA' }),
    event({ Action: 'output', Test: 'TestB/case', Output: 'want 404, got 200\n' }),
    event({ Action: 'fail', Test: 'TestB/case' }),
    event({ Action: 'fail', Test: 'TestB' }),
    event({ Action: 'skip', Test: 'TestC' }),
    event({ Action: 'fail' }),
  ].join('\n');
  const summary = summarizeGoTestEvents(lines);
  expect(summary).toMatchObject({ passed: 1, failed: 2, skipped: 1 });
  expect(summary.failures[0]).toContain('want 404, got 200');
});

it('reports a package that failed without a failing test (a build error)', () => {
  const lines = [
    event({ Action: 'output', Output: 'ryzeapi.go:3:1: syntax error\n' }),
    event({ Action: 'fail' }),
  ].join('\n');
  const summary = summarizeGoTestEvents(lines);
  expect(summary).toMatchObject({ passed: 0, failed: 0 });
  expect(summary.failures).toEqual(['FAIL example/ryzeapi:\nryzeapi.go:3:1: syntax error\n']);
});
