/**
 * `npm run import-indicator`: a CSV of indicator values (the shape analysts
 * export from Fingertips and similar tools) into data/indicators/<id>.json.
 *
 * All or nothing: every row that cannot be read is reported with its line and
 * the reason, and then nothing is written. The merged file must also pass the
 * same contract checks as `npm run check` (including targets in the strategies
 * whose baselines come from this indicator), and it is written to a temporary
 * file and renamed into place, so no reader ever sees half a file.
 */

import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../contract/checks.ts';
import { loadContent } from '../contract/load.ts';
import type { Content } from '../contract/model.ts';
import { describe, formatProblem, problem, type Problem } from '../contract/problems.ts';
import { ID_RE, indicatorSchema, type Indicator } from '../contract/schemas.ts';
import { readJson } from '../contract/source.ts';
import { validate } from '../contract/validate.ts';
import { comparePeriods, period } from '../core/periods.ts';
import { POLARITIES, UNITS } from '../core/vocabulary.ts';
import { parseCsv } from './csv.ts';
import { readHeader, readRows, type RowPoint } from './csv-rows.ts';

export interface ImportRequest {
  /** The CSV's text. */
  readonly csv: string;
  /** The CSV's name as shown in messages (the path the author typed). */
  readonly csvFile: string;
  readonly contentDir: string;
  readonly dataDir: string;
  /** --indicator: the id (file name) to import into; default: the CSV's indicator column. */
  readonly indicator?: string | undefined;
  /** --title, --unit, --polarity: required for a new indicator (the title may come from the CSV). */
  readonly title?: string | undefined;
  readonly unit?: string | undefined;
  readonly polarity?: string | undefined;
  /** --skip-empty: leave out rows with neither a value nor a note. */
  readonly skipEmpty?: boolean | undefined;
}

export interface ImportPlan {
  readonly ok: true;
  readonly indicator: string;
  /** The file to write, absolute. */
  readonly target: string;
  /** The file's new text. */
  readonly text: string;
  readonly created: boolean;
  readonly rows: number;
  readonly added: number;
  readonly replaced: number;
  readonly kept: number;
  /** Headings of columns the importer did not use. */
  readonly ignored: readonly string[];
  /** Lines of rows left out by --skip-empty. */
  readonly skipped: readonly number[];
  /** Areas and periods imported, for the summary. */
  readonly areas: readonly string[];
  readonly periods: readonly string[];
}

export interface ImportRefused {
  readonly ok: false;
  readonly problems: readonly Problem[];
}

export type ImportResult = ImportPlan | ImportRefused;

const refuse = (...problems: Problem[]): ImportRefused => ({ ok: false, problems });

/** Works out the new file without writing anything. */
export function planImport(request: ImportRequest): ImportResult {
  const { csvFile } = request;
  const parsed = parseCsv(request.csv);
  if (!parsed.ok) {
    const e = parsed.error;
    return refuse(problem(csvFile, '', e.message, 'valid CSV', { line: e.line, column: e.column }));
  }
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord) {
    return refuse(problem(csvFile, '', 'an empty file', 'a row of headings, then one row per value'));
  }
  const { header, problems: headerProblems } = readHeader(headerRecord, csvFile);
  if (!header) return refuse(...headerProblems);
  if (records.length === 0) {
    return refuse(problem(csvFile, '', 'headings but no rows', 'one row per value under the headings'));
  }

  // areas.json decides which area codes are known; without it nothing can be judged.
  const loaded = loadContent(request.contentDir, request.dataDir);
  const areasFile = path.join(request.dataDir, 'areas.json');
  if (loaded.content.present.areas === undefined || loaded.problems.some((p) => p.file === 'areas.json')) {
    return refuse(
      problem(
        'areas.json',
        '',
        existsSync(areasFile) ? 'a file with problems' : 'no file',
        `a readable ${areasFile} (run npm run check), since every row's area must be listed there`,
      ),
    );
  }

  const rows = readRows(records, {
    file: csvFile,
    header,
    areas: loaded.content.areas,
    skipEmpty: request.skipEmpty ?? false,
  });
  if (rows.problems.length > 0) return refuse(...rows.problems);
  if (rows.points.length === 0) {
    return refuse(problem(csvFile, '', 'no rows with values', 'at least one row with a value or a note'));
  }

  const id = indicatorId(request, rows.points);
  if (!id.ok) return refuse(id.problem);
  const file = `indicators/${id.id}.json`;
  const target = path.join(request.dataDir, file);

  const base = existsSync(target) ? existingFile(target, file, request) : newFile(id.id, request, rows.points);
  if (!base.ok) return refuse(...base.problems);

  const absent = POINT_FIELDS.filter((f) => f !== 'period' && f !== 'area' && header.index[f] === undefined);
  const merged = merge(base.series, rows.points, absent);
  const json = { ...base.json, series: merged.series.map((s) => s.point) };
  const text = base.compact ? compactJson(json) : `${JSON.stringify(json, null, 2)}\n`;

  const checked = checkMerged(loaded.content, file, text, merged.series, csvFile);
  if (checked.length > 0) return refuse(...checked);

  return {
    ok: true,
    indicator: id.id,
    target,
    text,
    created: base.created,
    rows: rows.points.length,
    added: rows.points.length - merged.replaced,
    replaced: merged.replaced,
    kept: merged.series.length - rows.points.length,
    ignored: header.ignored,
    skipped: rows.skipped,
    areas: [...new Set(rows.points.map((r) => r.point.area))],
    periods: [...new Set(rows.points.map((r) => r.point.period))].sort((a, b) => comparePeriods(period(a), period(b))),
  };
}

/** Writes a plan's file: to a temporary file beside it, then renamed over it in one step. */
export function writeImport(plan: ImportPlan): void {
  const dir = path.dirname(plan.target);
  mkdirSync(dir, { recursive: true });
  // A dot-name: the loader skips it should a crash ever leave one behind.
  const temporary = path.join(dir, `.${path.basename(plan.target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, plan.text);
    renameSync(temporary, plan.target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

type IdResult = { ok: true; id: string } | { ok: false; problem: Problem };

function indicatorId(request: ImportRequest, points: readonly RowPoint[]): IdResult {
  const inFile = [...new Set(points.map((p) => p.indicator).filter((x): x is string => x !== undefined))];
  const where = { line: points[0]?.line };
  if (inFile.length > 1) {
    return {
      ok: false,
      problem: problem(
        request.csvFile,
        'indicator',
        `values for ${inFile.length} indicators: ${inFile
          .slice(0, 5)
          .map((x) => JSON.stringify(x))
          .join(', ')}`,
        'one indicator per file: export or import one indicator at a time',
        where,
      ),
    };
  }
  const id = request.indicator ?? inFile[0];
  if (id === undefined) {
    return {
      ok: false,
      problem: problem(
        request.csvFile,
        'indicator',
        'no indicator column',
        'an indicator id: add --indicator <id>, the file name in data/indicators/ without .json',
      ),
    };
  }
  // Fingertips numbers its indicators ("93014"); our ids are words, so a bare number is not taken as one.
  if (!ID_RE.test(id) || /^\d+$/.test(id)) {
    const fromFile = request.indicator === undefined;
    return {
      ok: false,
      problem: problem(
        request.csvFile,
        fromFile ? 'indicator' : '--indicator',
        describe(id),
        fromFile
          ? 'an id of lower-case words joined by hyphens: choose one with --indicator <id>, like --indicator smoking-prevalence'
          : 'an id of lower-case letters, digits and hyphens, like smoking-prevalence',
        fromFile ? where : {},
      ),
    };
  }
  return { ok: true, id };
}

/** A point of the merged series, with the CSV line it came from (undefined: kept from the file). */
interface SeriesPoint {
  readonly point: Record<string, unknown>;
  readonly line: number | undefined;
}

type Base =
  | { ok: true; json: Record<string, unknown>; series: SeriesPoint[]; created: boolean; compact: boolean }
  | { ok: false; problems: Problem[] };

function existingFile(target: string, file: string, request: ImportRequest): Base {
  const original = readFileSync(target, 'utf8');
  const source = readJson(original, file);
  const fixFirst = (p: Problem): Problem => ({
    ...p,
    expected: `${p.expected} (fix data/${file} first: the import keeps everything else in it)`,
  });
  if (source.problems.length > 0) return { ok: false, problems: source.problems.map(fixFirst) };
  const validated = validate(indicatorSchema, source, file);
  if (!validated.ok) return { ok: false, problems: validated.problems.map(fixFirst) };
  const json = source.data as Record<string, unknown>;
  const problems: Problem[] = [];
  const expectedId = path.basename(file, '.json');
  if (validated.value.id !== expectedId) {
    problems.push(
      fixFirst(
        problem(
          file,
          'id',
          describe(validated.value.id),
          `"${expectedId}", the file name without .json`,
          source.locate(['id']),
        ),
      ),
    );
  }
  for (const key of ['title', 'unit', 'polarity'] as const) {
    const given = request[key];
    if (given !== undefined && given !== validated.value[key]) {
      problems.push(
        problem(
          `--${key}`,
          '',
          describe(given),
          `${describe(validated.value[key])}, as data/${file} already says (the import keeps an indicator's details: edit the file to change them)`,
        ),
      );
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const series = (json.series as Record<string, unknown>[]).map((point) => ({ point, line: undefined }));
  // Keep the file's layout: one point a line, or every field on its own line.
  const compact = !/"series"\s*:\s*\[\s*\{\s*\n/.test(original);
  return { ok: true, json, series, created: false, compact };
}

function newFile(id: string, request: ImportRequest, points: readonly RowPoint[]): Base {
  const problems: Problem[] = [];
  const names = [...new Set(points.map((p) => p.indicatorName).filter((x): x is string => x !== undefined))];
  const title = request.title ?? (names.length === 1 ? names[0] : undefined);
  const missing = (option: string, expected: string) =>
    problems.push(
      problem(
        option,
        '',
        'nothing',
        `${expected}, since data/indicators/${id}.json does not exist yet and a new indicator needs it`,
      ),
    );
  if (title === undefined || title.trim() === '')
    missing('--title', 'a title in quotes, like --title "Adults who smoke"');
  const oneOf = (values: readonly string[]) => values.join(', ');
  if (request.unit === undefined) missing('--unit', `a unit: ${oneOf(UNITS)}`);
  else if (!(UNITS as readonly string[]).includes(request.unit)) {
    problems.push(problem('--unit', '', describe(request.unit), `one of ${oneOf(UNITS)}`));
  }
  if (request.polarity === undefined) missing('--polarity', `a polarity: ${oneOf(POLARITIES)}`);
  else if (!(POLARITIES as readonly string[]).includes(request.polarity)) {
    problems.push(problem('--polarity', '', describe(request.polarity), `one of ${oneOf(POLARITIES)}`));
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    json: { id, title: title?.trim(), unit: request.unit, polarity: request.polarity },
    series: [],
    created: true,
    compact: true,
  };
}

/** A point's fields in the order they are written. */
const POINT_FIELDS = ['period', 'area', 'value', 'lower', 'upper', 'count', 'denominator', 'note'] as const;

/** JSON with one series point a line (`{ "period": "2021/22", "area": ... }`), easy to read and to diff. */
export function compactJson(json: Record<string, unknown>): string {
  const inline = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      return entries.length === 0
        ? '{}'
        : `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
    }
    return JSON.stringify(value);
  };
  const lines = Object.entries(json).map(([key, value]) => {
    if (key === 'series' && Array.isArray(value) && value.length > 0) {
      return `  "series": [\n${value.map((p) => `    ${inline(p)}`).join(',\n')}\n  ]`;
    }
    return `  ${JSON.stringify(key)}: ${inline(value)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

/**
 * The existing series with the CSV's points laid over it: a point with the
 * same period and area is replaced, others are kept, new ones added. Areas
 * keep the order of their first appearance (the first area is the default one
 * shown), and each area's points are put in period order.
 */
function merge(existing: readonly SeriesPoint[], incoming: readonly RowPoint[], absent: readonly string[]) {
  const keyOf = (p: Record<string, unknown>) => `${String(p.period)}\u0000${String(p.area)}`;
  const fresh = new Map(incoming.map((r) => [keyOf(r.point), r]));
  let replaced = 0;
  const all: SeriesPoint[] = existing.map((s) => {
    const r = fresh.get(keyOf(s.point));
    if (!r) return s;
    replaced++;
    fresh.delete(keyOf(s.point));
    // A column the CSV does not have at all (no count column, say) keeps the file's figure;
    // a column it has, even empty, is the new truth.
    const point: Record<string, unknown> = {};
    const from = r.point as unknown as Record<string, unknown>;
    for (const field of POINT_FIELDS) {
      const value = absent.includes(field) ? s.point[field] : from[field];
      if (value !== undefined) point[field] = value;
    }
    return { point, line: r.line };
  });
  for (const r of fresh.values()) all.push({ point: r.point as unknown as Record<string, unknown>, line: r.line });
  const areaOrder = [...new Set(all.map((s) => String(s.point.area)))];
  const series = areaOrder.flatMap((area) =>
    all
      .filter((s) => String(s.point.area) === area)
      .sort((a, b) => comparePeriods(period(String(a.point.period)), period(String(b.point.period)))),
  );
  return { series, replaced };
}

/**
 * The contract checks on the site as it would be with the new file: its own
 * schema, then every cross-check. Problems in the new file that come from a
 * CSV row are reported at that row; problems elsewhere (a target whose
 * baseline no longer matches the data) only when the import causes them.
 */
function checkMerged(
  content: Content,
  file: string,
  text: string,
  series: readonly SeriesPoint[],
  csvFile: string,
): Problem[] {
  const source = readJson(text, file);
  const validated = validate(indicatorSchema, source, file);
  const toRow = (p: Problem): Problem => {
    const m = /^series\[(\d+)\](.*)$/.exec(p.field);
    const line = m ? series[Number(m[1])]?.line : undefined;
    if (p.file !== file || line === undefined) return p;
    return { ...p, file: csvFile, line, column: undefined, field: `row${m?.[2] ?? ''}` };
  };
  if (!validated.ok) return validated.problems.map(toRow);
  const indicator: Indicator = validated.value;
  const id = indicator.id;
  const after: Content = {
    ...content,
    indicators: [...content.indicators.filter((i) => i.id !== id), indicator].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    ),
    present: { ...content.present, indicators: new Set([...content.present.indicators, id]) },
    locate: (f, p) => (f === file ? source.locate(p) : content.locate(f, p)),
  };
  const before = new Set(checkContent(content).map(formatProblem));
  return checkContent(after)
    .filter((p) => p.file === file || !before.has(formatProblem(p)))
    .map(toRow);
}
