/**
 * npm run import-indicator: CSVs from tests/fixtures/csv/ imported into
 * temporary copies of the good fixture (areas E92000001 and sample-county;
 * indicators physical-inactivity, one point a line, and alcohol-admissions).
 * The problem lines are snapshotted: they are what an analyst reads.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/authoring/csv.ts';
import { readNumber, tidyPeriod } from '../../src/lib/authoring/csv-rows.ts';
import { planImport, writeImport, type ImportRequest } from '../../src/lib/authoring/import-csv.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import { checkSite } from '../../src/lib/site/load.ts';
import { FIXTURES, GOOD, overlay, type OverlayDirs } from './overlay.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CSV = path.join(FIXTURES, 'csv');

const copies: OverlayDirs[] = [];
afterAll(() => {
  for (const copy of copies) copy.cleanup();
});
/** A fresh temporary copy of the good fixture. */
function site(): OverlayDirs {
  const dirs = overlay(GOOD);
  copies.push(dirs);
  return dirs;
}

function request(dirs: OverlayDirs, csvName: string, options: Partial<ImportRequest> = {}): ImportRequest {
  return {
    csv: readFileSync(path.join(CSV, csvName), 'utf8'),
    csvFile: csvName,
    contentDir: dirs.contentDir,
    dataDir: dirs.dataDir,
    ...options,
  };
}
const indicatorText = (dirs: OverlayDirs, id: string) =>
  readFileSync(path.join(dirs.dataDir, 'indicators', `${id}.json`), 'utf8');
const indicatorJson = (dirs: OverlayDirs, id: string) => JSON.parse(indicatorText(dirs, id));

/** Imports and returns the problem lines (none when it succeeded, having written the file). */
function importLines(dirs: OverlayDirs, csvName: string, options: Partial<ImportRequest> = {}): string[] {
  const plan = planImport(request(dirs, csvName, options));
  if (!plan.ok) return plan.problems.map(formatProblem);
  writeImport(plan);
  return [];
}

describe('merging a Fingertips export into an existing indicator', () => {
  const dirs = site();
  const before = indicatorJson(dirs, 'physical-inactivity');
  const plan = planImport(request(dirs, 'fingertips-update.csv'));

  it('replaces points with the same period and area, adds new ones, keeps the rest', () => {
    const one = plan.ok ? plan.indicators[0] : undefined;
    expect(plan.ok && plan.indicators).toHaveLength(1);
    expect(one).toMatchObject({ indicator: 'physical-inactivity', created: false, rows: 3 });
    expect(one && [one.added, one.replaced, one.kept]).toEqual([1, 2, 3]);
    // Every column is read now: parent and area type for --add-areas, sex and age as the breakdown
    // (Persons and the file's one age band are the headline, so they are not written), 99.8% limits
    // for indicators compared at 99.8% (not this one, so they are not written either).
    expect(plan.ok && plan.ignored).toEqual([]);
    if (plan.ok) writeImport(plan);
    const after = indicatorJson(dirs, 'physical-inactivity');
    const { series: _a, ...metaAfter } = after;
    const { series: _b, ...metaBefore } = before;
    expect(metaAfter).toEqual(metaBefore);
    expect(after.series).toEqual([
      before.series[0],
      {
        period: '2022/23',
        area: 'sample-county',
        value: 21.9,
        lower: 20.7,
        upper: 23.1,
        count: 1234,
        denominator: 5634,
      },
      { period: '2023/24', area: 'sample-county', value: 21.2, lower: 20, upper: 22.4, count: 1190, denominator: 5613 },
      before.series[3],
      before.series[4],
      {
        period: '2023/24',
        area: 'E92000001',
        value: 22,
        lower: 21.8,
        upper: 22.2,
        note: 'Provisional: revised figures, with a new method, due in May',
      },
    ]);
  });

  it('keeps the file one point a line, as it was written', () => {
    expect(indicatorText(dirs, 'physical-inactivity')).toMatchSnapshot();
  });

  it('leaves content that passes the check, and no temporary file', () => {
    expect(checkSite(dirs).problems.map(formatProblem)).toEqual([]);
    expect(readdirSync(path.join(dirs.dataDir, 'indicators')).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('importing', () => {
  it('creates a new indicator from --title, --unit and --polarity, tidying periods and quoted notes', () => {
    const dirs = site();
    const lines = importLines(dirs, 'new-indicator.csv', {
      title: 'Adults who smoke',
      unit: 'percent',
      polarity: 'lower-is-better',
    });
    expect(lines).toEqual([]);
    expect(indicatorText(dirs, 'smoking-prevalence')).toMatchSnapshot();
    expect(checkSite(dirs).errors).toBe(0);
  });

  it('says which options a new indicator needs', () => {
    const dirs = site();
    expect(importLines(dirs, 'new-indicator.csv', { unit: 'percentage' })).toEqual([
      '--title found nothing; expected a title in quotes, like --title "Adults who smoke", since data/indicators/smoking-prevalence.json does not exist yet and a new indicator needs it',
      '--unit found "percentage"; expected one of percent, per-1000, per-10k, per-100k, count, years, gbp, ratio, score',
      '--polarity found nothing; expected a polarity: higher-is-better, lower-is-better, no-judgement, since data/indicators/smoking-prevalence.json does not exist yet and a new indicator needs it',
    ]);
    expect(existsSync(path.join(dirs.dataDir, 'indicators', 'smoking-prevalence.json'))).toBe(false);
  });

  it('reads headings in any case and spacing, and keeps fields the CSV has no column for', () => {
    const dirs = site();
    const before = indicatorText(dirs, 'alcohol-admissions');
    expect(importLines(dirs, 'messy-headers.csv', { indicator: 'alcohol-admissions' })).toEqual([]);
    // Same values; count and denominator (no such columns in the CSV) kept.
    expect(JSON.parse(indicatorText(dirs, 'alcohol-admissions'))).toEqual(JSON.parse(before));
  });

  it("refuses to change an existing indicator's details", () => {
    const dirs = site();
    expect(importLines(dirs, 'messy-headers.csv', { indicator: 'alcohol-admissions', unit: 'percent' })).toEqual([
      '--unit found "percent"; expected "per-100k", as data/indicators/alcohol-admissions.json already says (the import keeps an indicator\'s details: edit the file to change them)',
    ]);
  });
});

describe('refusing a CSV, and writing nothing', () => {
  /** Imports into a fresh copy; asserts the data folder is byte-for-byte unchanged. */
  function refused(csvName: string, options: Partial<ImportRequest> = {}): string[] {
    const dirs = site();
    const folder = path.join(dirs.dataDir, 'indicators');
    const snapshot = () =>
      Object.fromEntries(readdirSync(folder).map((n) => [n, readFileSync(path.join(folder, n), 'utf8')]));
    const before = snapshot();
    const lines = importLines(dirs, csvName, options);
    expect(lines.length).toBeGreaterThan(0);
    expect(snapshot()).toEqual(before);
    return lines;
  }

  it('reports every bad row with its line and why: bad number, unknown area, bad period, CI, duplicate, cell count, empty', () => {
    expect(refused('bad-rows.csv')).toEqual([
      'bad-rows.csv:3:57 Value: found "n/a"; expected a number like 22.3 or 1,234, or an empty cell with a note saying why there is no value',
      'bad-rows.csv:4:21 Area code: found an area that data/areas.json does not list: E06000999 (Nowhere); expected areas listed in data/areas.json: run the import again with --add-areas to add it from the file (code, name, type and parent), or add it by hand',
      'bad-rows.csv:5:39 Period: found "2023/25"; expected a financial year whose second part is the next year, like 2023/24',
      'bad-rows.csv:6:47 Value: found 25, outside its confidence interval 21.8 to 22.2; expected a value between its lower and upper CI (check the row and the column order)',
      'bad-rows.csv:7:1 row: found a second row for 2022/23 in sample-county; expected one row per period, area and breakdown (line 2 has the same)',
      'bad-rows.csv:8:1 row: found 11 cells; expected 10, one under each heading (a cell that holds a comma, like "1,234" or "Bristol, City of", must be in double quotes)',
      'bad-rows.csv:9:47 Value: found an empty cell and no note; expected a number, or a note saying why there is no value (or run again with --skip-empty to leave such rows out)',
    ]);
  });

  it('reports a missing column, naming the headings it found, and the heading it does not know', () => {
    expect(refused('wrong-columns.csv')).toMatchSnapshot();
  });

  it("refuses values that would make a target's baseline disagree with the data", () => {
    const lines = refused('baseline-revised.csv');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toMatch(
        /^strategies\/sample-strategy\/1\.\d+\/02-move-more\.mdx:10:\d+ Target\.baseline: found 22\.3; expected the value in data\/indicators\/physical-inactivity\.json for sample-county in 2021\/22, which is 22\.5/,
      );
    }
  });

  it('refuses a file with more than one indicator, or none it can name', () => {
    expect(refused('two-indicators.csv')).toEqual([
      'two-indicators.csv:2:1 indicator: found values for 2 indicators: "physical-inactivity", "alcohol-admissions"; expected one of them chosen with --fingertips-id <id> (the indicator column\u2019s value, listed below), or every one with --mapping <file.yaml>',
    ]);
    expect(refused('messy-headers.csv')).toEqual([
      'messy-headers.csv indicator: found no indicator column; expected an indicator id: add --indicator <id>, the file name in data/indicators/ without .json',
    ]);
  });

  it('refuses a quote that is never closed', () => {
    expect(refused('broken-quote.csv')).toEqual([
      'broken-quote.csv:2:28 found a quoted cell that is never closed (a " is missing); expected valid CSV',
    ]);
  });

  it('refuses an existing file that does not pass the check, rather than rewrite it', () => {
    const dirs = site();
    const file = path.join(dirs.dataDir, 'indicators', 'physical-inactivity.json');
    const broken = readFileSync(file, 'utf8').replace('"unit": "percent"', '"unit": "percentage"');
    writeFileSync(file, broken);
    const lines = importLines(dirs, 'fingertips-update.csv');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^indicators\/physical-inactivity\.json:5:\d+ unit: found "percentage"; .*fix data\/indicators\/physical-inactivity\.json first/,
    );
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });

  it('reports confidence limits that are half there or the wrong way round, and areas found by name', () => {
    const dirs = site();
    const csv = [
      'Area name,Period,Value,Lower CI,Upper CI',
      'Sample County,2024/25,21.0,20.0,',
      'England,2024/25,21.0,22.0,20.0',
      'Atlantis,2024/25,21.0,,',
      'sample county,2025/26,21.0,,',
    ].join('\n');
    const plan = planImport({
      ...request(dirs, 'bad-rows.csv'),
      csv,
      csvFile: 'limits.csv',
      indicator: 'physical-inactivity',
    });
    expect(plan.ok ? [] : plan.problems.map(formatProblem)).toEqual([
      'limits.csv:2:33 Upper CI: found an empty cell; expected the upper CI as well, since the row has the lower CI',
      'limits.csv:3:22 Lower CI: found 22; expected a lower CI at or below the upper CI, 20 (are the columns swapped?)',
      'limits.csv:4:1 Area name: found "Atlantis"; expected the name of an area in data/areas.json, or an area code',
    ]);
  });

  it('leaves out rows with neither value nor note when asked', () => {
    const dirs = site();
    const csv = 'Area code,Period,Value,Note\nsample-county,2024/25,21.0,\nE92000001,2024/25,,\n';
    const plan = planImport({
      ...request(dirs, 'bad-rows.csv'),
      csv,
      indicator: 'physical-inactivity',
      skipEmpty: true,
    });
    expect(plan.ok && [plan.indicators[0]?.rows, plan.skipped]).toEqual([1, [3]]);
  });
});

describe('the CSV reader', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks, with their lines', () => {
    const result = parseCsv('\uFEFFa,b\r\n"1,5","say ""hi""\nthere"\r\n\r\nx,y');
    expect(result.ok && result.records.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [1, ['a', 'b']],
      [2, ['1,5', 'say "hi"\nthere']],
      [5, ['x', 'y']],
    ]);
  });

  it('reads numbers as spreadsheets write them', () => {
    expect(['22.3', ' 1,234.5 ', '-0.2', '', '.5', 'n/a', '1,23', '12%', '-'].map(readNumber)).toEqual([
      22.3,
      1234.5,
      -0.2,
      undefined,
      0.5,
      'bad',
      'bad',
      'bad',
      'bad',
    ]);
  });

  it('tidies periods into the forms the site uses', () => {
    expect(['2019 - 21', '2019-2021', '2023/2024', ' 2023 q2 ', '2022/23', '2022/23 Q1'].map(tidyPeriod)).toEqual([
      '2019-21',
      '2019-21',
      '2023/24',
      '2023 Q2',
      '2022/23',
      '2022/23 Q1',
    ]);
  });

  it('never tidies pooled years into a month, and leaves a month as it is', () => {
    // "2009-11" would be November 2009: pooled years that end in 01 to 12 keep Fingertips' spaces.
    expect(['2009 - 11', '2009-2011', '2023-05', '2010 - 2012'].map(tidyPeriod)).toEqual([
      '2009 - 11',
      '2009 - 11',
      '2023-05',
      '2010 - 12',
    ]);
  });
});

describe('npm run import-indicator', () => {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const node = major > 22 || (major === 22 && minor >= 6) ? [process.execPath] : ['npx', '--no-install', 'node'];
  const run = (dirs: OverlayDirs, ...args: string[]) =>
    spawnSync(node[0] ?? 'node', [...node.slice(1), 'scripts/import-indicator.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: dirs.contentDir, DATA_DIR: dirs.dataDir },
      timeout: 30_000,
    });

  it('prints each problem and exits 1 without writing, then tries and imports a good file', () => {
    const dirs = site();
    const bad = run(dirs, path.join(CSV, 'bad-rows.csv'));
    expect(bad.status).toBe(1);
    expect(bad.stdout.split('\n').filter((l) => /bad-rows\.csv:\d+/.test(l))).toHaveLength(7);
    expect(bad.stderr).toContain('7 problems found: nothing was written');
    const before = indicatorText(dirs, 'physical-inactivity');
    const dry = run(dirs, path.join(CSV, 'fingertips-update.csv'), '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(
      /Would write .*: 1 value added, 2 replaced, 3 kept\. Nothing was written \(--dry-run\)\./,
    );
    expect(indicatorText(dirs, 'physical-inactivity')).toBe(before);
    const good = run(dirs, path.join(CSV, 'fingertips-update.csv'));
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/Wrote .*physical-inactivity\.json: 1 value added, 2 replaced, 3 kept\./);
    // Three runs of the command, each starting Node: on a busy machine that takes more than the default 5 s.
  }, 60_000);
});
