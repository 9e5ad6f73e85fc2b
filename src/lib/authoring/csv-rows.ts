/**
 * Reading an analyst's CSV export into indicator points, one row at a time,
 * reporting every row that cannot be read with its line and the reason.
 *
 * Headings are matched loosely (case, spaces and punctuation do not matter) to
 * the columns Fingertips and most public health teams export: indicator, area
 * code, area name, period, value, lower CI, upper CI, count, denominator,
 * note. Other columns (sex, age, category, 99.8% limits, trend...) are
 * ignored and listed, so a misspelt heading is noticed.
 */

import { problem, type Problem } from '../contract/problems.ts';
import type { Area, Point } from '../contract/schemas.ts';
import { parsePeriod } from '../core/periods.ts';
import type { Cell, CsvRecord } from './csv.ts';

export type Column =
  | 'indicator'
  | 'indicatorName'
  | 'area'
  | 'areaName'
  | 'period'
  | 'value'
  | 'lower'
  | 'upper'
  | 'count'
  | 'denominator'
  | 'note';

/** Headings, normalised by `normaliseHeading`, that name each column. */
const HEADINGS: Record<Column, readonly string[]> = {
  indicator: ['indicator', 'indicator id', 'indicator code'],
  indicatorName: ['indicator name', 'indicator title'],
  area: ['area code', 'area id', 'area', 'code', 'geography code', 'ons code'],
  areaName: ['area name', 'name', 'geography name'],
  period: ['period', 'time period', 'time', 'year'],
  value: ['value'],
  lower: [
    'lower ci',
    'lower ci 95 limit',
    'lower ci 95 0 limit',
    'lower 95 ci',
    'lower ci 95',
    'lower cl',
    'lcl',
    'lower limit',
    'lower confidence limit',
    'lower',
  ],
  upper: [
    'upper ci',
    'upper ci 95 limit',
    'upper ci 95 0 limit',
    'upper 95 ci',
    'upper ci 95',
    'upper cl',
    'ucl',
    'upper limit',
    'upper confidence limit',
    'upper',
  ],
  count: ['count', 'numerator'],
  denominator: ['denominator'],
  note: ['note', 'value note', 'notes'],
};

/** What each column is called in messages. */
export const COLUMN_WORDS: Record<Column, string> = {
  indicator: 'indicator',
  indicatorName: 'indicator name',
  area: 'area code',
  areaName: 'area name',
  period: 'period',
  value: 'value',
  lower: 'lower CI',
  upper: 'upper CI',
  count: 'count',
  denominator: 'denominator',
  note: 'note',
};

/** Columns that break Fingertips data down further; rows that differ only by these look like duplicates. */
const BREAKDOWNS = ['sex', 'age', 'category', 'category type'];

export function normaliseHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_HEADING = new Map<string, Column>(
  (Object.entries(HEADINGS) as [Column, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [name, column] as const),
  ),
);

export interface Header {
  /** Cell index of each column found. */
  readonly index: Partial<Record<Column, number>>;
  /** Headings as written, by cell index. */
  readonly headings: readonly string[];
  readonly ignored: readonly string[];
  /** Whether the file breaks values down by sex, age or category (a likely cause of duplicates). */
  readonly hasBreakdowns: boolean;
}

export function readHeader(record: CsvRecord, file: string): { header?: Header; problems: Problem[] } {
  const problems: Problem[] = [];
  const index: Partial<Record<Column, number>> = {};
  const headings = record.cells.map((c) => c.text.trim());
  const ignored: string[] = [];
  record.cells.forEach((cell, i) => {
    const column = BY_HEADING.get(normaliseHeading(cell.text));
    if (column === undefined) {
      if (cell.text.trim() !== '') ignored.push(cell.text.trim());
      return;
    }
    const earlier = index[column];
    if (earlier !== undefined) {
      problems.push(
        problem(
          file,
          'headings',
          `two columns for the ${COLUMN_WORDS[column]}: ${JSON.stringify(headings[earlier])} and ${JSON.stringify(cell.text.trim())}`,
          'one column for each kind of value (delete or rename one of them)',
          { line: cell.line, column: cell.column },
        ),
      );
      return;
    }
    index[column] = i;
  });
  const missing: string[] = [];
  if (index.area === undefined && index.areaName === undefined) missing.push('area code');
  if (index.period === undefined) missing.push('period');
  if (index.value === undefined) missing.push('value');
  if (missing.length > 0) {
    const only = record.cells.length === 1 ? record.cells[0]?.text : undefined;
    const separator =
      only && /[;\t]/.test(only)
        ? ' (the cells seem to be separated by ; or tabs: save the file as CSV with commas)'
        : '';
    problems.push(
      problem(
        file,
        'headings',
        `the headings ${headings.map((h) => JSON.stringify(h)).join(', ')}${separator}`,
        `a first row of headings that includes ${missing.map((m) => `"${m}"`).join(' and ')}; the importer reads indicator, area code, area name, period, value, lower CI, upper CI, count, denominator and note, in any order and any case`,
        { line: record.line, column: 1 },
      ),
    );
  }
  if (problems.length > 0) return { problems };
  const hasBreakdowns = headings.some((h) => BREAKDOWNS.includes(normaliseHeading(h)));
  return { header: { index, headings, ignored, hasBreakdowns }, problems };
}

/** A point read from one row, with where it came from. */
export interface RowPoint {
  readonly line: number;
  readonly point: Point;
  /** The indicator cell, when there is one. */
  readonly indicator: string | undefined;
  readonly indicatorName: string | undefined;
}

export interface RowContext {
  readonly file: string;
  readonly header: Header;
  readonly areas: readonly Area[];
  /** Leave out rows with neither a value nor a note, rather than report them. */
  readonly skipEmpty: boolean;
}

export interface RowsRead {
  readonly points: RowPoint[];
  readonly problems: Problem[];
  /** Lines of rows left out because they had neither a value nor a note (with skipEmpty). */
  readonly skipped: number[];
}

const NUMBER = /^[-+\u2212]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$/;

/** A number as a spreadsheet writes it: "1,234.5", "-0.2", " 22.3 ". Undefined for an empty cell. */
export function readNumber(text: string): number | undefined | 'bad' {
  const t = text.trim();
  if (t === '') return undefined;
  if (!NUMBER.test(t) || !/\d/.test(t)) return 'bad';
  return Number(t.replace(/,/g, '').replace('\u2212', '-').replace(/^\+/, ''));
}

/**
 * A period as analysts write it, tidied into one of the contract's forms:
 * "2019 - 21" and "2019-2021" become "2019-21", "2023 q2" becomes "2023 Q2".
 * Anything still not a period is left for parsePeriod to explain.
 */
export function tidyPeriod(text: string): string {
  let t = text.trim().replace(/\s+/g, ' ');
  t = t.replace(/^(\d{4}) ?([-/]) ?(\d{2,4})$/, '$1$2$3');
  const pooled = /^(\d{4})-(\d{4})$/.exec(t);
  if (pooled && pooled[1]?.slice(0, 2) === pooled[2]?.slice(0, 2)) t = `${pooled[1]}-${pooled[2]?.slice(2)}`;
  const fy = /^(\d{4})\/(\d{4})$/.exec(t);
  if (fy && Number(fy[2]) === Number(fy[1]) + 1) t = `${fy[1]}/${fy[2]?.slice(2)}`;
  t = t.replace(/^(\d{4}) ?q([1-4])$/i, '$1 Q$2');
  return t;
}

export function readRows(records: readonly CsvRecord[], context: RowContext): RowsRead {
  const { file, header } = context;
  const problems: Problem[] = [];
  const points: RowPoint[] = [];
  const skipped: number[] = [];
  const byId = new Map(context.areas.map((a) => [a.id.toLowerCase(), a]));
  const byName = new Map(context.areas.map((a) => [a.name.toLowerCase(), a]));
  const firstLine = new Map<string, number>();

  for (const record of records) {
    const at = (cell: Cell | undefined) => (cell ? { line: cell.line, column: cell.column } : { line: record.line });
    const fail = (column: Column | 'row', cell: Cell | undefined, found: string, expected: string) =>
      problems.push(problem(file, column === 'row' ? 'row' : heading(header, column), found, expected, at(cell)));
    if (record.cells.length !== header.headings.length) {
      fail(
        'row',
        record.cells[0],
        `${record.cells.length} cells`,
        `${header.headings.length}, one under each heading (a cell that holds a comma, like "1,234" or "Bristol, City of", must be in double quotes)`,
      );
      continue;
    }
    const cell = (column: Column) => {
      const i = header.index[column];
      return i === undefined ? undefined : record.cells[i];
    };
    const textOf = (column: Column) => cell(column)?.text.trim() ?? '';
    let rowFailed = false;
    const bad = (column: Column | 'row', found: string, expected: string) => {
      fail(column, cell(column as Column), found, expected);
      rowFailed = true;
    };

    // Area: the code, else the name.
    let area: Area | undefined;
    const code = textOf('area');
    const name = textOf('areaName');
    if (code !== '') {
      area =
        byId.get(code.toLowerCase()) ??
        (header.index.areaName === undefined ? byName.get(code.toLowerCase()) : undefined);
      if (!area) {
        bad(
          'area',
          `${JSON.stringify(code)}${name ? ` (${name})` : ''}`,
          'an area id listed in data/areas.json (add the area there first, or leave the row out)',
        );
      }
    } else if (name !== '') {
      area = byName.get(name.toLowerCase());
      if (!area) bad('areaName', JSON.stringify(name), 'the name of an area in data/areas.json, or an area code');
    } else {
      bad(header.index.area !== undefined ? 'area' : 'areaName', 'an empty cell', 'an area code, like E10000016');
    }

    const periodText = tidyPeriod(textOf('period'));
    const parsed = parsePeriod(periodText);
    if (!parsed.ok)
      bad('period', periodText === '' ? 'an empty cell' : JSON.stringify(textOf('period')), parsed.expected);

    const numbers: Partial<Record<'value' | 'lower' | 'upper' | 'count' | 'denominator', number>> = {};
    for (const column of ['value', 'lower', 'upper', 'count', 'denominator'] as const) {
      const n = readNumber(textOf(column));
      if (n === 'bad') {
        bad(
          column,
          JSON.stringify(textOf(column)),
          column === 'value'
            ? 'a number like 22.3 or 1,234, or an empty cell with a note saying why there is no value'
            : 'a number like 22.3 or 1,234, or an empty cell',
        );
      } else if (n !== undefined) {
        numbers[column] = n;
      }
    }
    // A note is shown as one line of text; line breaks inside a quoted cell are spaces.
    const note = textOf('note').replace(/\s+/g, ' ') || undefined;
    const { value, lower, upper, count, denominator } = numbers;
    if (!rowFailed) {
      if (value === undefined && note === undefined) {
        if (context.skipEmpty) {
          skipped.push(record.line);
          continue;
        }
        bad(
          'value',
          'an empty cell and no note',
          'a number, or a note saying why there is no value (or run again with --skip-empty to leave such rows out)',
        );
      }
      if ((lower === undefined) !== (upper === undefined)) {
        const [has, lacks]: [Column, Column] = lower === undefined ? ['upper', 'lower'] : ['lower', 'upper'];
        bad(lacks, 'an empty cell', `the ${COLUMN_WORDS[lacks]} as well, since the row has the ${COLUMN_WORDS[has]}`);
      } else if (lower !== undefined && upper !== undefined) {
        if (lower > upper) {
          bad('lower', String(lower), `a lower CI at or below the upper CI, ${upper} (are the columns swapped?)`);
        } else if (value !== undefined && (value < lower || value > upper)) {
          bad(
            'value',
            `${value}, outside its confidence interval ${lower} to ${upper}`,
            'a value between its lower and upper CI (check the row and the column order)',
          );
        }
      }
      if (count !== undefined && count < 0) bad('count', String(count), 'a count of 0 or more');
      if (denominator !== undefined && denominator <= 0)
        bad('denominator', String(denominator), 'a denominator above 0');
    }
    if (rowFailed || !area || !parsed.ok) continue;

    // Rows of different indicators are not duplicates: the importer refuses such a file later, more clearly.
    const key = `${textOf('indicator')}\u0000${parsed.period.label}\u0000${area.id}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      const hint = header.hasBreakdowns
        ? ' (the file has sex, age or category columns: keep the rows for one breakdown, such as Persons, before importing)'
        : '';
      fail(
        'row',
        record.cells[0],
        `a second row for ${parsed.period.label} in ${area.id}`,
        `one row per period and area (line ${first} has the same)${hint}`,
      );
      continue;
    }
    firstLine.set(key, record.line);
    const point: Point = { period: parsed.period.label, area: area.id, value: value ?? null };
    if (lower !== undefined) point.lower = lower;
    if (upper !== undefined) point.upper = upper;
    if (count !== undefined) point.count = count;
    if (denominator !== undefined) point.denominator = denominator;
    if (note !== undefined) point.note = note;
    points.push({
      line: record.line,
      point,
      indicator: textOf('indicator') || undefined,
      indicatorName: textOf('indicatorName') || undefined,
    });
  }
  return { points, problems, skipped };
}

/** A column as its heading is written in this file ("Lower CI 95.0 limit"), for messages. */
function heading(header: Header, column: Column): string {
  const i = header.index[column];
  return (i === undefined ? undefined : header.headings[i]) || COLUMN_WORDS[column];
}
