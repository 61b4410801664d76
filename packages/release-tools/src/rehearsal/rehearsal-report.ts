import { formatDuration, formatTable } from '@ryzeapi/bench/table';
import type { Rehearsal } from './rehearse.ts';

/** The rehearsal's table: one row per consumer, with its package, version, source and time. */
export function formatRehearsalTable({ rows }: Rehearsal): string {
  return formatTable({
    columns: [
      { title: 'package' },
      { title: 'version' },
      { title: 'registry' },
      { title: 'consumer' },
      { title: 'result' },
      { title: 'time', align: 'right' },
    ],
    rows: rows.map((row) => [
      row.package,
      row.version,
      row.registry,
      row.consumer,
      row.passed ? 'passed' : 'FAILED',
      formatDuration(row.elapsedMs),
    ]),
  });
}

/** The release steps before the consumers, each with its time. */
export function formatRehearsalSteps({ steps }: Rehearsal): string {
  return formatTable({
    columns: [{ title: 'step' }, { title: 'time', align: 'right' }, { title: 'note' }],
    rows: steps.map((step) => [step.step, formatDuration(step.elapsedMs), step.note]),
  });
}

/** Each failed row, named, with what its consumer printed. */
export function formatFailures({ rows }: Rehearsal): string {
  return rows
    .filter((row) => !row.passed)
    .map((row) => `✗ ${row.package}@${row.version} · ${row.consumer}\n${row.output.trimEnd()}`)
    .join('\n\n');
}

function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these (a consumer's colored output has them).
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** The rows as a JUnit XML report (one test case per row), the form CI's summary counts. */
export function rehearsalJunit({ rows }: Rehearsal): string {
  const failures = rows.filter((row) => !row.passed).length;
  const cases = rows.map((row) => {
    const name = escapeXml(`${row.package}@${row.version} · ${row.consumer}`);
    const time = (row.elapsedMs / 1000).toFixed(3);
    const body = row.passed
      ? ''
      : `<failure message="${escapeXml(row.consumer)} failed">${escapeXml(row.output)}</failure>`;
    return `    <testcase classname="release-rehearsal" name="${name}" time="${time}">${body}</testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="release rehearsal" tests="${rows.length}" failures="${failures}">
  <testsuite name="release rehearsal" tests="${rows.length}" failures="${failures}">
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}
