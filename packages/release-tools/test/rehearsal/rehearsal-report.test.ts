import { describe, expect, it } from 'vitest';
import {
  formatFailures,
  formatRehearsalTable,
  rehearsalJunit,
} from '../../src/rehearsal/rehearsal-report.ts';
import type { RehearsalRow } from '../../src/rehearsal/rehearsal-row.ts';

const row = (consumer: string, passed: boolean, output: string): RehearsalRow => ({
  package: '@ryzeapi/sdk',
  version: '0.1.0',
  registry: 'http://127.0.0.1:4873/',
  consumer,
  passed,
  output,
  elapsedMs: 1234,
});

const rehearsal = {
  steps: [],
  rows: [
    row('npm: ESM leave, then 404', true, '200\n404'),
    row(
      'npm: CommonJS leave, then 404',
      false,
      'Error: <unexpected> "404" & \u001b[31mred\u001b[39m',
    ),
  ],
};

describe('the rehearsal report', () => {
  it('prints one table row per consumer with its result and time', () => {
    const table = formatRehearsalTable(rehearsal).split('\n');
    expect(table[0]).toMatch(
      /^\| package +\| version \| registry +\| consumer +\| result \| +time \|$/,
    );
    expect(table[2]).toContain('| npm: ESM leave, then 404      | passed | 1.23 s |');
    expect(table[3]).toContain('| npm: CommonJS leave, then 404 | FAILED | 1.23 s |');
  });

  it('names each failed row with its consumer output, and only those', () => {
    expect(formatFailures(rehearsal)).toBe(
      '✗ @ryzeapi/sdk@0.1.0 · npm: CommonJS leave, then 404\nError: <unexpected> "404" & \u001b[31mred\u001b[39m',
    );
  });

  it('writes a JUnit case per row, a failure for the failed one, in XML that control characters cannot break', () => {
    const xml = rehearsalJunit(rehearsal);
    expect(xml.match(/<testcase /g)).toHaveLength(2);
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml).toContain('tests="2" failures="1"');
    expect(xml).toContain('Error: &lt;unexpected&gt; &quot;404&quot; &amp; [31mred[39m</failure>');
    expect(xml).not.toContain('\u001b');
  });
});
