/**
 * Tables printed as Markdown with padded columns: readable in a terminal and pasted as is into
 * a README.
 */

export interface Column {
  title: string;
  align?: 'left' | 'right';
}

export interface Table {
  columns: readonly Column[];
  rows: readonly (readonly string[])[];
}

export function formatTable({ columns, rows }: Table): string {
  for (const row of rows) {
    if (row.length !== columns.length) {
      throw new RangeError(
        `A row has ${row.length} cells but the table has ${columns.length} columns: ${row.join(' | ')}`,
      );
    }
  }
  const widths = columns.map((column, index) =>
    Math.max(3, column.title.length, ...rows.map((row) => (row[index] as string).length)),
  );
  const pad = (text: string, index: number) => {
    const width = widths[index] as number;
    return columns[index]?.align === 'right' ? text.padStart(width) : text.padEnd(width);
  };
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `|${columns
    .map((column, index) => {
      const dashes = '-'.repeat(widths[index] as number);
      return column.align === 'right' ? ` ${dashes.slice(1)}: ` : ` ${dashes} `;
    })
    .join('|')}|`;
  return [line(columns.map((column) => column.title)), rule, ...rows.map(line)].join('\n');
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `12,345` */
export function formatCount(value: number): string {
  return grouped.format(value);
}

/** A duration given in milliseconds, in the unit that keeps three significant digits. */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < 1) return `${(milliseconds * 1000).toPrecision(3)} µs`;
  if (milliseconds < 1000) return `${milliseconds.toPrecision(3)} ms`;
  return `${(milliseconds / 1000).toPrecision(3)} s`;
}

/** `×1.03`: how many times the baseline a figure is. */
export function formatRatio(value: number): string {
  return `×${value.toFixed(2)}`;
}

/** `min–max` of a spread, each part formatted by `format`. */
export function formatRange(min: number, max: number, format: (value: number) => string): string {
  return `${format(min)}–${format(max)}`;
}

/** Bytes as size-limit prints them: `B` below a kilobyte, else `kB` (1000 bytes). */
export function formatBytes(bytes: number): string {
  return bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(2)} kB`;
}

/** A column and the text of its cell for each row's data. */
export interface Field<Row> extends Column {
  cell: (row: Row) => string;
}

/** A table with a line per row of `rows` and a column per field. */
export function tableOf<Row>(rows: readonly Row[], fields: readonly Field<Row>[]): Table {
  return {
    columns: fields.map(({ title, align }) => (align ? { title, align } : { title })),
    rows: rows.map((row) => fields.map((field) => field.cell(row))),
  };
}

/** A right-aligned column: a figure. */
export function figure<Row>(title: string, cell: (row: Row) => string): Field<Row> {
  return { title, align: 'right', cell };
}

/** The median and the spread of a figure's runs. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/**
 * Two figures of a spread of runs, each formatted by `format`: `<name> (median)` and
 * `<name> min–max`, or `median` and `min–max` without a name.
 */
export function spreadFields<Row>(
  name: string | undefined,
  spreadOf: (row: Row) => Spread,
  format: (value: number) => string,
): Field<Row>[] {
  return [
    figure(name ? `${name} (median)` : 'median', (row) => format(spreadOf(row).median)),
    figure(name ? `${name} min–max` : 'min–max', (row) => {
      const { min, max } = spreadOf(row);
      return formatRange(min, max, format);
    }),
  ];
}
