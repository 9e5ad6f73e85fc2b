/**
 * A table's columns as a view describes them, for src/components/table/
 * GovukTable.astro to draw: views that decide which columns a table has
 * (confidence limits only when the data has them, one column per period)
 * return these.
 */

import { cellHeader } from './numbers.ts';
import type { Unit } from './vocabulary.ts';

export interface TableColumn {
  /** The header's text. */
  readonly text: string;
  /** Figures: the header and its cells are right-aligned (GOV.UK's numeric format). */
  readonly numeric?: boolean | undefined;
  /** A site path the header links to (without the base path). */
  readonly path?: string | undefined;
  /** Data attributes for the header cell, for tests and styles ("data-period"). */
  readonly data?: Readonly<Record<string, string>> | undefined;
}

/** A column as a page writes it: its header text alone, or the whole description. */
export type TableColumnLike = string | TableColumn;

/** A cell of a table whose cells are all text (a table of figures). */
export interface TableCell {
  readonly text: string;
  readonly numeric?: boolean | undefined;
}

/** A row of a table whose cells are all text: the cell that names the row, then the others. */
export interface TableRow {
  readonly header: string;
  readonly cells: readonly TableCell[];
  /** Data attributes for the row, for tests and styles ("data-null" marks a missing value). */
  readonly data?: Readonly<Record<string, string>> | undefined;
}

/** A whole table of text, as a view hands it to GovukTable. */
export interface TextTable {
  /** Unique on the page: the caption's id. */
  readonly captionId: string;
  readonly caption: string;
  readonly columns: readonly TableColumnLike[];
  readonly rows: readonly TableRow[];
}

/**
 * The two columns of a 95% interval, when a table shows one: "Lower limit"
 * and "Upper limit", numeric; for a rate, with the rate its cells leave out
 * ("Lower limit (per 100,000)", core/numbers.ts cellHeader).
 */
export function limitColumns(shown: boolean, unit?: Unit): TableColumn[] {
  const header = (text: string) => (unit ? cellHeader(text, unit) : text);
  return shown
    ? [
        { text: header('Lower limit'), numeric: true },
        { text: header('Upper limit'), numeric: true },
      ]
    : [];
}
