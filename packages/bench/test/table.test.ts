import { describe, expect, it } from 'vitest';
import {
  figure,
  formatBytes,
  formatCount,
  formatDuration,
  formatRange,
  formatRatio,
  formatTable,
  spreadFields,
  tableOf,
} from '../src/table.ts';

describe('formatTable', () => {
  it('pads every column to its widest cell and aligns numbers right', () => {
    const table = formatTable({
      columns: [{ title: 'client' }, { title: 'ops/s', align: 'right' }],
      rows: [
        ['fetch', '1,234'],
        ['@ryzeapi/sdk', '987'],
      ],
    });
    expect(table.split('\n')).toEqual([
      '| client       | ops/s |',
      '| ------------ | ----: |',
      '| fetch        | 1,234 |',
      '| @ryzeapi/sdk |   987 |',
    ]);
  });

  it('refuses a row with the wrong number of cells, naming the row', () => {
    expect(() =>
      formatTable({ columns: [{ title: 'a' }, { title: 'b' }], rows: [['only one']] }),
    ).toThrow(/1 cells but the table has 2 columns: only one/);
  });
});

describe('tableOf', () => {
  const runs = [
    { name: 'fetch', perSecond: { median: 1234, min: 1000, max: 1500 } },
    { name: '@ryzeapi/sdk', perSecond: { median: 987, min: 900, max: 1010 } },
  ];

  it('makes a line per row and a column per field, figures aligned right', () => {
    expect(
      tableOf(runs, [
        { title: 'client', cell: (run) => run.name },
        ...spreadFields('req/s', (run: (typeof runs)[number]) => run.perSecond, formatCount),
        figure('vs fetch', (run) => formatRatio(run.perSecond.median / 1234)),
      ]),
    ).toEqual({
      columns: [
        { title: 'client' },
        { title: 'req/s (median)', align: 'right' },
        { title: 'req/s min–max', align: 'right' },
        { title: 'vs fetch', align: 'right' },
      ],
      rows: [
        ['fetch', '1,234', '1,000–1,500', '×1.00'],
        ['@ryzeapi/sdk', '987', '900–1,010', '×0.80'],
      ],
    });
  });

  it('names a spread median and min–max when given no name', () => {
    const table = tableOf(
      runs,
      spreadFields(undefined, (run) => run.perSecond, String),
    );
    expect(table.columns.map(({ title }) => title)).toEqual(['median', 'min–max']);
    expect(table.rows[1]).toEqual(['987', '900–1010']);
  });
});

describe('number formats', () => {
  it.each([
    { given: 0.000_5, want: '0.500 µs' },
    { given: 0.281, want: '281 µs' },
    { given: 1.955, want: '1.96 ms' },
    { given: 999.4, want: '999 ms' },
    { given: 12_345, want: '12.3 s' },
  ])('duration $given ms is $want', ({ given, want }) => {
    expect(formatDuration(given)).toBe(want);
  });

  it.each([
    { given: 999, want: '999 B' },
    { given: 2_270, want: '2.27 kB' },
  ])('$given bytes is $want', ({ given, want }) => {
    expect(formatBytes(given)).toBe(want);
  });

  it('formats counts, ratios and ranges', () => {
    expect(formatCount(50_942.4)).toBe('50,942');
    expect(formatRatio(1.0349)).toBe('×1.03');
    expect(formatRange(1_000, 2_500.6, formatCount)).toBe('1,000–2,501');
  });
});
