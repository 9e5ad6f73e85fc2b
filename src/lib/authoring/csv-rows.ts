/**
 * Reading an analyst's CSV export into indicator points, one row at a time,
 * reporting every row that cannot be read with its line and the reason.
 *
 * Headings are matched loosely (case, spaces and punctuation do not matter),
 * so both of Fingertips' heading styles are read: the older `IndicatorID`,
 * `Timeperiod`, `Lower_CI_95.0_limit`, `Value_note`, `Recent_Trend` and
 * today's `Indicator ID`, `Time period`, `Lower CI 95.0 limit`, `Value note`,
 * `Recent Trend`, `Time period range`; and the generic CSV most public health
 * teams export (indicator, area code, area name, period, value, lower CI,
 * upper CI, count, denominator, note). A heading the importer does not know
 * is refused, so a misspelt one is noticed rather than dropped.
 */

import { problem, type Problem } from '../contract/problems.ts';
import type { Point } from '../contract/schemas.ts';
import { fingertipsPeriod, parsePeriod, spanKey } from '../core/periods.ts';
import type { BenchmarkKey, TrendKey } from '../core/vocabulary.ts';
import type { Cell, CsvRecord } from './csv.ts';
import { publishedBenchmark, publishedTrend, sexOf } from './fingertips.ts';

export type Column =
  | 'indicator'
  | 'indicatorName'
  | 'parentCode'
  | 'parentName'
  | 'area'
  | 'areaName'
  | 'areaType'
  | 'sex'
  | 'age'
  | 'categoryType'
  | 'category'
  | 'period'
  | 'value'
  | 'lower'
  | 'upper'
  | 'lower998'
  | 'upper998'
  | 'count'
  | 'denominator'
  | 'note'
  | 'trend'
  | 'comparedToEngland';

/** Headings that name each column, compared by `headingKey` (so "Lower_CI_95.0_limit" is "Lower CI 95.0 limit"). */
const HEADINGS: Record<Column, readonly string[]> = {
  indicator: ['indicator', 'indicator id', 'indicator code'],
  indicatorName: ['indicator name', 'indicator title'],
  parentCode: ['parent code'],
  parentName: ['parent name'],
  area: ['area code', 'area id', 'area', 'code', 'geography code', 'ons code'],
  areaName: ['area name', 'name', 'geography name'],
  areaType: ['area type'],
  sex: ['sex', 'gender'],
  age: ['age', 'age band', 'age group'],
  categoryType: ['category type'],
  category: ['category'],
  period: ['period', 'time period', 'time', 'year'],
  value: ['value'],
  lower: [
    'lower ci',
    'lower ci 95 limit',
    'lower ci 95.0 limit',
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
    'upper ci 95.0 limit',
    'upper 95 ci',
    'upper ci 95',
    'upper cl',
    'ucl',
    'upper limit',
    'upper confidence limit',
    'upper',
  ],
  lower998: ['lower ci 99.8 limit', 'lower ci 99.8', 'lower 99.8 ci'],
  upper998: ['upper ci 99.8 limit', 'upper ci 99.8', 'upper 99.8 ci'],
  count: ['count', 'numerator'],
  denominator: ['denominator'],
  note: ['note', 'value note', 'notes'],
  trend: ['recent trend'],
  comparedToEngland: ['compared to england value or percentiles', 'compared to england'],
};

/**
 * Fingertips columns the importer recognises and does not need: sortable
 * periods, flags, and comparisons with the parent area or a goal (the site
 * makes its own comparison with its benchmark).
 */
const KNOWN_UNUSED = ['time period sortable', 'new data', 'compared to goal', 'target data', 'time period range'];
/** "Compared to Region value or percentiles", "Compared to Counties & UAs (from Apr 2021) value or percentiles", "Compared to percentiles". */
const COMPARED_TO_PARENT = /^comparedto.*percentiles$/;

/** Columns only Fingertips exports have: a file with one of them is read as Fingertips writes it (periods kept as written). */
const FINGERTIPS_ONLY: readonly Column[] = ['areaType', 'parentCode', 'categoryType', 'trend', 'comparedToEngland'];

/** What each column is called in messages. */
export const COLUMN_WORDS: Record<Column, string> = {
  indicator: 'indicator',
  indicatorName: 'indicator name',
  parentCode: 'parent code',
  parentName: 'parent name',
  area: 'area code',
  areaName: 'area name',
  areaType: 'area type',
  sex: 'sex',
  age: 'age',
  categoryType: 'category type',
  category: 'category',
  period: 'period',
  value: 'value',
  lower: 'lower CI',
  upper: 'upper CI',
  lower998: 'lower 99.8% CI',
  upper998: 'upper 99.8% CI',
  count: 'count',
  denominator: 'denominator',
  note: 'note',
  trend: 'recent trend',
  comparedToEngland: 'compared to England',
};

/** A heading as compared: lower case, letters and digits only ("Lower_CI_95.0_limit" and "Lower CI 95.0 limit" are one). */
export function headingKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

const BY_HEADING = new Map<string, Column>(
  (Object.entries(HEADINGS) as [Column, readonly string[]][]).flatMap(([column, names]) =>
    names.map((name) => [headingKey(name), column] as const),
  ),
);
const UNUSED_KEYS = new Set(KNOWN_UNUSED.map(headingKey));

/** Levenshtein distance, for "did you mean": headings are short, so the plain table is quick. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/** The heading a misspelt one most likely meant, when one is close. */
function didYouMean(text: string): string | undefined {
  const key = headingKey(text);
  let best: { name: string; d: number } | undefined;
  for (const names of Object.values(HEADINGS)) {
    for (const name of names) {
      const d = distance(key, headingKey(name));
      if (d <= (key.length >= 4 ? 2 : 1) && (!best || d < best.d)) best = { name, d };
    }
  }
  return best?.name;
}

/** The headings the importer reads, for messages. */
export const HEADINGS_READ =
  'indicator, indicator name, area code, area name, area type, parent code, parent name, sex, age, category type, category, period, value, lower CI, upper CI, lower CI 99.8 limit, upper CI 99.8 limit, count, denominator, note, recent trend and compared to England (in either of Fingertips\u2019 heading styles), and Fingertips\u2019 other columns';

export interface Header {
  /** Cell index of each column found. */
  readonly index: Partial<Record<Column, number>>;
  /** Headings as written, by cell index. */
  readonly headings: readonly string[];
  /** Headings of recognised columns the importer does not use. */
  readonly ignored: readonly string[];
  /** Whether the file is a Fingertips export (it has a column only Fingertips exports have). */
  readonly fingertips: boolean;
}

export function readHeader(record: CsvRecord, file: string): { header?: Header; problems: Problem[] } {
  const problems: Problem[] = [];
  const index: Partial<Record<Column, number>> = {};
  const headings = record.cells.map((c) => c.text.trim());
  const ignored: string[] = [];
  const unknown: Cell[] = [];
  record.cells.forEach((cell, i) => {
    const text = cell.text.trim();
    const key = headingKey(text);
    const column = BY_HEADING.get(key);
    if (column === undefined) {
      if (text === '') return;
      if (UNUSED_KEYS.has(key) || (COMPARED_TO_PARENT.test(key) && !key.startsWith('comparedtoengland'))) {
        ignored.push(text);
      } else {
        unknown.push(cell);
      }
      return;
    }
    const earlier = index[column];
    if (earlier !== undefined) {
      problems.push(
        problem(
          file,
          'headings',
          `two columns for the ${COLUMN_WORDS[column]}: ${JSON.stringify(headings[earlier])} and ${JSON.stringify(text)}`,
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
        `a first row of headings that includes ${missing.map((m) => `"${m}"`).join(' and ')}; the importer reads indicator, area code, area name, period, value, lower CI, upper CI, count, denominator and note, in any order and any case, and Fingertips exports in either heading style`,
        { line: record.line, column: 1 },
      ),
    );
  }
  // A semicolon- or tab-separated file is one unknown heading: the message above says why.
  if (missing.length === 0 || record.cells.length > 1) {
    for (const cell of unknown) {
      const guess = didYouMean(cell.text);
      problems.push(
        problem(
          file,
          'headings',
          `a column headed ${JSON.stringify(cell.text.trim())}, which the importer does not know`,
          `one of the headings it reads (${HEADINGS_READ}), or no such column: delete it${guess ? ` (did you mean "${guess}"?)` : ''}`,
          { line: cell.line, column: cell.column },
        ),
      );
    }
  }
  if (problems.length > 0) return { problems };
  const fingertips = FINGERTIPS_ONLY.some((c) => index[c] !== undefined) || ignored.length > 0;
  return { header: { index, headings, ignored, fingertips }, problems };
}

/** A point read from one row, with where it came from. */
export interface RowPoint {
  readonly line: number;
  /** The point, its `area` the area code (or the id found by name), breakdown fields as written (sex: persons kept). */
  readonly point: Point;
  /** The indicator cell, when there is one. */
  readonly indicator: string | undefined;
  readonly indicatorName: string | undefined;
  /** Whether areas.json lists the area. */
  readonly known: boolean;
  /** What the file says of the area, for --add-areas. */
  readonly area: {
    readonly code: string;
    readonly name: string | undefined;
    readonly type: string | undefined;
    readonly parentCode: string | undefined;
    readonly parentName: string | undefined;
    readonly place: { readonly line: number; readonly column?: number | undefined };
  };
}

export interface RowContext {
  readonly file: string;
  readonly header: Header;
  /** Areas in areas.json, by id and by name. */
  readonly areas: readonly { readonly id: string; readonly name: string }[];
  /** Leave out rows with neither a value nor a note, rather than report them. */
  readonly skipEmpty: boolean;
}

export interface RowsRead {
  readonly points: RowPoint[];
  readonly problems: Problem[];
  /** Lines of rows left out because they had neither a value nor a note (with skipEmpty). */
  readonly skipped: number[];
  /** Published words the site has no key for (Fingertips' quintile rankings, say): not kept. */
  readonly unknownWords: readonly string[];
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
 * Pooled years that would then read as a month ("2009 - 11" is not November
 * 2009) keep Fingertips' spaced form. Anything still not a period is left for
 * parsePeriod to explain.
 */
export function tidyPeriod(text: string): string {
  let t = text.trim().replace(/\s+/g, ' ');
  // "2023-05" as written is a month (the contract's own form); spaces or a four-digit end make it pooled years.
  const pooled = /^(\d{4})(?: - ?| ?- )(\d{2})$|^(\d{4}) ?- ?(\d{4})$/.exec(t);
  if (pooled && pooled[3] !== undefined && pooled[3].slice(0, 2) !== pooled[4]?.slice(0, 2)) return t;
  if (pooled) {
    const start = pooled[1] ?? pooled[3] ?? '';
    const end = (pooled[2] ?? pooled[4] ?? '').slice(-2);
    const monthLike = Number(end) >= 1 && Number(end) <= 12;
    return monthLike ? `${start} - ${end}` : `${start}-${end}`;
  }
  t = t.replace(/^(\d{4}) ?\/ ?(\d{2,4})$/, '$1/$2');
  const fy = /^(\d{4})\/(\d{4})$/.exec(t);
  if (fy && Number(fy[2]) === Number(fy[1]) + 1) t = `${fy[1]}/${fy[2]?.slice(2)}`;
  t = t.replace(/^(\d{4}) ?q([1-4])$/i, '$1 Q$2');
  return t;
}

type Numbers = Partial<Record<'value' | 'lower' | 'upper' | 'lower998' | 'upper998' | 'count' | 'denominator', number>>;

export function readRows(records: readonly CsvRecord[], context: RowContext): RowsRead {
  const { file, header } = context;
  const problems: Problem[] = [];
  const points: RowPoint[] = [];
  const skipped: number[] = [];
  const unknownWords = new Set<string>();
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

    // Area: the code, else the name. An area areas.json lacks is not a problem here: the import decides.
    const code = textOf('area');
    const name = textOf('areaName');
    let areaId: string | undefined;
    let known = false;
    if (code !== '') {
      const found =
        byId.get(code.toLowerCase()) ??
        (header.index.areaName === undefined ? byName.get(code.toLowerCase()) : undefined);
      areaId = found?.id ?? code;
      known = found !== undefined;
    } else if (name !== '') {
      const found = byName.get(name.toLowerCase());
      if (found) {
        areaId = found.id;
        known = true;
      } else bad('areaName', JSON.stringify(name), 'the name of an area in data/areas.json, or an area code');
    } else {
      bad(header.index.area !== undefined ? 'area' : 'areaName', 'an empty cell', 'an area code, like E10000016');
    }

    const rawPeriod = textOf('period');
    const periodText = header.fingertips ? fingertipsPeriod(rawPeriod) : tidyPeriod(rawPeriod);
    const parsed = parsePeriod(periodText);
    if (!parsed.ok) {
      bad(
        'period',
        rawPeriod === '' ? 'an empty cell' : JSON.stringify(rawPeriod),
        header.fingertips
          ? `${parsed.expected}; Fingertips writes periods like 2023, 2023/24, 2021 - 23, 2021/22 - 23/24, 2023 Q2, 2023/24 Q1, Jan 2024, 2023 Q2 - 2024 Q1 or Aug 2023 - Jul 2024`
          : parsed.expected,
      );
    }

    const numbers: Numbers = {};
    for (const column of ['value', 'lower', 'upper', 'lower998', 'upper998', 'count', 'denominator'] as const) {
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

    // Breakdowns: sex, age, and a category within its category type.
    const sexText = textOf('sex');
    const sex = sexOf(sexText);
    if (sex === undefined)
      bad('sex', JSON.stringify(sexText), 'Persons, Male or Female (or an empty cell for persons)');
    const age = textOf('age') || undefined;
    const categoryType = textOf('categoryType') || undefined;
    const category = textOf('category') || undefined;
    if (category !== undefined && categoryType === undefined && header.index.categoryType !== undefined) {
      bad('categoryType', 'an empty cell', `the category type that ${JSON.stringify(category)} belongs to`);
    }

    // Fingertips' own judgements, kept as published.
    const trend = publishedTrend(textOf('trend'));
    const benchmark = publishedBenchmark(textOf('comparedToEngland'));
    if (trend === 'unknown') unknownWords.add(`"${textOf('trend')}" (recent trend)`);
    if (benchmark === 'unknown') unknownWords.add(`"${textOf('comparedToEngland')}" (compared to England)`);

    // A note is shown as one line of text; line breaks inside a quoted cell are spaces.
    const note = textOf('note').replace(/\s+/g, ' ') || undefined;
    if (!rowFailed) checkNumbers(numbers, note, bad, context.skipEmpty);
    if (!rowFailed && numbers.value === undefined && note === undefined && context.skipEmpty) {
      skipped.push(record.line);
      continue;
    }
    if (rowFailed || areaId === undefined || !parsed.ok) continue;

    // Rows of different indicators are not duplicates: the importer chooses among them later.
    const breakdownText = [sex, age ?? '', categoryType ?? '', category ?? ''].join('\u0000');
    const key = `${textOf('indicator')}\u0000${spanKey(parsed.period)}\u0000${areaId}\u0000${breakdownText}`;
    const first = firstLine.get(key);
    if (first !== undefined) {
      const which = [sex === 'persons' ? undefined : sex, age, category].filter(Boolean).join(', ');
      fail(
        'row',
        record.cells[0],
        `a second row for ${parsed.period.label} in ${areaId}${which === '' ? '' : ` (${which})`}`,
        `one row per period, area and breakdown (line ${first} has the same)`,
      );
      continue;
    }
    firstLine.set(key, record.line);
    points.push({
      line: record.line,
      point: makePoint(
        parsed.period.label,
        areaId,
        numbers,
        { sex, age, categoryType, category },
        note,
        trend,
        benchmark,
      ),
      indicator: textOf('indicator') || undefined,
      indicatorName: textOf('indicatorName') || undefined,
      known,
      area: {
        code: areaId,
        name: name || undefined,
        type: textOf('areaType') || undefined,
        parentCode: textOf('parentCode') || undefined,
        parentName: textOf('parentName') || undefined,
        place: at(cell('area') ?? cell('areaName')),
      },
    });
  }
  return { points, problems, skipped, unknownWords: [...unknownWords] };
}

/** The checks on a row's numbers: a value or a note, both limits or neither, each pair in order around the value. */
function checkNumbers(
  numbers: Numbers,
  note: string | undefined,
  bad: (column: Column, found: string, expected: string) => void,
  skipEmpty: boolean,
): void {
  const { value, count, denominator } = numbers;
  if (value === undefined && note === undefined && !skipEmpty) {
    bad(
      'value',
      'an empty cell and no note',
      'a number, or a note saying why there is no value (or run again with --skip-empty to leave such rows out)',
    );
  }
  for (const [lowerKey, upperKey] of [
    ['lower', 'upper'],
    ['lower998', 'upper998'],
  ] as const) {
    const lower = numbers[lowerKey];
    const upper = numbers[upperKey];
    if ((lower === undefined) !== (upper === undefined)) {
      const [has, lacks]: [Column, Column] = lower === undefined ? [upperKey, lowerKey] : [lowerKey, upperKey];
      bad(lacks, 'an empty cell', `the ${COLUMN_WORDS[lacks]} as well, since the row has the ${COLUMN_WORDS[has]}`);
    } else if (lower !== undefined && upper !== undefined) {
      if (lower > upper) {
        bad(lowerKey, String(lower), `a lower CI at or below the upper CI, ${upper} (are the columns swapped?)`);
      } else if (value !== undefined && (value < lower || value > upper)) {
        bad(
          'value',
          `${value}, outside its confidence interval ${lower} to ${upper}`,
          'a value between its lower and upper CI (check the row and the column order)',
        );
      }
    }
  }
  if (count !== undefined && count < 0) bad('count', String(count), 'a count of 0 or more');
  if (denominator !== undefined && denominator <= 0) bad('denominator', String(denominator), 'a denominator above 0');
}

function makePoint(
  periodLabel: string,
  area: string,
  numbers: Numbers,
  breakdown: Pick<Point, 'sex' | 'age' | 'categoryType' | 'category'>,
  note: string | undefined,
  trend: TrendKey | 'unknown' | undefined,
  benchmark: BenchmarkKey | 'unknown' | undefined,
): Point {
  const point: Point = { period: periodLabel, area, value: numbers.value ?? null };
  if (breakdown.sex !== undefined) point.sex = breakdown.sex;
  if (breakdown.age !== undefined) point.age = breakdown.age;
  if (breakdown.categoryType !== undefined) point.categoryType = breakdown.categoryType;
  if (breakdown.category !== undefined) point.category = breakdown.category;
  for (const key of ['lower', 'upper', 'lower998', 'upper998', 'count', 'denominator'] as const) {
    const n = numbers[key];
    if (n !== undefined) point[key] = n;
  }
  if (note !== undefined) point.note = note;
  const published: NonNullable<Point['published']> = {};
  if (trend !== undefined && trend !== 'unknown') published.trend = trend;
  if (benchmark !== undefined && benchmark !== 'unknown') published.benchmark = benchmark;
  if (published.trend !== undefined || published.benchmark !== undefined) point.published = published;
  return point;
}

/** A column as its heading is written in this file ("Lower CI 95.0 limit"), for messages. */
function heading(header: Header, column: Column): string {
  const i = header.index[column];
  return (i === undefined ? undefined : header.headings[i]) || COLUMN_WORDS[column];
}
