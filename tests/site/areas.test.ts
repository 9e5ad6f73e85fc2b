/**
 * Areas and breakdowns in the built example site (issue 13): every indicator
 * page compares every area in its latest period with the benchmark and can
 * be read for each of its areas through plain links; every area with figures
 * has a page; breakdowns (the illustrative figures by sex and deprivation for
 * children in Year 6 who are overweight or obese) have their chart, table,
 * comparisons with the area's overall figure and the deprivation gap; a
 * target on a gap is judged on the gap wherever it is shown; and the new
 * pages need no script and fit a 320 px screen.
 */

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { areasWithFigures } from '../../src/lib/indicators/area-page.ts';
import { dirsFromEnv } from '../../src/lib/contract/site-model.ts';
import { areasIn } from '../../src/lib/contract/series.ts';
import { paths } from '../../src/lib/core/urls.ts';
import { BENCHMARK_KEYS } from '../../src/lib/indicators/judgements.ts';
import { indicatorView } from '../../src/lib/indicators/view.ts';
import { getSite } from '../../src/lib/site/load.ts';
import { buildDir } from '../support/builds.ts';
import { fileForUrlPath } from '../support/files.ts';
import { readTags, runsScripts } from '../support/html.ts';
import { useSitePage } from '../support/site-page.ts';

const site = getSite(dirsFromEnv({}));
const dir = buildDir('root');
const html = (url: string) => {
  const file = fileForUrlPath(dir, '/', url);
  if (!file) throw new Error(`${url} is not in the root build`);
  return readFileSync(path.join(dir, file), 'utf8');
};
const KC = 'E09000020';
const KM = 'E54000032';

describe('compare areas, on every indicator page', () => {
  it.for(site.content.indicators.map((i) => i.id))('%s: a row per area, keyed, linked to its page', (id) => {
    const tags = readTags(html(paths.indicator(id)));
    const rows = tags.filter((t) => t.name === 'tr' && t.attrs['data-area'] !== undefined);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(BENCHMARK_KEYS, `${id} ${row.attrs['data-area']}`).toContain(row.attrs['data-benchmark']);
      expect(existsSync(path.join(dir, 'areas', row.attrs['data-area'] ?? '', 'index.html'))).toBe(true);
    }
  });

  it('groups the areas by type, largest first, and says which areas have no figure for the period', () => {
    const page = html(paths.indicator('child-obesity-year-6'));
    const groups = [
      ...page.matchAll(/<tr class="govuk-table__row app-compare-areas__group">\s*<th[^>]*>([^<]+)</g),
    ].map((m) => m[1]?.trim());
    expect(groups).toEqual(['Country', 'Region', 'Integrated care boards', 'Local authorities']);
    // NHS Kent and Medway leads the page; its row says so.
    expect(page).toMatch(/data-area="E54000032"[^>]*>[\s\S]*?\(shown above\)/);
  });
});

describe('an indicator read for each of its areas', () => {
  const pages = site.content.indicators.flatMap((indicator) => {
    const lead = indicatorView(site, indicator).leadAreaId;
    return areasIn(indicator)
      .filter((area) => area !== lead)
      .map((area) => ({ id: indicator.id, area }));
  });

  it('exists for every area but the one the page leads with, as the indicator page links to it', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const { id, area } of pages) {
      const url = paths.indicatorArea(id, area);
      expect(fileForUrlPath(dir, '/', url), url).toBeDefined();
      expect(html(paths.indicator(id))).toContain(`href="${url}"`);
    }
  });

  it('shows that area: its name in the title and caption, its judgements, no script, and the way back', () => {
    const page = html(paths.indicatorArea('child-obesity-year-6', 'E06000035'));
    expect(page).toContain('<title>Children in Year 6 who are overweight or obese: Medway');
    expect(page).toContain('Indicator: Medway');
    expect(page).toContain('37.2% in 2023/24 (Medway)');
    // Every area compared, and every value, are on the indicator's own page: linked, not repeated.
    expect(page).not.toContain('data-compare-areas');
    expect(page).toContain(
      `href="${paths.indicator('child-obesity-year-6')}#compare-areas">Compare Medway with every other area`,
    );
    expect(page).toContain(`href="${paths.indicator('child-obesity-year-6')}"`);
    expect(runsScripts(readTags(page))).toBe(false);
    // The chart images are the indicator page's, so only the data downloads are listed here.
    expect(page).toContain('child-obesity-year-6.csv');
    expect(page).not.toContain('child-obesity-year-6-trend.svg');
  });
});

describe('area pages', () => {
  const areas = areasWithFigures(site.content);

  it('exist for every area with figures (and no other), listed on the search page', () => {
    expect(areas.length).toBeGreaterThan(15);
    const without = site.content.areas.filter((a) => !areas.includes(a));
    for (const area of without) expect(existsSync(path.join(dir, 'areas', area.id)), area.id).toBe(false);
    const search = html(paths.search());
    for (const area of areas) {
      expect(existsSync(path.join(dir, 'areas', area.id, 'index.html')), area.id).toBe(true);
      expect(search).toContain(`href="${paths.area(area.id)}"`);
    }
    expect(readdirSync(path.join(dir, 'areas'))).toHaveLength(areas.length);
  });

  it("group an area's figures by the outcomes of the strategies that cover it, with judgements and links", () => {
    const page = html(paths.area('E06000035'));
    const tags = readTags(page);
    expect(page).toContain('Kent and Medway Integrated Care Strategy');
    expect(page).toContain('Medway is part of');
    const rows = tags.filter((t) => t.name === 'tr' && t.attrs['data-indicator']);
    expect(rows.length).toBeGreaterThan(5);
    expect(page).toMatch(/data-benchmark="[a-z-]+"/);
    expect(page).toMatch(/data-trend="[a-z-]+"/);
    expect(page).toContain(`href="${paths.indicatorArea('child-obesity-year-6', 'E06000035')}"`);
    expect(runsScripts(tags)).toBe(false);
  });

  it('show a target for the area, judged on the series it names, as its dashboard does', () => {
    const page = html(paths.area(KM));
    expect(page).toMatch(
      /Children in Year 6 who are overweight or obese: the gap between Most deprived decile and Least deprived decile<\/a>[\s\S]*?<strong>16.8 percentage points<\/strong> in 2023\/24[\s\S]*?12 percentage points by 2028[\s\S]*?data-progress="not-improving"/,
    );
  });
});

describe('breakdowns (illustrative figures for children in Year 6 who are overweight or obese)', () => {
  // The page leads with NHS Kent and Medway (the area of the gap target), which has deciles;
  // Kensington and Chelsea, read on its own page, has boys and girls and quintiles.
  const page = html(paths.indicator('child-obesity-year-6'));
  const tags = readTags(page);
  const kc = html(paths.indicatorArea('child-obesity-year-6', KC));
  const kcTags = readTags(kc);
  const groupsOf = (list: typeof tags) =>
    list.filter((t) => t.name === 'tr' && t.attrs['data-group']).map((t) => t.attrs['data-group']);

  it('has a chart with a summary and a table for each breakdown the area has, in order', () => {
    expect(tags.filter((t) => t.attrs['data-breakdown']).map((t) => t.attrs['data-breakdown'])).toEqual([
      'deprivation',
    ]);
    expect(kcTags.filter((t) => t.attrs['data-breakdown']).map((t) => t.attrs['data-breakdown'])).toEqual([
      'sex',
      'deprivation',
    ]);
    for (const id of ['breakdown-sex', 'breakdown-deprivation']) {
      expect(kc).toContain(`id="${id}-chart-title"`);
      expect(kc).toContain(`id="${id}-chart-summary"`);
      expect(kc).toContain(`id="${id}-caption"`);
    }
    // Deciles and quintiles in order, most deprived first, in the chart and the table.
    expect(groupsOf(tags)).toEqual([
      'Most deprived decile',
      'Second most deprived decile',
      'Third more deprived decile',
      'Fourth more deprived decile',
      'Fifth more deprived decile',
      'Fifth less deprived decile',
      'Fourth less deprived decile',
      'Third less deprived decile',
      'Second least deprived decile',
      'Least deprived decile',
    ]);
    expect(groupsOf(kcTags)).toEqual([
      'Male',
      'Female',
      'Most deprived quintile',
      'Second most deprived quintile',
      'Middle quintile',
      'Second least deprived quintile',
      'Least deprived quintile',
    ]);
  });

  it("gives each value its interval and its comparison with the area's overall figure, in words and shapes", () => {
    const keys = kcTags.filter((t) => t.attrs['data-overall']).map((t) => t.attrs['data-overall']);
    expect(keys).toEqual(['similar', 'similar', 'worse', 'similar', 'similar', 'similar', 'better']);
    expect(kc).toMatch(
      /Most deprived quintile\s*<\/th>\s*<td[^>]*>45.2%<span class="app-cell-detail">38.7% to 51.7%<\/span><\/td>/,
    );
    expect(kc).toContain('Compared with Kensington and Chelsea overall');
  });

  it('says how wide the deprivation gap is, and whether it is wider than in the earliest period shown', () => {
    expect(page).toContain(
      'In 2023/24, the figure for the most deprived tenth of areas (44.6%) was 16.8 percentage points higher than for the least deprived tenth (27.8%). The gap is wider than in 2017/18, when it was 15.2 percentage points.',
    );
    expect(page).toContain('id="breakdown-deprivation-gap-caption"');
    expect(kc).toContain(
      'In 2023/24, the figure for the most deprived fifth of areas (45.2%) was 16.8 percentage points higher than for the least deprived fifth (28.4%). The gap is wider than in 2017/18, when it was 11.8 percentage points.',
    );
  });

  it('shows the gap target with the deprivation breakdown, judged on the gap, and not on the trend chart', () => {
    const section = page.slice(page.indexOf('data-breakdown="deprivation"'));
    expect(section).toMatch(
      /Target for the gap between Most deprived decile and Least deprived decile: 12 percentage points by 2028[\s\S]*?data-progress="not-improving"[\s\S]*?from 15.2 percentage points in 2017\/18; latest 16.8 percentage points in 2023\/24/,
    );
    expect(page).not.toMatch(/<text[^>]*>Target: /);
    // Kensington and Chelsea's page shows no target of another area.
    expect(kc).not.toContain('data-progress=');
  });

  it('on the dashboard and in the strategy, the gap target shows the gap, not a percentage', () => {
    const dashboard = html(paths.dashboard('kent-medway-integrated-care'));
    expect(dashboard).toContain(
      'Children in Year 6 who are overweight or obese: the gap between Most deprived decile and Least deprived decile',
    );
    expect(dashboard).toMatch(/16.8 percentage points<\/strong> in 2023\/24/);
    expect(dashboard).toContain('12 percentage points by 2028');
    const version = html(paths.version('kent-medway-integrated-care', '8.0'));
    expect(version).toMatch(
      /Figures for<\/dt>\s*<dd[^>]*>\s*The gap between Most deprived decile and Least deprived decile/,
    );
    expect(version).toContain('16.8 percentage points in 2023/24 (NHS Kent and Medway Integrated Care Board)');
  });

  it('downloads carry the breakdown fields', () => {
    const csv = readFileSync(path.join(dir, 'indicators', 'child-obesity-year-6', 'child-obesity-year-6.csv'), 'utf8');
    expect(csv).toContain(
      ',E09000020,Kensington and Chelsea,local-authority,persons,,LSOA11 deprivation quintiles in England (IMD2019),Most deprived quintile,2023/24,',
    );
    expect(csv).toContain(',E09000020,Kensington and Chelsea,local-authority,male,,,,2023/24,');
  });
});

describe('at 320 px wide, without scrolling sideways', () => {
  const visit = useSitePage('root', { javaScript: false });
  it.for([
    paths.indicator('child-obesity-year-6'),
    paths.indicatorArea('child-obesity-year-6', KC),
    paths.area(KM),
    paths.area('E92000001'),
  ])('%s', async (url) => {
    await visit.page.setViewportSize({ width: 320, height: 640 });
    await visit.open(url);
    const width = await visit.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});
