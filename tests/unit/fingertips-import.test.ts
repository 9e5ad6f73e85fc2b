/**
 * Importing what analysts actually have (issue 13): the real Fingertips
 * export in /work/shared/fixtures/fingertips/ (older headings, 10
 * indicators, 14 areas), read where it is and never edited; the same export
 * with today's headings, made in memory; and a constructed file in today's
 * style with breakdowns (tests/fixtures/fingertips/README.md). Each import
 * goes into a temporary copy of a data folder; refused imports must leave it
 * byte for byte as it was. The messages are snapshotted: they are what an
 * analyst reads.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/authoring/csv.ts';
import { planImport, writeImport, type ImportRequest, type ImportResult } from '../../src/lib/authoring/import-csv.ts';
import { planLines, refusalLines } from '../../src/lib/authoring/import-report.ts';
import { readMapping } from '../../src/lib/authoring/mapping.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import type { Indicator } from '../../src/lib/contract/schemas.ts';
import { breakdownsOf, deprivationGap } from '../../src/lib/indicators/breakdowns.ts';
import { benchmarkAreaOf, judgeArea } from '../../src/lib/indicators/assess.ts';
import { sameBenchmark } from '../../src/lib/indicators/checks.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import { FIXTURES, GOOD } from './overlay.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REAL = '/work/shared/fixtures/fingertips/north-east-young-people-mental-health.csv';
const REAL_NAME = 'north-east-young-people-mental-health.csv';
const MAPPING = path.join(FIXTURES, 'fingertips', 'north-east-mapping.yaml');
const BREAKDOWNS = path.join(FIXTURES, 'fingertips', 'current-style-breakdowns.csv');
const real = readFileSync(REAL, 'utf8');

interface Scratch {
  readonly contentDir: string;
  readonly dataDir: string;
}
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temporary copy of a data folder, with a content folder read where it is. */
function scratch(from: 'good' | 'example' = 'good'): Scratch {
  const root = mkdtempSync(path.join(os.tmpdir(), 'fingertips-import-'));
  made.push(root);
  const dataDir = path.join(root, 'data');
  cpSync(from === 'good' ? path.join(GOOD, 'data') : path.join(ROOT, 'data'), dataDir, { recursive: true });
  return { contentDir: from === 'good' ? path.join(GOOD, 'content') : path.join(ROOT, 'content'), dataDir };
}

/** Every file of a data folder, by relative path: to show that a refused import wrote nothing. */
function snapshotOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, name.name);
      if (name.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function plan(dirs: Scratch, csv: string, csvFile: string, options: Partial<ImportRequest> = {}): ImportResult {
  return planImport({ csv, csvFile, contentDir: dirs.contentDir, dataDir: dirs.dataDir, ...options });
}

/** Imports, writing the files; returns the problem lines (none when it wrote). */
function imported(dirs: Scratch, csv: string, csvFile: string, options: Partial<ImportRequest> = {}): string[] {
  const result = plan(dirs, csv, csvFile, options);
  if (!result.ok) return refusalLines(result);
  writeImport(result);
  return [];
}

/** An import that must be refused: returns what it prints, and checks that nothing was written. */
function refused(dirs: Scratch, csv: string, csvFile: string, options: Partial<ImportRequest> = {}): string[] {
  const before = snapshotOf(dirs.dataDir);
  const result = plan(dirs, csv, csvFile, options);
  expect(result.ok).toBe(false);
  expect(snapshotOf(dirs.dataDir)).toEqual(before);
  return result.ok ? [] : refusalLines(result);
}

const json = (dirs: Scratch, file: string) => JSON.parse(readFileSync(path.join(dirs.dataDir, file), 'utf8'));
const indicatorOf = (dirs: Scratch, id: string): Indicator => json(dirs, `indicators/${id}.json`);

/** The real export with today's headings (and today's last column, "Time period range"), made in memory. */
function withCurrentHeadings(text: string): string {
  const CURRENT: Record<string, string> = {
    IndicatorID: 'Indicator ID',
    IndicatorName: 'Indicator Name',
    ParentCode: 'Parent Code',
    ParentName: 'Parent Name',
    AreaCode: 'Area Code',
    AreaName: 'Area Name',
    AreaType: 'Area Type',
    Category_Type: 'Category Type',
    Timeperiod: 'Time period',
    'Lower_CI_95.0_limit': 'Lower CI 95.0 limit',
    'Upper_CI_95.0_limit': 'Upper CI 95.0 limit',
    'Lower_CI_99.8_limit': 'Lower CI 99.8 limit',
    'Upper_CI_99.8_limit': 'Upper CI 99.8 limit',
    Value_note: 'Value note',
    Recent_Trend: 'Recent Trend',
    Compared_to_England_value_or_percentiles: 'Compared to England value or percentiles',
    Compared_to_Region_value_or_percentiles: 'Compared to Region value or percentiles',
    Time_period_Sortable: 'Time period Sortable',
    New_data: 'New data',
    Compared_to_goal: 'Compared to goal',
  };
  const [head = '', ...rows] = text.split(/\r?\n/);
  const headings = head.split(',').map((h) => CURRENT[h] ?? h);
  return [[...headings, 'Time period range'].join(','), ...rows.filter((r) => r !== '').map((r) => `${r},1y`)].join(
    '\r\n',
  );
}

/** The real export's rows for one indicator (with its heading row). */
function rowsOf(text: string, id: string): string {
  const [head = '', ...rows] = text.split(/\r?\n/);
  return [head, ...rows.filter((r) => r.startsWith(`${id},`))].join('\n');
}

describe('the real Fingertips export (older headings, 10 indicators)', () => {
  it('reads as CSV: 140 rows under 26 headings', () => {
    const parsed = parseCsv(real);
    expect(parsed.ok && parsed.records.length).toBe(141);
    expect(parsed.ok && parsed.records[0]?.cells.length).toBe(26);
  });

  it('lists its indicators (id, name, rows) and writes nothing when none is chosen', () => {
    expect(refused(scratch(), real, REAL_NAME)).toMatchSnapshot();
  });

  it('names every missing area in one message, and the flag that adds them', () => {
    expect(refused(scratch(), real, REAL_NAME, { fingertipsId: '90813', indicator: 'self-harm', unit: 'per-100k' }))
      .toMatchInlineSnapshot(`
        [
          "north-east-young-people-mental-health.csv:101:84 AreaCode: found 13 areas that data/areas.json does not list: E12000001 (North East region), E06000001 (Hartlepool), E06000002 (Middlesbrough), E06000003 (Redcar and Cleveland), E06000004 (Stockton-on-Tees), E06000005 (Darlington), E06000047 (County Durham), E06000057 (Northumberland), E08000021 (Newcastle upon Tyne), E08000022 (North Tyneside), E08000023 (South Tyneside), E08000024 (Sunderland), and 1 more; expected areas listed in data/areas.json: run the import again with --add-areas to add them from the file (code, name, type and parent), or add them by hand",
        ]
      `);
  });

  it('says which indicator it could not find', () => {
    expect(refused(scratch(), real, REAL_NAME, { fingertipsId: '12345' })[0]).toBe(
      'north-east-young-people-mental-health.csv:2:1 indicator: found no rows for the indicator "12345"; expected one of the indicators the file holds: "91141", "91137", "91138", "91139", "91146", "91145", "92315", "90813", "92796", "91871"',
    );
  });

  describe('one indicator, with --fingertips-id and --add-areas', () => {
    const dirs = scratch();
    const result = plan(dirs, real, REAL_NAME, {
      fingertipsId: '92796',
      indicator: 'self-harm-admissions-10-14',
      unit: 'per-100k',
      addAreas: true,
    });
    if (result.ok) writeImport(result);

    it('adds the 13 missing areas: code as id, name, type from the Fingertips area type, parent from the parent code', () => {
      expect(result.ok && result.areas?.added).toHaveLength(13);
      const areas = json(dirs, 'areas.json') as { id: string; type: string; parent?: string }[];
      expect(areas.find((a) => a.id === 'E12000001')).toEqual({
        id: 'E12000001',
        name: 'North East region',
        type: 'region',
        parent: 'E92000001',
      });
      expect(areas.find((a) => a.id === 'E08000037')).toEqual({
        id: 'E08000037',
        name: 'Gateshead',
        type: 'local-authority',
        parent: 'E12000001',
      });
      // areas.json keeps one area a line, the existing ones untouched.
      expect(readFileSync(path.join(dirs.dataDir, 'areas.json'), 'utf8')).toMatchSnapshot();
    });

    it('writes the values with their limits, suppressed values with their note, and the published judgements', () => {
      const indicator = indicatorOf(dirs, 'self-harm-admissions-10-14');
      expect(indicator).toMatchObject({
        title: 'Hospital admissions as a result of self-harm',
        unit: 'per-100k',
        polarity: 'no-judgement',
        age: '10-14 yrs',
        fingertipsId: 92796,
      });
      expect(indicator.series).toHaveLength(14);
      expect(indicator.series.find((p) => p.area === 'E06000001')).toEqual({
        period: '2017/18',
        area: 'E06000001',
        value: null,
        denominator: 5459,
        note: 'Value suppressed for disclosure control reasons',
        published: { trend: 'not-enough-data', benchmark: 'not-compared' },
      });
      expect(indicator.series.find((p) => p.area === 'E08000024')?.published).toEqual({
        trend: 'decreasing',
        benchmark: 'similar',
      });
    });

    it('says what it worked out for itself (the polarity Fingertips\u2019 comparisons show)', () => {
      expect(result.ok && planLines(result, { dryRun: true, cwd: dirs.dataDir })).toMatchSnapshot();
    });

    it('passes the check, with no warning: the site agrees with every published comparison', () => {
      const checked = checkSite(dirs);
      expect(checked.problems.map(formatProblem)).toEqual([]);
    });
  });

  it('reads today\u2019s headings the same as the older ones', () => {
    const older = scratch();
    const newer = scratch();
    const options = {
      fingertipsId: '90813',
      indicator: 'self-harm-admissions-10-24',
      unit: 'per-100k',
      addAreas: true,
    };
    expect(imported(older, real, REAL_NAME, options)).toEqual([]);
    expect(imported(newer, withCurrentHeadings(real), 'current.csv', options)).toEqual([]);
    const file = 'indicators/self-harm-admissions-10-24.json';
    expect(readFileSync(path.join(newer.dataDir, file), 'utf8')).toBe(
      readFileSync(path.join(older.dataDir, file), 'utf8'),
    );
  });

  it('re-importing a newer export replaces values for the same period, area and breakdown, and keeps the rest', () => {
    const dirs = scratch();
    const options = { fingertipsId: '91871', indicator: 'pupils-semh-needs', unit: 'percent', addAreas: true };
    expect(imported(dirs, real, REAL_NAME, options)).toEqual([]);
    // A newer export: Hartlepool's 2018 figure revised, and 2019 added for Hartlepool only.
    const hartlepool = rowsOf(real, '91871')
      .split('\n')
      .filter((r, i) => i === 0 || r.includes(',E06000001,'));
    const revised = (hartlepool[1] ?? '').replace('2.01476793248945', '2.1');
    const next = revised.replace(',2018,2.1,', ',2019,2.3,').replace('20180000', '20190000');
    const newer = [hartlepool[0], revised, next].join('\n');
    // The file now names it: no --indicator needed, and no --add-areas.
    const result = plan(dirs, newer, 'newer.csv', { fingertipsId: '91871' });
    expect(result.ok && result.indicators.map((i) => [i.indicator, i.added, i.replaced, i.kept])).toEqual([
      ['pupils-semh-needs', 1, 1, 13],
    ]);
    if (result.ok) writeImport(result);
    const series = indicatorOf(dirs, 'pupils-semh-needs').series.filter((p) => p.area === 'E06000001');
    expect(series.map((p) => [p.period, p.value])).toEqual([
      ['2018', 2.1],
      ['2019', 2.3],
    ]);
    expect(checkSite(dirs).errors).toBe(0);
  });

  it('imports the whole profile at once from a mapping file', () => {
    const dirs = scratch();
    const result = plan(dirs, real, REAL_NAME, {
      mapping: { text: readFileSync(MAPPING, 'utf8'), file: 'north-east-mapping.yaml' },
      addAreas: true,
    });
    expect(result.ok && result.indicators.map((i) => i.indicator)).toEqual([
      'cyp-mental-health-disorders',
      'cyp-emotional-disorders',
      'cyp-conduct-disorders',
      'cyp-hyperkinetic-disorders',
      'eating-disorders-16-24',
      'adhd-16-24',
      'children-cause-for-concern',
      'self-harm-admissions-10-24',
      'self-harm-admissions-10-14',
      'pupils-semh-needs',
    ]);
    if (result.ok) writeImport(result);
    // Fingertips publishes no comparison for this one although it has intervals: so neither does the site.
    expect(indicatorOf(dirs, 'children-cause-for-concern').comparison).toBe('none');
    expect(checkSite(dirs).problems.map(formatProblem)).toEqual([]);
  });

  it('refuses a mapping file with a mistake in it, at its line', () => {
    const text = '90813:\n  id: self-harm\n  unit: per-100000\n';
    expect(readMapping(text, 'profile.yaml').problems.map(formatProblem)).toEqual([
      'profile.yaml:3:9 90813.unit: found "per-100000"; expected one of "percent", "per-1000", "per-10k", "per-100k", "count", "years", "gbp", "ratio", "score"',
    ]);
  });
});

describe('each of the real export\u2019s 10 indicators, one command each, into the example site', () => {
  const dirs = scratch('example');
  const mapping = readMapping(readFileSync(MAPPING, 'utf8'), 'mapping.yaml').mapping ?? new Map();
  const lines: Record<string, string[]> = {};
  let first = true;
  for (const [fingertipsId, entry] of mapping) {
    // What an analyst types: the indicator, its id, unit and (where Fingertips does not show it) polarity;
    // --add-areas the first time only.
    lines[fingertipsId] = imported(dirs, real, REAL_NAME, {
      fingertipsId,
      indicator: entry.id,
      unit: entry.unit,
      polarity: entry.polarity,
      addAreas: first,
    });
    first = false;
  }

  it('imports every one', () => {
    expect(Object.values(lines).flat()).toEqual([]);
    expect(Object.keys(lines)).toHaveLength(10);
  });

  it('leaves a site that passes npm run check', () => {
    const checked = checkSite(dirs);
    expect(checked.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(checked.warnings).toBe(0);
  });

  it('compares each of the 14 areas with England as Fingertips published it', () => {
    const checked = checkSite(dirs);
    let compared = 0;
    for (const entry of mapping.values()) {
      const indicator = checked.content.indicators.find((i) => i.id === entry.id);
      if (!indicator) throw new Error(`no ${entry.id}`);
      const england = benchmarkAreaOf(indicator, checked.content.areas);
      expect(england).toBe('E92000001');
      const areas = new Set(indicator.series.map((p) => p.area));
      expect(areas.size).toBe(14);
      for (const point of indicator.series) {
        const published = point.published?.benchmark;
        if (published === undefined || point.area === england) continue;
        const own = judgeArea(indicator, point.area, checked.content.areas).benchmark.key;
        expect(
          own === published || sameBenchmark(own, published, indicator.polarity),
          `${indicator.id} ${point.area}: site ${own}, Fingertips ${published}`,
        ).toBe(true);
        compared++;
      }
    }
    expect(compared).toBe(130);
  });
});

describe('breakdowns and periods from a Fingertips export in today\u2019s headings', () => {
  const csv = readFileSync(BREAKDOWNS, 'utf8');
  const name = 'current-style-breakdowns.csv';

  it('keeps sex and ethnic group as breakdowns, the usual age band as the indicator\u2019s, and warns where Fingertips\u2019 judgement differs', () => {
    const dirs = scratch('example');
    const result = plan(dirs, csv, name, { fingertipsId: '93014', indicator: 'physically-active', unit: 'percent' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings.map(formatProblem)).toMatchSnapshot();
    writeImport(result);
    const indicator = indicatorOf(dirs, 'physically-active');
    expect(indicator).toMatchObject({ age: '19+ yrs', polarity: 'higher-is-better', fingertipsId: 93014 });
    const kent = indicator.series.filter((p) => p.area === 'E10000016' && p.period === '2022/23');
    expect(kent.map((p) => p.sex ?? p.category ?? 'headline')).toEqual([
      'headline',
      'male',
      'female',
      'Asian',
      'Black',
      'Mixed',
      'White British',
      'Other ethnic group',
    ]);
    expect(kent.some((p) => p.age !== undefined)).toBe(false);
    const groups = breakdownsOf(indicator, 'E10000016');
    expect(groups.map((g) => [g.kind, g.series.map((s) => s.label)])).toEqual([
      ['sex', ['Male', 'Female']],
      ['ethnicity', ['Asian', 'Black', 'Mixed', 'White British', 'Other ethnic group']],
    ]);
    const checked = checkSite(dirs);
    expect(checked.errors).toBe(0);
    expect(checked.problems.map(formatProblem)).toEqual(
      result.warnings
        .map((w) => formatProblem(w))
        .map((line) => expect.stringContaining(line.split(' found ')[1] ?? '')),
    );
  });

  it('refuses figures for men and women with none for persons, and imports one sex with --sex', () => {
    const dirs = scratch('example');
    expect(
      refused(dirs, csv, name, { fingertipsId: '90366', indicator: 'life-expectancy', unit: 'years' }),
    ).toMatchSnapshot();
    expect(
      imported(dirs, csv, name, {
        fingertipsId: '90366',
        indicator: 'life-expectancy-men',
        unit: 'years',
        sex: 'male',
      }),
    ).toEqual([]);
    const indicator = indicatorOf(dirs, 'life-expectancy-men');
    expect([...new Set(indicator.series.map((p) => p.period))]).toEqual(['2016 - 18', '2017 - 19', '2018 - 20']);
    expect(new Set(indicator.series.map((p) => p.sex))).toEqual(new Set(['male']));
    // Pooled years: no trend, with the reason in words.
    const trend = judgeArea(indicator, 'E10000016', []).trend;
    expect(trend.key).toBe('not-enough-data');
    expect(trend.reason).toMatch(/more than one year/);
    // England's deciles, in order, with the gap in words.
    const deprivation = breakdownsOf(indicator, 'E92000001').find((g) => g.kind === 'deprivation');
    expect(deprivation?.series.map((s) => s.label)[0]).toBe('Most deprived decile (IMD2019)');
    expect(deprivation && deprivationGap(indicator, deprivation)?.sentence).toBe(
      'In 2018 - 20, the figure for the most deprived tenth of areas (74.1 years) was 9.1 years lower than for the least deprived tenth (83.2 years).',
    );
    // Kent's women in 2016 - 18: Fingertips says "Better", the interval says similar: the check warns.
    expect(
      imported(dirs, csv, name, {
        fingertipsId: '90366',
        indicator: 'life-expectancy-women',
        unit: 'years',
        sex: 'female',
      }),
    ).toEqual([]);
    expect(checkSite(dirs).problems.map(formatProblem)).toMatchSnapshot();
  });

  it('reads financial quarters as Fingertips writes them', () => {
    const dirs = scratch('example');
    expect(
      imported(dirs, csv, name, {
        fingertipsId: '22401',
        indicator: 'falls-quarterly',
        unit: 'count',
        polarity: 'lower-is-better',
      }),
    ).toEqual([]);
    expect(indicatorOf(dirs, 'falls-quarterly').series.map((p) => p.period)).toEqual([
      '2023/24 Q1',
      '2023/24 Q2',
      '2023/24 Q3',
      '2023/24 Q4',
    ]);
  });
});

describe('bad input gets a clear message and writes nothing', () => {
  const one = rowsOf(real, '90813');

  it('an unknown heading (with a guess at what was meant)', () => {
    const csv = one.replace('Value_note', 'Valu_note').replace('New_data', 'Newest data');
    expect(refused(scratch(), csv, 'headings.csv', { indicator: 'self-harm' })).toMatchSnapshot();
  });

  it('an unreadable period, with its line', () => {
    const lines = one.split('\n');
    lines[3] = (lines[3] ?? '').replace(',2017/18,', ',2017/19,');
    lines[5] = (lines[5] ?? '').replace(',2017/18,', ',Spring 2018,');
    expect(
      refused(scratch(), lines.join('\n'), 'periods.csv', { indicator: 'self-harm', unit: 'per-100k', addAreas: true }),
    ).toMatchSnapshot();
  });

  it('a sex the site does not know, and an area type it cannot place', () => {
    const lines = one.split('\n');
    lines[2] = (lines[2] ?? '').replace(',Persons,', ',Both,');
    lines[4] = (lines[4] ?? '')
      .replace(',County & UA,', ',Combined authorities,')
      .replace(',E06000002,', ',E47000001,');
    expect(
      refused(scratch(), lines.join('\n'), 'types.csv', { indicator: 'self-harm', unit: 'per-100k', addAreas: true }),
    ).toMatchSnapshot();
  });
});

describe('npm run import-indicator with a Fingertips export', () => {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const node = major > 22 || (major === 22 && minor >= 6) ? [process.execPath] : ['npx', '--no-install', 'node'];

  it('lists the indicators and exits 1, then imports one with one command', () => {
    const dirs = scratch('example');
    const run = (...args: string[]) =>
      spawnSync(node[0] ?? 'node', [...node.slice(1), 'scripts/import-indicator.ts', REAL, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: dirs.contentDir, DATA_DIR: dirs.dataDir },
        timeout: 30_000,
      });
    const listed = run();
    expect(listed.status).toBe(1);
    expect(listed.stdout).toContain('The file holds these indicators (id, name, rows):');
    expect(listed.stdout).toContain('  90813  Hospital admissions as a result of self-harm (10-24 years)  14 rows');
    expect(listed.stderr).toContain('1 problem found: nothing was written');
    const done = run(
      '--fingertips-id',
      '90813',
      '--indicator',
      'self-harm-admissions-10-24',
      '--unit',
      'per-100k',
      '--add-areas',
    );
    expect(done.stderr).toBe('');
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/Added 13 areas to .*areas\.json/);
    expect(done.stdout).toMatch(/Wrote .*self-harm-admissions-10-24\.json: a new indicator with 14 values\./);
    expect(existsSync(path.join(dirs.dataDir, 'indicators', 'self-harm-admissions-10-24.json'))).toBe(true);
  }, 60_000);
});
