/**
 * `npm run import-indicator`: a CSV of indicator values (a Fingertips export
 * in either heading style, or the shape analysts export from other tools)
 * into data/indicators/<id>.json; with `--mapping`, every indicator of a
 * profile export at once; with `--add-areas`, the areas it names that
 * data/areas.json lacks.
 *
 * All or nothing: every row that cannot be read is reported with its line and
 * the reason, and then nothing is written. The merged files must also pass
 * the same contract checks as `npm run check` (including targets in the
 * strategies whose baselines come from these indicators), and they are
 * written to temporary files and renamed into place together, so no reader
 * ever sees half a file or an indicator without its areas.
 */

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../contract/checks.ts';
import { loadContent } from '../contract/load.ts';
import type { Content } from '../contract/model.ts';
import { describe, formatProblem, problem, type Problem } from '../contract/problems.ts';
import { ID_RE, indicatorSchema, type Area, type Indicator, type Point } from '../contract/schemas.ts';
import { readJson } from '../contract/source.ts';
import { validate } from '../contract/validate.ts';
import { comparePeriods, parsePeriod, period, spanKey } from '../core/periods.ts';
import { COMPARISONS, POLARITIES, SEXES, UNITS, type Comparison, type Polarity } from '../core/vocabulary.ts';
import { publishedDisagreements } from '../indicators/checks.ts';
import { areasJsonText, areasToAdd, missingAreasProblem } from './areas.ts';
import { parseCsv, type CsvRecord } from './csv.ts';
import { readHeader, readRows, type RowPoint } from './csv-rows.ts';
import { decideComparison, decidePolarity, headlineOfRows } from './decide.ts';
import { readMapping, type MappingEntry } from './mapping.ts';
import { writeAll } from './write.ts';

export interface ImportRequest {
  /** The CSV's text. */
  readonly csv: string;
  /** The CSV's name as shown in messages (the path the author typed). */
  readonly csvFile: string;
  readonly contentDir: string;
  readonly dataDir: string;
  /** --indicator: the id (file name) to import into; default: the CSV's indicator column, or the file with its Fingertips id. */
  readonly indicator?: string | undefined;
  /** --fingertips-id: the indicator to import from a file that holds several (the indicator column's value). */
  readonly fingertipsId?: string | undefined;
  /** --title, --unit, --polarity: for a new indicator (the title may come from the CSV, the polarity from Fingertips' comparisons). */
  readonly title?: string | undefined;
  readonly unit?: string | undefined;
  readonly polarity?: string | undefined;
  /** --skip-empty: leave out rows with neither a value nor a note. */
  readonly skipEmpty?: boolean | undefined;
  /** --sex: import only the rows for this sex (persons, male or female), as the headline. */
  readonly sex?: string | undefined;
  /** --add-areas: add the areas the file names and data/areas.json lacks. */
  readonly addAreas?: boolean | undefined;
  /** --mapping: a profile mapping file's text and name (mapping.ts). */
  readonly mapping?: { readonly text: string; readonly file: string } | undefined;
}

export interface IndicatorPlan {
  readonly indicator: string;
  /** The indicator column's value (Fingertips' id) the values came from, when there was one. */
  readonly source: string | undefined;
  /** The file to write, absolute. */
  readonly target: string;
  /** The file's new text. */
  readonly text: string;
  readonly created: boolean;
  readonly rows: number;
  readonly added: number;
  readonly replaced: number;
  readonly kept: number;
  /** Areas and periods imported, for the summary. */
  readonly areas: readonly string[];
  readonly periods: readonly string[];
  /** What the importer worked out rather than being told, in sentences. */
  readonly decided: readonly string[];
}

export interface ImportPlan {
  readonly ok: true;
  readonly indicators: readonly IndicatorPlan[];
  /** areas.json with the areas added (--add-areas), when there are any. */
  readonly areas: { readonly target: string; readonly text: string; readonly added: readonly Area[] } | undefined;
  /** Headings of columns the importer did not use. */
  readonly ignored: readonly string[];
  /** Lines of rows left out by --skip-empty. */
  readonly skipped: readonly number[];
  /** Other things the author should know, in sentences. */
  readonly notes: readonly string[];
  /** Published judgements that differ from the site's own (npm run check gives the same warnings). */
  readonly warnings: readonly Problem[];
}

/** An indicator a file holds, for the list shown when the file holds several. */
export interface IndicatorInFile {
  readonly id: string;
  readonly name: string | undefined;
  readonly rows: number;
}

export interface ImportRefused {
  readonly ok: false;
  readonly problems: readonly Problem[];
  /** The indicators the file holds, when the problem is choosing one. */
  readonly indicatorsInFile?: readonly IndicatorInFile[] | undefined;
}

export type ImportResult = ImportPlan | ImportRefused;

const refuse = (...problems: Problem[]): ImportRefused => ({ ok: false, problems });

/** Works out the new files without writing anything. */
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
  const mapping = request.mapping ? readMapping(request.mapping.text, request.mapping.file) : undefined;
  if (mapping && !mapping.mapping) return refuse(...mapping.problems);

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

  // Which indicators to import: one, chosen; or every one the mapping names.
  const chosen = chooseIndicators(
    records,
    header.index.indicator,
    header.index.indicatorName,
    request,
    mapping?.mapping,
  );
  if (!chosen.ok) return chosen.refused;

  const rows = readRows(
    chosen.groups.flatMap((g) => g.records).sort((a, b) => a.line - b.line),
    { file: csvFile, header, areas: loaded.content.areas, skipEmpty: request.skipEmpty ?? false },
  );
  const problems = [...rows.problems];
  const notes: string[] = [...chosen.notes];
  let points = rows.points;
  if (request.sex !== undefined) {
    if (!(SEXES as readonly string[]).includes(request.sex)) {
      return refuse(problem('--sex', '', describe(request.sex), `one of ${SEXES.join(', ')}`));
    }
    points = points.filter((r) => (r.point.sex ?? 'persons') === request.sex);
    if (points.length === 0 && rows.problems.length === 0) {
      return refuse(problem(csvFile, 'Sex', `no rows for ${request.sex}`, 'rows for the sex --sex names'));
    }
  }
  if (rows.unknownWords.length > 0) {
    notes.push(`Not kept as published judgements (the site has no word for them): ${rows.unknownWords.join(', ')}.`);
  }

  // Areas the file names that areas.json lacks: added with --add-areas, else one message naming the flag.
  let added: Area[] = [];
  const headingOf = (column: 'area' | 'areaType', fallback: string) => {
    const i = header.index[column];
    return (i === undefined ? undefined : header.headings[i]) || fallback;
  };
  const headings = { code: headingOf('area', 'Area code'), type: headingOf('areaType', 'Area type') };
  if (request.addAreas) {
    const result = areasToAdd(points, loaded.content.areas, csvFile, headings);
    problems.push(...result.problems);
    notes.push(...result.notes);
    added = result.added;
  } else {
    const missing = missingAreasProblem(points, csvFile, headings.code);
    if (missing) problems.push(missing);
  }
  if (problems.length > 0) return refuse(...sortByLine(problems));
  if (points.length === 0) {
    return refuse(problem(csvFile, '', 'no rows with values', 'at least one row with a value or a note'));
  }

  const areas = [...loaded.content.areas, ...added];
  const plans: Built[] = [];
  for (const group of chosen.groups) {
    const lines = new Set(group.records.map((r) => r.line));
    const own = points.filter((r) => lines.has(r.line));
    if (own.length === 0) continue;
    const built = buildIndicator(request, loaded.content, group, own, header.index, areas);
    if (!built.ok) problems.push(...built.problems);
    else plans.push(built);
  }
  if (problems.length > 0) return refuse(...problems);

  const checked = checkMerged(loaded.content, plans, added, csvFile);
  if (checked.length > 0) return refuse(...checked);

  const warnings = plans.flatMap((b) =>
    publishedDisagreements(b.indicator, areas, (p) => b.source.locate(p)).map((w) =>
      toRow(w, b.file, b.lines, csvFile),
    ),
  );
  const areasPlan =
    added.length > 0
      ? {
          target: areasFile,
          text: areasJsonText(existsSync(areasFile) ? readFileSync(areasFile, 'utf8') : undefined, added),
          added,
        }
      : undefined;
  return {
    ok: true,
    indicators: plans.map((b) => b.plan),
    areas: areasPlan,
    ignored: header.ignored,
    skipped: rows.skipped,
    notes,
    warnings,
  };
}

/** Writes a plan's files together: each to a temporary file beside it, then all renamed into place. */
export function writeImport(plan: ImportPlan): void {
  writeAll([...(plan.areas ? [plan.areas] : []), ...plan.indicators.map((i) => ({ target: i.target, text: i.text }))]);
}

function sortByLine(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

// ------------------------------------------------------------ choosing the indicators

interface Group {
  /** The indicator column's value ('' when there is none). */
  readonly key: string;
  readonly records: CsvRecord[];
  readonly name: string | undefined;
  /** The mapping's entry for it, with --mapping. */
  readonly entry?: MappingEntry | undefined;
}

type Chosen = { ok: true; groups: Group[]; notes: string[] } | { ok: false; refused: ImportRefused };

function chooseIndicators(
  records: readonly CsvRecord[],
  indicatorIndex: number | undefined,
  nameIndex: number | undefined,
  request: ImportRequest,
  mapping: ReadonlyMap<string, MappingEntry> | undefined,
): Chosen {
  const groups = new Map<string, Group>();
  for (const record of records) {
    const key = indicatorIndex === undefined ? '' : (record.cells[indicatorIndex]?.text.trim() ?? '');
    let group = groups.get(key);
    if (!group) {
      const name = nameIndex === undefined ? undefined : record.cells[nameIndex]?.text.trim() || undefined;
      group = { key, records: [], name };
      groups.set(key, group);
    }
    group.records.push(record);
  }
  const all = [...groups.values()];
  const listing = all.filter((g) => g.key !== '').map((g) => ({ id: g.key, name: g.name, rows: g.records.length }));
  const file = request.csvFile;
  const firstLine = records[0]?.line;
  const named = all.filter((g) => g.key !== '');
  const list = (ids: readonly string[]) => ids.map((x) => JSON.stringify(x)).join(', ');
  const refuseChoice = (found: string, expected: string): Chosen => ({
    ok: false,
    refused: {
      ok: false,
      problems: [problem(file, 'indicator', found, expected, { line: firstLine })],
      indicatorsInFile: listing,
    },
  });

  if (mapping) {
    const picked = named.filter((g) => mapping.has(g.key)).map((g) => ({ ...g, entry: mapping.get(g.key) }));
    const absent = [...mapping.keys()].filter((k) => !groups.has(k));
    const unmapped = named.filter((g) => !mapping.has(g.key)).map((g) => g.key);
    if (picked.length === 0) {
      return refuseChoice(
        `no indicator the mapping ${request.mapping?.file ?? ''} names (it names ${list([...mapping.keys()])})`,
        'a file holding at least one of them: check that the export is for the right profile',
      );
    }
    const notes: string[] = [];
    if (absent.length > 0) notes.push(`The mapping names indicators this file does not hold: ${absent.join(', ')}.`);
    if (unmapped.length > 0) notes.push(`Not imported (not in the mapping): ${unmapped.join(', ')}.`);
    return { ok: true, groups: picked, notes };
  }

  const wanted = request.fingertipsId ?? (named.length > 1 ? request.indicator : undefined);
  if (wanted !== undefined) {
    const group = groups.get(wanted);
    if (group) return { ok: true, groups: [group], notes: [] };
    if (request.fingertipsId !== undefined || named.length > 1) {
      return refuseChoice(
        `no rows for the indicator ${JSON.stringify(wanted)}`,
        named.length === 0
          ? 'a file with an indicator column (Indicator ID) holding it'
          : `one of the indicators the file holds: ${list(named.map((g) => g.key))}`,
      );
    }
  }
  if (named.length > 1) {
    return refuseChoice(
      `values for ${named.length} indicators: ${list(named.slice(0, 5).map((g) => g.key))}${named.length > 5 ? ` and ${named.length - 5} more` : ''}`,
      'one of them chosen with --fingertips-id <id> (the indicator column\u2019s value, listed below), or every one with --mapping <file.yaml>',
    );
  }
  // One indicator (or no indicator column): every row; rows with an empty indicator cell go with it.
  return { ok: true, groups: [{ key: named[0]?.key ?? '', records: [...records], name: named[0]?.name }], notes: [] };
}

// ------------------------------------------------------------ one indicator's file

interface Built {
  readonly ok: true;
  readonly plan: IndicatorPlan;
  readonly indicator: Indicator;
  readonly file: string;
  /** The located JSON of the new file, and the CSV line of each of its points (undefined: kept). */
  readonly source: ReturnType<typeof readJson>;
  readonly lines: readonly (number | undefined)[];
}

type BuiltResult = Built | { ok: false; problems: Problem[] };

/** A point's fields in the order they are written. */
const POINT_FIELDS = [
  'period',
  'area',
  'sex',
  'age',
  'categoryType',
  'category',
  'value',
  'lower',
  'upper',
  'lower998',
  'upper998',
  'count',
  'denominator',
  'note',
  'published',
] as const;
type PointField = (typeof POINT_FIELDS)[number];

/** The CSV column each point field comes from, to tell "no such column" (keep the file's figure) from "empty cell". */
const FIELD_COLUMN: Partial<Record<PointField, string>> = {
  sex: 'sex',
  age: 'age',
  categoryType: 'categoryType',
  category: 'category',
  lower: 'lower',
  upper: 'upper',
  lower998: 'lower998',
  upper998: 'upper998',
  count: 'count',
  denominator: 'denominator',
  note: 'note',
};

function buildIndicator(
  request: ImportRequest,
  content: Content,
  group: Group,
  rows: readonly RowPoint[],
  index: Partial<Record<string, number>>,
  areas: readonly Area[],
): BuiltResult {
  const fromFingertips = /^\d+$/.test(group.key) ? group.key : undefined;
  const id = indicatorId(request, content, group, rows);
  if (!id.ok) return { ok: false, problems: [id.problem] };
  const file = `indicators/${id.id}.json`;
  const target = path.join(request.dataDir, file);
  const existing = existsSync(target) ? existingFile(target, file, request, group) : undefined;
  if (existing && !existing.ok) return existing;

  // The headline: persons (or the one sex), the usual age band, no category. Its breakdown fields are left out.
  const headline = headlineOfRows(
    rows.map((r) => r.point),
    existing?.ok ? (existing.json.age as string | undefined) : undefined,
  );
  const incoming = rows.map((r) => ({ ...r, point: normalise(r.point, headline.age) }));
  // Figures for men and women and none for persons (life expectancy, say) have no headline: one sex per indicator.
  const plainSexes = new Set(
    incoming.filter((r) => r.point.categoryType === undefined).map((r) => r.point.sex ?? 'persons'),
  );
  if (!plainSexes.has('persons') && plainSexes.size > 1 && !existing?.ok) {
    return {
      ok: false,
      problems: [
        problem(
          request.csvFile,
          'Sex',
          `values for ${[...plainSexes].join(' and ')} and none for persons${group.key ? ` (indicator ${group.key})` : ''}`,
          'one sex per indicator, since an indicator\u2019s headline figure is for persons or for the one sex it has: import with --sex male, and again with --sex female into another indicator',
          { line: rows[0]?.line },
        ),
      ],
    };
  }

  const base = existing ?? newFile(id.id, request, group, incoming, headline.age, fromFingertips);
  if (!base.ok) return base;

  const absent = POINT_FIELDS.filter((f) => {
    const column = FIELD_COLUMN[f];
    return column !== undefined && index[column] === undefined;
  });
  const hasTrend = index.trend !== undefined;
  const hasBenchmark = index.comparedToEngland !== undefined;
  const merged = merge(base.series, incoming, absent, hasTrend, hasBenchmark);

  // A new indicator's polarity and comparison method, from Fingertips' own comparisons when not given.
  const decided: string[] = [];
  const json: Record<string, unknown> = { ...base.json };
  if (base.created) {
    if (json.polarity === undefined) {
      const polarity = decidePolarity(
        merged.series.map((s) => s.point as Point),
        areas,
      );
      if (polarity) {
        json.polarity = polarity.polarity;
        decided.push(polarity.why);
      } else {
        return {
          ok: false,
          problems: [
            problem(
              '--polarity',
              '',
              'nothing',
              `a polarity: ${POLARITIES.join(', ')}, since data/indicators/${id.id}.json does not exist yet and a new indicator needs it${fromFingertips ? ' (Fingertips\u2019 comparisons in the file do not show it)' : ''}`,
            ),
          ],
        };
      }
    }
    const given = group.entry?.comparison;
    if (given !== undefined) json.comparison = given;
    else {
      const comparison = decideComparison(
        merged.series.map((s) => s.point as Point),
        json.polarity as Polarity,
        areas,
      );
      if (comparison && comparison.comparison !== 'ci95') {
        json.comparison = comparison.comparison;
        decided.push(comparison.why);
      }
    }
  }
  // 99.8% limits are kept only where the comparison uses them.
  const comparison = (json.comparison as Comparison | undefined) ?? 'ci95';
  const series = merged.series.map((s) => {
    if (comparison === 'ci99.8' || s.line === undefined) return s.point;
    const { lower998: _l, upper998: _u, ...rest } = s.point;
    return rest;
  });
  const finalJson = { ...orderedIndicator(json), series };
  const text = base.compact ? compactJson(finalJson) : `${JSON.stringify(finalJson, null, 2)}\n`;
  const source = readJson(text, file);
  const validated = validate(indicatorSchema, source, file);
  const lines = merged.series.map((s) => s.line);
  if (!validated.ok) {
    return { ok: false, problems: validated.problems.map((p) => toRow(p, file, lines, request.csvFile)) };
  }
  const periods = [...new Set(incoming.map((r) => r.point.period))].sort((a, b) =>
    comparePeriods(period(a), period(b)),
  );
  return {
    ok: true,
    indicator: validated.value,
    file,
    source,
    lines,
    plan: {
      indicator: id.id,
      source: group.key || undefined,
      target,
      text,
      created: base.created,
      rows: incoming.length,
      added: incoming.length - merged.replaced,
      replaced: merged.replaced,
      kept: merged.series.length - incoming.length,
      areas: [...new Set(incoming.map((r) => r.point.area))],
      periods,
      decided: [...base.decided, ...decided],
    },
  };
}

/** A point with the headline's breakdown left out: persons, and the usual age band. */
function normalise(point: Point, headlineAge: string | undefined): Point {
  const out: Point = { ...point };
  if (out.sex === 'persons') delete out.sex;
  if (out.age !== undefined && out.age === headlineAge) delete out.age;
  return out;
}

/** An indicator's fields in the order a new file writes them; unknown fields (an existing file's) keep their place. */
function orderedIndicator(json: Record<string, unknown>): Record<string, unknown> {
  const { series: _series, ...rest } = json;
  return rest;
}

type IdResult = { ok: true; id: string } | { ok: false; problem: Problem };

function indicatorId(request: ImportRequest, content: Content, group: Group, rows: readonly RowPoint[]): IdResult {
  const where = { line: rows[0]?.line };
  if (group.entry) return { ok: true, id: group.entry.id };
  // A Fingertips indicator already imported once: its file names it.
  const byFingertips =
    request.indicator === undefined && /^\d+$/.test(group.key)
      ? content.indicators.find((i) => i.fingertipsId === Number(group.key))
      : undefined;
  const id = request.indicator ?? byFingertips?.id ?? (group.key === '' ? undefined : group.key);
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
  | {
      ok: true;
      json: Record<string, unknown>;
      series: SeriesPoint[];
      created: boolean;
      compact: boolean;
      decided: string[];
    }
  | { ok: false; problems: Problem[] };

function existingFile(target: string, file: string, request: ImportRequest, group: Group): Base {
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
  const given = { title: request.title, unit: request.unit, polarity: request.polarity };
  for (const key of ['title', 'unit', 'polarity'] as const) {
    const value = given[key] ?? group.entry?.[key];
    if (value !== undefined && value !== validated.value[key]) {
      problems.push(
        problem(
          group.entry && given[key] === undefined ? (request.mapping?.file ?? '--mapping') : `--${key}`,
          group.entry && given[key] === undefined ? `${group.key}.${key}` : '',
          describe(value),
          `${describe(validated.value[key])}, as data/${file} already says (the import keeps an indicator's details: edit the file to change them)`,
        ),
      );
    }
  }
  const fid = validated.value.fingertipsId;
  if (fid !== undefined && /^\d+$/.test(group.key) && fid !== Number(group.key)) {
    problems.push(
      problem(
        request.csvFile,
        'indicator',
        `values for Fingertips indicator ${group.key}`,
        `values for Fingertips indicator ${fid}, as data/${file} says ("fingertipsId"): choose the file with --indicator, or check the export`,
        { line: group.records[0]?.line },
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  const series = (json.series as Record<string, unknown>[]).map((point) => ({ point, line: undefined }));
  // Keep the file's layout: one point a line, or every field on its own line.
  const compact = !/"series"\s*:\s*\[\s*\{\s*\n/.test(original);
  const decided =
    fid === undefined && /^\d+$/.test(group.key)
      ? [
          `Add "fingertipsId": ${group.key} to data/${file} to import newer exports of Fingertips indicator ${group.key} without --indicator.`,
        ]
      : [];
  return { ok: true, json, series, created: false, compact, decided };
}

const FINGERTIPS_SOURCE = {
  name: 'Fingertips, Office for Health Improvement and Disparities',
  url: 'https://fingertips.phe.org.uk/',
};

function newFile(
  id: string,
  request: ImportRequest,
  group: Group,
  rows: readonly RowPoint[],
  age: string | undefined,
  fromFingertips: string | undefined,
): Base {
  const problems: Problem[] = [];
  const names = [...new Set(rows.map((p) => p.indicatorName).filter((x): x is string => x !== undefined))];
  const title = request.title ?? group.entry?.title ?? (names.length === 1 ? names[0] : undefined);
  const unit = request.unit ?? group.entry?.unit;
  const polarity = request.polarity ?? group.entry?.polarity;
  const where = group.entry ? `${request.mapping?.file ?? '--mapping'}` : undefined;
  const missing = (option: string, expected: string) =>
    problems.push(
      problem(
        where ?? option,
        where ? `${group.key}.${option.slice(2)}` : '',
        'nothing',
        `${expected}, since data/indicators/${id}.json does not exist yet and a new indicator needs it`,
      ),
    );
  if (title === undefined || title.trim() === '')
    missing('--title', 'a title in quotes, like --title "Adults who smoke"');
  const oneOf = (values: readonly string[]) => values.join(', ');
  if (unit === undefined) missing('--unit', `a unit: ${oneOf(UNITS)}`);
  else if (!(UNITS as readonly string[]).includes(unit)) {
    problems.push(problem('--unit', '', describe(unit), `one of ${oneOf(UNITS)}`));
  }
  if (polarity !== undefined && !(POLARITIES as readonly string[]).includes(polarity)) {
    problems.push(problem('--polarity', '', describe(polarity), `one of ${oneOf(POLARITIES)}`));
  } else if (polarity === undefined && !rows.some((r) => r.point.published?.benchmark !== undefined)) {
    missing('--polarity', `a polarity: ${oneOf(POLARITIES)}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  const json: Record<string, unknown> = { id, title: title?.trim(), unit, polarity };
  if (age !== undefined) json.age = age;
  if (fromFingertips !== undefined) {
    json.fingertipsId = Number(fromFingertips);
    // Fingertips exports figures unrounded (9.23290978024279) and shows them to 1 decimal place (counts whole).
    json.decimals = unit === 'count' ? 0 : 1;
    json.source = FINGERTIPS_SOURCE;
  }
  return { ok: true, json, series: [], created: true, compact: true, decided: [] };
}

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
  const lines = Object.entries(json)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => {
      if (key === 'series' && Array.isArray(value) && value.length > 0) {
        return `  "series": [\n${value.map((p) => `    ${inline(p)}`).join(',\n')}\n  ]`;
      }
      return `  ${JSON.stringify(key)}: ${inline(value)}`;
    });
  return `{\n${lines.join(',\n')}\n}\n`;
}

/** A series point's identity: its period's span, area and breakdown ("2019-21" and "2019 - 21" are one period). */
function pointKey(p: Record<string, unknown>): string {
  const parsed = parsePeriod(String(p.period));
  const span = parsed.ok ? spanKey(parsed.period) : String(p.period);
  const sex = p.sex === undefined || p.sex === 'persons' ? 'persons' : String(p.sex);
  return [span, p.area, sex, p.age ?? '', p.categoryType ?? '', p.category ?? ''].map(String).join('\u0000');
}

/** A breakdown's identity (no period, no area), for ordering. */
function breakdownText(p: Record<string, unknown>): string {
  const sex = p.sex === undefined || p.sex === 'persons' ? '' : String(p.sex);
  return [sex, p.age ?? '', p.categoryType ?? '', p.category ?? ''].map(String).join('\u0000');
}

/**
 * The existing series with the CSV's points laid over it: a point with the
 * same period, area and breakdown is replaced (keeping the file's way of
 * writing the period), others are kept, new ones added. Areas keep the order
 * of their first appearance (the first area is the default one shown); within
 * an area the headline comes first, then each breakdown in the order first
 * seen, each in period order.
 */
function merge(
  existing: readonly SeriesPoint[],
  incoming: readonly RowPoint[],
  absent: readonly PointField[],
  hasTrend: boolean,
  hasBenchmark: boolean,
) {
  const fresh = new Map(incoming.map((r) => [pointKey(r.point as unknown as Record<string, unknown>), r]));
  let replaced = 0;
  const all: SeriesPoint[] = existing.map((s) => {
    const key = pointKey(s.point);
    const r = fresh.get(key);
    if (!r) return s;
    replaced++;
    fresh.delete(key);
    // A column the CSV does not have at all (no count column, say) keeps the file's figure;
    // a column it has, even empty, is the new truth.
    const from = r.point as unknown as Record<string, unknown>;
    const point: Record<string, unknown> = {};
    for (const field of POINT_FIELDS) {
      let value = absent.includes(field) ? s.point[field] : from[field];
      if (field === 'period') value = s.point.period;
      if (field === 'published') value = mergePublished(s.point.published, from.published, hasTrend, hasBenchmark);
      if (value !== undefined) point[field] = value;
    }
    return { point, line: r.line };
  });
  for (const r of fresh.values()) {
    const from = r.point as unknown as Record<string, unknown>;
    const point: Record<string, unknown> = {};
    for (const field of POINT_FIELDS) if (from[field] !== undefined) point[field] = from[field];
    all.push({ point, line: r.line });
  }
  const areaOrder = [...new Set(all.map((s) => String(s.point.area)))];
  const breakdownOrder = new Map<string, number>([['\u0000\u0000\u0000', -1]]);
  for (const s of all) {
    const b = breakdownText(s.point);
    if (!breakdownOrder.has(b)) breakdownOrder.set(b, breakdownOrder.size);
  }
  const rank = (s: SeriesPoint) => breakdownOrder.get(breakdownText(s.point)) ?? 0;
  const series = areaOrder.flatMap((area) =>
    all
      .filter((s) => String(s.point.area) === area)
      .sort(
        (a, b) => rank(a) - rank(b) || comparePeriods(period(String(a.point.period)), period(String(b.point.period))),
      ),
  );
  return { series, replaced };
}

function mergePublished(old: unknown, fresh: unknown, hasTrend: boolean, hasBenchmark: boolean): unknown {
  const o = (old ?? {}) as Record<string, unknown>;
  const f = (fresh ?? {}) as Record<string, unknown>;
  const merged: Record<string, unknown> = {};
  const trend = hasTrend ? f.trend : o.trend;
  const benchmark = hasBenchmark ? f.benchmark : o.benchmark;
  if (trend !== undefined) merged.trend = trend;
  if (benchmark !== undefined) merged.benchmark = benchmark;
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** A problem in a new file's series, reported at the CSV row the point came from. */
function toRow(p: Problem, file: string, lines: readonly (number | undefined)[], csvFile: string): Problem {
  const m = /^series\[(\d+)\](.*)$/.exec(p.field);
  const line = m ? lines[Number(m[1])] : undefined;
  if (p.file !== file || line === undefined) return p;
  return { ...p, file: csvFile, line, column: undefined, field: `row${m?.[2] ?? ''}` };
}

/**
 * The contract checks on the site as it would be with the new files and
 * areas: every cross-check. Problems in a new file that come from a CSV row
 * are reported at that row; problems elsewhere (a target whose baseline no
 * longer matches the data) only when the import causes them.
 */
function checkMerged(content: Content, built: readonly Built[], added: readonly Area[], csvFile: string): Problem[] {
  const files = new Map(built.map((b) => [b.file, b]));
  const ids = new Set(built.map((b) => b.indicator.id));
  const after: Content = {
    ...content,
    areas: [...content.areas, ...added],
    indicators: [...content.indicators.filter((i) => !ids.has(i.id)), ...built.map((b) => b.indicator)].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    ),
    present: {
      ...content.present,
      indicators: new Set([...content.present.indicators, ...ids]),
      areas: content.present.areas && new Set([...content.present.areas, ...added.map((a) => a.id)]),
    },
    locate: (f, p) => files.get(f)?.source.locate(p) ?? content.locate(f, p),
  };
  const before = new Set(checkContent(content).map(formatProblem));
  return checkContent(after)
    .filter((p) => files.has(p.file) || !before.has(formatProblem(p)))
    .map((p) => {
      const b = files.get(p.file);
      return b ? toRow(p, b.file, b.lines, csvFile) : p;
    });
}

// Re-exported for the command's usage text.
export { COMPARISONS };
