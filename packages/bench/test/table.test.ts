import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDuration,
  formatRange,
  formatRatio,
  formatTable,
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
