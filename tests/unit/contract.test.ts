import { currentVersion, dirsFromEnv, SiteModel } from '../../src/lib/contract/site-model.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/contract/load.ts';
import type { Strategy, Version } from '../../src/lib/contract/model.ts';
import { ContentError } from '../../src/lib/contract/problems.ts';
import { checkSite, getSite } from '../../src/lib/site/load.ts';
import { goodDirs, overlay, type OverlayDirs } from './overlay.ts';

const good = goodDirs();
const { content, problems, errors, warnings } = checkSite(good);
const strategy = content.strategies[0] as Strategy;

const copies: OverlayDirs[] = [];
function bad(kind: string): OverlayDirs {
  const dirs = overlay(kind);
  copies.push(dirs);
  return dirs;
}
afterAll(() => {
  for (const copy of copies) copy.cleanup();
});

describe('the good fixture', () => {
  it('passes the check with no problems at all', () => {
    expect(problems).toEqual([]);
    expect([errors, warnings]).toEqual([0, 0]);
  });

  it('loads the same model with loadContent alone', () => {
    const loaded = loadContent(good.contentDir, good.dataDir);
    expect(loaded.problems).toEqual([]);
    // locate() and dataOf() are closures over each load's sources, so compare everything else.
    const { locate: _a, dataOf: _c, ...again } = loaded.content;
    const { locate: _b, dataOf: _d, ...first } = content;
    expect(again).toEqual(first);
  });

  it('reads the site, the strategy, the areas, the indicators and the update', () => {
    expect(content.site.name).toBe('Sample Health and Wellbeing Board');
    expect(content.site.colour).toBe('#005a70');
    expect(content.strategies.map((s) => s.id)).toEqual(['sample-strategy']);
    expect(content.areas.map((a) => a.id)).toEqual(['E92000001', 'sample-county']);
    expect(content.indicators.map((i) => i.id)).toEqual(['alcohol-admissions', 'physical-inactivity']);
    expect(content.updates.map((u) => [u.id, u.date, u.strategy])).toEqual([
      ['2026-11-02-strategy-adopted', '2026-11-02', 'sample-strategy'],
    ]);
  });

  it('keeps a bare YAML year as the text of the period', () => {
    // strategy.yaml writes `start: 2023` without quotes.
    expect(strategy.period).toEqual({ start: '2023', end: '2028' });
  });

  it('fills in defaults for optional fields', () => {
    const indicator = content.indicators.find((i) => i.id === 'physical-inactivity');
    expect(indicator?.comparators).toEqual([]);
    expect(indicator?.illustrative).toBe(false);
  });
});

describe('versions', () => {
  it('are sorted as numbers: 1.0, 1.9, 1.10', () => {
    expect(strategy.versions.map((v) => v.id)).toEqual(['1.0', '1.9', '1.10']);
  });

  it('keep their folder names as strings, so 1.10 never becomes 1.1', () => {
    for (const v of strategy.versions) expect(typeof v.id).toBe('string');
    expect(strategy.versions[2]?.id).toBe('1.10');
    expect(strategy.versions[2]).toMatchObject({
      strategyId: 'sample-strategy',
      dir: 'strategies/sample-strategy/1.10',
      date: '2024-03-15',
      status: 'adopted',
      note: 'Version 1.10 of the sample strategy.',
    });
  });
});

describe('sections', () => {
  const version = strategy.versions[2] as Version;

  it('take their ids from the file names without the NN- prefix, in NN order', () => {
    expect(version.sections.map((s) => [s.order, s.id, s.title, s.kind])).toEqual([
      [1, 'foreword', 'Foreword', 'foreword'],
      [2, 'move-more', 'Move more', 'priority'],
    ]);
    expect(version.sections[0]?.file).toBe('strategies/sample-strategy/1.10/01-foreword.mdx');
    expect(version.sections[0]?.signatories).toEqual([{ name: 'Sam Jones', role: 'Chair of the Board' }]);
  });

  it('take the id from front matter when it is given', () => {
    const copy = bad('duplicate-section-id');
    const sections = checkSite(copy).content.strategies[0]?.versions.find((v) => v.id === '1.10')?.sections ?? [];
    expect(sections.map((s) => `${s.file.split('/').pop()} ${s.id}`)).toEqual([
      '01-foreword.mdx foreword',
      '02-move-more.mdx move-more',
      '03-walking.mdx move-more',
    ]);
  });

  it('extract each Target with its numbers, periods and place', () => {
    expect(version.sections[1]?.targets).toEqual([
      {
        indicator: 'physical-inactivity',
        value: 20,
        baseline: 22.3,
        since: '2021/22',
        by: '2028',
        area: undefined,
        text: 'By 2028, the share of adults who are inactive will fall from 22.3% to 20%.',
        line: 10,
        column: 1,
        places: expect.objectContaining({ indicator: { line: 10, column: 9 } }),
      },
    ]);
  });

  it('extract each Measure with its sentence and place', () => {
    expect(version.sections[1]?.measures).toEqual([
      {
        indicator: 'physical-inactivity',
        text: 'Fewer adults are inactive.',
        line: 16,
        column: 3,
        places: { indicator: { line: 16, column: 12 } },
      },
    ]);
  });

  it('keep every component they use, in order', () => {
    expect(version.sections[1]?.components.map((c) => c.name)).toEqual([
      'Target',
      'Measure',
      'AtAGlance',
      'Stat',
      'Stat',
      'CaseStudy',
    ]);
  });
});

describe('currentVersion', () => {
  const withStatuses = (...statuses: Version['status'][]): Strategy => ({
    ...strategy,
    versions: strategy.versions.map((v, i) => ({ ...v, status: statuses[i] ?? v.status })),
  });

  it('is the latest adopted version', () => {
    expect(currentVersion(strategy).id).toBe('1.10');
    expect(currentVersion(withStatuses('adopted', 'adopted', 'draft')).id).toBe('1.9');
    expect(currentVersion(withStatuses('adopted', 'superseded', 'consultation')).id).toBe('1.0');
  });

  it('is the latest version when none is adopted', () => {
    expect(currentVersion(withStatuses('superseded', 'draft', 'consultation')).id).toBe('1.10');
  });

  it('throws for a strategy without versions', () => {
    expect(() => currentVersion({ ...strategy, versions: [] })).toThrow('Strategy "sample-strategy" has no versions');
  });
});

describe('SiteModel', () => {
  const site = new SiteModel(content);

  it('finds strategies, versions, areas and indicators by id', () => {
    expect(site.strategy('sample-strategy').title).toBe('Sample Health Strategy');
    expect(site.version('sample-strategy', '1.9').date).toBe('2024-02-15');
    expect(site.area('E92000001').name).toBe('England');
    expect(site.indicator('alcohol-admissions').unit).toBe('per-100k');
    expect(site.config.name).toBe('Sample Health and Wellbeing Board');
  });

  it('throws on unknown ids, naming them', () => {
    expect(() => site.strategy('nope')).toThrow('No strategy "nope"');
    expect(() => site.version('sample-strategy', '1.1')).toThrow('No version "1.1" of strategy "sample-strategy"');
    expect(() => site.version('nope', '1.0')).toThrow('No strategy "nope"');
    expect(() => site.area('E06000999')).toThrow('No area "E06000999"');
    expect(() => site.indicator('smoking')).toThrow('No indicator "smoking"');
  });

  it('lists where an indicator is used in each current version', () => {
    expect(site.usesOf('physical-inactivity').map((u) => [u.version.id, u.sectionId, u.sectionTitle])).toEqual([
      ['1.10', 'move-more', 'Move more'],
    ]);
    expect(site.usesOf('alcohol-admissions')).toEqual([]);
  });
});

describe('getSite', () => {
  it('returns the checked model, once per pair of folders', () => {
    const site = getSite(good);
    expect(site).toBeInstanceOf(SiteModel);
    expect(getSite(good)).toBe(site);
  });

  it('throws a ContentError listing every problem when content is bad', () => {
    const copy = bad('wrong-type');
    let thrown: unknown;
    try {
      getSite(copy);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const error = thrown as ContentError;
    expect(error.name).toBe('ContentError');
    expect(error.problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'indicators/alcohol-admissions.json series[1].value',
    ]);
    expect(error.message).toMatch(/^The content has 1 problem; nothing was published:\n/);
    expect(error.message).toContain(
      'indicators/alcohol-admissions.json:10:62 series[1].value, the 2nd value (2022/23, Sample County): found "n/a"',
    );
  });
});

describe('folders', () => {
  it('come from CONTENT_DIR and DATA_DIR, relative to the working folder, else content/ and data/', () => {
    expect(dirsFromEnv({}, '/site')).toEqual({ contentDir: '/site/content', dataDir: '/site/data' });
    expect(dirsFromEnv({ CONTENT_DIR: '../ours', DATA_DIR: '/abs/data' }, '/site/repo')).toEqual({
      contentDir: '/site/ours',
      dataDir: '/abs/data',
    });
  });

  it('that do not exist are reported, not thrown', () => {
    const result = checkSite({ contentDir: '/nonexistent/content', dataDir: '/nonexistent/data' });
    const lines = result.problems.map((p) => `${p.file} ${p.found}`);
    expect(lines).toContain('. no content folder at /nonexistent/content');
    expect(lines).toContain('. no data folder at /nonexistent/data');
    expect(result.errors).toBeGreaterThan(0);
  });
});
