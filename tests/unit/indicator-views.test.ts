/**
 * The indicator views pages draw (src/lib/indicators/indicator-page.ts,
 * dashboard-page.ts, methodology-page.ts, mdx-views.ts), on the good
 * fixture: the judgements in words, the tables' columns and cells, the
 * dashboard's counts and benchmark column, and what <Target> and <Measure> show.
 */

import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../src/lib/indicators/dashboard-page.ts';
import { indicatorPage } from '../../src/lib/indicators/indicator-page.ts';
import { measureView, targetView } from '../../src/lib/indicators/mdx-views.ts';
import { methodologyPage } from '../../src/lib/indicators/methodology-page.ts';
import { getSite } from '../../src/lib/site/load.ts';
import { goodDirs } from './overlay.ts';

const site = getSite(goodDirs());
const strategy = site.strategy('sample-strategy');
const inactivity = site.indicator('physical-inactivity');
const texts = (cells: readonly { text: string }[]) => cells.map((c) => c.text);

const page = await indicatorPage(site, inactivity);

describe('indicatorPage', () => {
  it('writes the judgements as the summary list reads them', () => {
    expect(page.judgements).toEqual({
      latest: '21.8% in 2022/23 (Sample County)',
      targets: [
        {
          label: 'Target: 20% by 2028',
          progress: 'on-track',
          // The trajectory in 2022/23 is 21.96%, shown to one decimal place.
          detail: 'Sample Health Strategy; from 22.3% in 2021/22; on the trajectory it would be 22% in 2022/23',
        },
      ],
      benchmarkLabel: 'Compared with England',
      benchmark: 'similar',
      benchmarkDetail: 'England: 22.6% in 2022/23',
      trend: 'not-enough-data',
      // Why there is no trend, in words (Fingertips' "Cannot be calculated"), not "over the last 2 values".
      trendDetail:
        'Only 2 figures have a 95% confidence interval, or a count and denominator, and a trend needs the 5 most recent.',
    });
  });

  it('tabulates the chart: confidence limits for the lead area, the benchmark, notes; a gap is "No value"', () => {
    const table = page.trendTable;
    expect(table?.captionId).toBe('trend-values-caption');
    expect(table?.columns.map((c) => (typeof c === 'string' ? c : c.text))).toEqual([
      'Period',
      'Sample County',
      'Lower 95% limit',
      'Upper 95% limit',
      'England',
      'Note',
    ]);
    expect(table?.rows.map((r) => [r.header, ...texts(r.cells)])).toEqual([
      ['2021/22', '22.3%', '21.1%', '23.5%', '22.3%', ''],
      ['2022/23', '21.8%', '20.6%', '23%', '22.6%', ''],
      ['2023/24', 'No value', '', '', '', 'Sample County: Not published: survey sample too small.'],
    ]);
    expect(table?.rows.map((r) => r.data)).toEqual([undefined, undefined, { 'data-null': '' }]);
  });

  it('lists every value by area, saying when the table has confidence limits', () => {
    expect(page.valuesTable?.caption).toBe(
      'Physically inactive adults: all values by area and period, with 95% confidence limits',
    );
    expect(page.valuesTable?.rows.map((r) => `${r.header} ${r.cells[0]?.text}`)).toEqual([
      'Sample County 2021/22',
      'Sample County 2022/23',
      'Sample County 2023/24',
      'England 2021/22',
      'England 2022/23',
    ]);
    expect(page.areasTable).toBeUndefined();
  });

  it('gives the downloads with their sizes, the definition, the gaps and where it is used', () => {
    expect(page.downloads.map((d) => [d.type, d.path])).toEqual([
      ['CSV', '/indicators/physical-inactivity/physical-inactivity.csv'],
      ['JSON', '/indicators/physical-inactivity/physical-inactivity.json'],
      ['SVG', '/indicators/physical-inactivity/physical-inactivity-trend.svg'],
    ]);
    expect(page.downloads[0]?.size).toMatch(/^\d+ bytes$/);
    expect(page.about).toMatchObject({
      unit: 'Percentage',
      betterIs: 'A lower value is better.',
      updated: '1 May 2024',
    });
    expect(page.gaps).toEqual(['Sample County, 2023/24: Not published: survey sample too small.']);
    expect(page.uses).toEqual([
      {
        text: 'Sample Health Strategy: Move more',
        path: '/strategies/sample-strategy/1.10/#move-more',
        strategyTitle: 'Sample Health Strategy',
        dashboardPath: '/strategies/sample-strategy/dashboard/',
      },
    ]);
  });
});

describe('dashboardPage', () => {
  const version = strategy.versions[0];
  if (!version) throw new Error('The good fixture has version 1.0');
  const dashboard = dashboardPage(site, strategy, version);

  it('counts targets and measures with plurals, and names the benchmark every row shares', () => {
    expect(dashboard.counts).toBe('1 target and 1 other measure.');
    expect(dashboard.progress).toBe('Targets: 1 on track.');
    expect(dashboard.columns[3]).toBe('Compared with England');
    expect(dashboard.groups[0]?.rows.map((r) => r.benchmarkNote)).toEqual([undefined, undefined]);
    // A card has no column header to name the benchmark: each row names its own.
    expect(dashboard.groups[0]?.rows.map((r) => r.benchmarkLabel)).toEqual([
      'Compared with England',
      'Compared with England',
    ]);
  });

  it('titles an earlier version’s dashboard with its id and links to the current one', () => {
    expect(dashboard.title).toBe('Sample Health Strategy: measures and targets (version 1.0)');
    expect(dashboard.versionSentence).toBe('Version 1.0 (superseded).');
    expect(dashboard.current).toEqual({ id: '1.10', path: '/strategies/sample-strategy/dashboard/' });
    expect(dashboard.versions.map((v) => [v.id, v.here])).toEqual([
      ['1.0', true],
      ['1.9', false],
      ['1.10', false],
    ]);
    expect(dashboard.areaNote).toBe('Figures are for Sample County unless a row names another area.');
  });

  it('writes each row’s figures', () => {
    expect(dashboard.groups[0]?.rows[0]).toMatchObject({
      kind: 'target',
      latest: { value: '21.8%', period: '2022/23', area: undefined },
      target: { text: '20% by 2028', from: 'from 22.3% in 2021/22', progress: 'on-track' },
      benchmark: 'similar',
      trend: 'not-enough-data',
      // The trend's periods, beside the sparkline's words that cover every period.
      trendPeriods: 'from 2021/22 to 2022/23',
    });
  });

  it('is indexed by search once: at the strategy’s address for the current version, at its own for others', () => {
    expect(dashboard.search).toEqual({
      kind: 'Dashboard',
      strategy: 'Sample Health Strategy',
      current: false,
      status: 'Superseded',
    });
    const latest = strategy.versions.at(-1);
    if (!latest) throw new Error('The good fixture has versions');
    expect(dashboardPage(site, strategy, latest, 'strategy').search).toMatchObject({ current: true });
    expect(dashboardPage(site, strategy, latest).search).toBeUndefined();
  });
});

describe('methodologyPage', () => {
  it('writes the worked examples as their cells read', () => {
    const page = methodologyPage();
    expect(page.progressCaption).toBe(
      'Worked examples: a target to reduce a figure from 22.3% in 2021/22 to 20% by 2028',
    );
    expect(page.progress.at(-1)).toMatchObject({ latest: 'None yet', trajectory: '', key: 'not-enough-data' });
    expect(page.benchmark.at(-1)).toMatchObject({ interval: 'None', key: 'not-compared' });
    expect(page.trend[0]).toMatchObject({
      test: 'Chi-square test for trend on the counts',
      evidence: '95% intervals, counts and denominators',
      robust: 'Yes',
      key: 'increasing',
      fingertips: 'Increasing',
    });
    expect(page.trend[0]?.chiSquare).toMatch(/^[\d,.]+ \(9\.55\)$/);
    expect(page.trendMethod.length).toBeGreaterThan(0);
  });
});

describe('targetView and measureView', () => {
  it('shows what a Target promises, its progress and the latest value for its area', () => {
    const target = { indicator: 'physical-inactivity', value: 20, by: '2028', baseline: 22.3, since: '2021/22' };
    expect(targetView(site, target, 'sample-county')).toEqual({
      target: '20% by 2028',
      startingPoint: '22.3% in 2021/22',
      progress: 'on-track',
      latest: '21.8% in 2022/23 (Sample County)',
      indicator: { title: 'Physically inactive adults', path: '/indicators/physical-inactivity/' },
    });
    // A target's own area wins over the strategy's; England has no 2023/24 value either.
    expect(targetView(site, { ...target, area: 'E92000001' }, 'sample-county').latest).toBe(
      '22.6% in 2022/23 (England)',
    );
    expect(targetView(site, { ...target, baseline: undefined }, 'sample-county').startingPoint).toBeUndefined();
  });

  it('shows a Measure’s latest value for the strategy’s area, else the indicator’s own', () => {
    expect(measureView(site, 'physical-inactivity', 'sample-county')).toEqual({
      latest: 'Latest for Sample County: 21.8% in 2022/23. ',
      trend: 'not-enough-data',
      trendPeriods: 'from 2021/22 to 2022/23',
      indicator: { title: 'Physically inactive adults', path: '/indicators/physical-inactivity/' },
    });
    expect(measureView(site, 'physical-inactivity', 'nowhere').latest).toMatch(/^Latest for /);
  });
});
