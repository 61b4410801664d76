import type { Table } from './table.ts';

/** What each benchmark group hands back: a table to print and figures to save as JSON. */
export interface GroupResult {
  /** Stable key in results.json, e.g. `in-process`. */
  id: string;
  title: string;
  /** One or more tables, each with a caption line above it. */
  tables: readonly { caption: string; table: Table }[];
  /** Lines printed under the tables: the conditions of the measurement, verdicts. */
  notes: readonly string[];
  /** The raw figures, in base units (milliseconds, bytes, operations per second). */
  figures: unknown;
}
