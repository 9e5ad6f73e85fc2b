/**
 * The views of issue 13's pages, on the breakdowns fixture (physical
 * inactivity in Sample County by sex and by deprivation decile, with targets
 * on the headline, on men, on the most deprived tenth and on the gap):
 * compare areas (compare-areas.ts), the breakdown sections
 * (breakdown-sections.ts), an indicator page for one area, the area page
 * (indicators/area-page.ts), targets on a breakdown or gap wherever they are shown
 * (target-series.ts, mdx-views.ts, the dashboard), and the small fixes that
 * came with them (period labels with letters, figures to the indicator's
 * decimals).
 */

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { areaPage, areasWithFigures } from '../../src/lib/indicators/area-page.ts';
import type { Indicator } from '../../src/lib/contract/schemas.ts';
import { breakdownSections } from '../../src/lib/indicators/breakdown-sections.ts';
import { trendSpec } from '../../src/lib/indicators/charts/trend.ts';
import { areaChoice, compareAreas } from '../../src/lib/indicators/compare-areas.ts';
import { dashboardPage } from '../../src/lib/indicators/dashboard-page.ts';
import { indicatorAreaPages, indicatorPage } from '../../src/lib/indicators/indicator-page.ts';
import { targetView } from '../../src/lib/indicators/mdx-views.ts';
import { targetAmount, targetSeriesWords } from '../../src/lib/indicators/target-series.ts';
import { changePhrase, indicatorView, targetsFor } from '../../src/lib/indicators/view.ts';
import { getSite } from '../../src/lib/site/load.ts';
import { FIXTURES, overlay } from './overlay.ts';

const dirs = overlay(path.join(FIXTURES, 'breakdowns'));
afterAll(() => dirs.cleanup());
const site = getSite(dirs);
const inactivity = site.indicator('physical-inactivity');
const strategy = site.strategy('sample-strategy');
const GAP = { between: 'Most deprived decile', and: 'Least deprived decile' };

describe('compare areas', () => {
  const view = compareAreas(site, inactivity, 'sample-county');

  it('lists the areas with a point in the latest period, by type, with the benchmark key, and names the others', () => {
    expect(view?.period).toBe('2023/24');
    expect(view?.groups.map((g) => [g.title, g.rows.map((r) => [r.areaId, r.value, r.benchmark, r.here])])).toEqual([
      // A missing value is listed, with its note, and is not compared.
      ['Local authority', [['sample-county', 'No value', 'not-compared', true]]],
    ]);
    expect(view?.groups[0]?.rows[0]?.note).toBe('Not published: survey sample too small.');
    expect(view?.missing).toBe('England (latest 2022/23) has no figure for 2023/24.');
    // Three columns fit a phone: the interval sits under the value, the note under the area's name.
    expect(view?.columns.map((c) => c.text)).toEqual(['Area', 'Value', 'Compared with England']);
  });

  it('compares each area in the period by the interval, the benchmark row itself "Benchmark" (not compared)', () => {
    const older: Indicator = {
      ...inactivity,
      series: inactivity.series.filter((p) => p.period !== '2023/24'),
    };
    const rows = compareAreas(site, older, undefined)?.groups.flatMap((g) => g.rows);
    expect(rows?.map((r) => [r.areaId, r.value, r.interval, r.benchmark, r.isBenchmark])).toEqual([
      ['E92000001', '22.6%', '22.4% to 22.8%', 'not-compared', true],
      ['sample-county', '21.8%', '20.6% to 23%', 'similar', false],
    ]);
    expect(compareAreas(site, older, undefined)?.columns[1]?.text).toBe('Value and 95% interval');
    expect(rows?.map((r) => r.path)).toEqual(['/areas/E92000001/', '/areas/sample-county/']);
  });

  it('links each area to the page read for it; the lead area to the indicator page', () => {
    expect(areaChoice(inactivity, site, 'E92000001', 'sample-county').groups).toEqual([
      {
        type: 'country',
        title: 'Country',
        links: [{ text: 'England', path: '/indicators/physical-inactivity/areas/E92000001/', here: true }],
      },
      {
        type: 'local-authority',
        title: 'Local authority',
        links: [{ text: 'Sample County', path: '/indicators/physical-inactivity/', here: false }],
      },
    ]);
    expect(indicatorAreaPages(site).filter((p) => p.indicator === 'physical-inactivity')).toEqual([
      { indicator: 'physical-inactivity', area: 'E92000001' },
    ]);
  });
});

describe('breakdown sections', () => {
  const sections = breakdownSections(inactivity, 'sample-county', 'Sample County', targetsFor(site, inactivity));
  const [sex, deprivation] = sections;

  it('one per breakdown, sex then deprivation, each for its latest period', () => {
    expect(sections.map((s) => [s.id, s.heading, s.period])).toEqual([
      ['breakdown-sex', 'By sex', '2022/23'],
      ['breakdown-deprivation', 'By deprivation', '2022/23'],
    ]);
    expect(sex?.chart.title).toBe('Physically inactive adults by sex, Sample County, 2022/23');
  });

  it("gives each value its interval and its comparison with the area's overall figure (21.8%)", () => {
    expect(sex?.table.rows.map((r) => [r.label, r.value, r.interval, r.comparison])).toEqual([
      ['Male', '20.1%', '18.4% to 21.8%', 'similar'],
      ['Female', '23.4%', '21.7% to 25.1%', 'similar'],
    ]);
    expect(deprivation?.table.rows.map((r) => [r.label, r.comparison])).toEqual([
      ['Most deprived decile', 'worse'],
      ['Least deprived decile', 'better'],
    ]);
    expect(sex?.table.columns.map((c) => c.text)).toEqual([
      'Group',
      'Value and 95% interval',
      'Compared with Sample County overall',
    ]);
    expect(deprivation?.chart.summary).toBe(
      'The chart shows physically inactive adults in Sample County for 2 groups in 2022/23, most deprived first. Lines show the 95% confidence interval of each value. The dashed line is Sample County overall (21.8%). Compared with Sample County overall: 1 better, 1 worse.',
    );
  });

  it('gives the deprivation gap in every period both ends have a value, with its sentence', () => {
    expect(deprivation?.gap?.sentence).toBe(
      'In 2022/23, the figure for the most deprived tenth of areas (29.1%) was 12.7 percentage points higher than for the least deprived tenth (16.4%). The gap is narrower than in 2021/22, when it was 14.1 percentage points.',
    );
    expect(deprivation?.gap?.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)])).toEqual([
      ['2021/22', '30.2%', '16.1%', '14.1 percentage points'],
      ['2022/23', '29.1%', '16.4%', '12.7 percentage points'],
    ]);
    expect(sex?.gap).toBeUndefined();
  });

  it('shows the targets that name a group of the section, or a gap between two of its groups', () => {
    expect(sex?.targets).toEqual([
      {
        label: 'Target for Male: 19% by 2028',
        progress: 'on-track',
        detail: 'Sample Health Strategy; from 21% in 2021/22; latest 20.1% in 2022/23',
      },
    ]);
    expect(deprivation?.targets.map((t) => [t.label, t.progress, t.detail])).toEqual([
      [
        'Target for Most deprived decile: 25% by 2028',
        'on-track',
        'Sample Health Strategy; from 30.2% in 2021/22; latest 29.1% in 2022/23',
      ],
      [
        'Target for the gap between Most deprived decile and Least deprived decile: 10 percentage points by 2028',
        'on-track',
        'Sample Health Strategy; from 14.1 percentage points in 2021/22; latest 12.7 percentage points in 2022/23',
      ],
    ]);
  });
});

describe('the indicator page, and the same page for another area', () => {
  it('draws only the headline target on the trend chart, and names the series of the others', async () => {
    expect(indicatorView(site, inactivity).chartTarget?.target.breakdown).toBeUndefined();
    expect(indicatorView(site, inactivity).chartTarget?.target.gap).toBeUndefined();
    const page = await indicatorPage(site, inactivity);
    expect(page.forArea).toBe(false);
    expect(page.scripted).toBe(true);
    expect(page.compareAreas).toBeDefined();
    expect(page.allAreasPath).toBeUndefined();
    expect(page.judgements?.targets.map((t) => t.label)).toEqual([
      'Target: 20% by 2028',
      'Target for Male: 19% by 2028',
      'Target for Most deprived decile: 25% by 2028',
      'Target for the gap between Most deprived decile and Least deprived decile: 10 percentage points by 2028',
    ]);
  });

  it('for another area: its own judgements and no targets of other areas, no script, no chart images', async () => {
    const page = await indicatorPage(site, inactivity, 'E92000001');
    expect(page.forArea).toBe(true);
    expect(page.pageTitle).toBe('Physically inactive adults: England');
    expect(page.scripted).toBe(false);
    expect(page.trendChart?.specPath).toBeUndefined();
    expect(page.judgements?.latest).toBe('22.6% in 2022/23 (England)');
    expect(page.judgements?.targets).toEqual([]);
    expect(page.downloads.map((d) => d.type)).toEqual(['CSV', 'JSON']);
    // England's own breakdown by sex (men only) has a section; its deciles do not exist.
    expect(page.breakdowns.map((b) => b.kind)).toEqual(['sex']);
    // What is the same for every area is on the indicator's own page, linked.
    expect(page.valuesTable).toBeUndefined();
    expect(page.compareAreas).toBeUndefined();
    expect(page.areasChart).toBeUndefined();
    expect(page.allAreasPath).toBe('/indicators/physical-inactivity/#compare-areas');
  });
});

describe('the area page', () => {
  it('is for every area with figures', () => {
    expect(areasWithFigures(site.content).map((a) => a.id)).toEqual(['E92000001', 'sample-county']);
  });

  it("groups the area's figures by the outcomes of the strategies that cover it, with its targets judged", () => {
    const page = areaPage(site, site.area('sample-county'));
    expect(page.typeWord).toBe('Local authority');
    expect(page.parent).toEqual({ name: 'England', path: '/areas/E92000001/' });
    expect(page.count).toBe('2 indicators have figures for Sample County.');
    expect(page.columns).toEqual([
      'Measure',
      'Latest',
      'Target and progress',
      'Compared with England',
      'Recent trend',
      'Over time',
    ]);
    expect(page.strategies.map((s) => [s.title, s.covers, s.groups.map((g) => g.title)])).toEqual([
      ['Sample Health Strategy', 'The strategy for Sample County', ['Move more']],
    ]);
    // The dashboard's rows for this area: its targets, each on the series it names, then the measure.
    const rows = page.strategies[0]?.groups[0]?.rows ?? [];
    expect(
      rows.map((r) => [r.kind, r.title, r.latest?.value, r.latest?.period, r.target?.text, r.target?.progress]),
    ).toEqual([
      ['target', 'Physically inactive adults', '21.8%', '2022/23', '20% by 2028', 'on-track'],
      ['target', 'Physically inactive adults: Male', '20.1%', '2022/23', '19% by 2028', 'on-track'],
      ['target', 'Physically inactive adults: Most deprived decile', '29.1%', '2022/23', '25% by 2028', 'on-track'],
      [
        'target',
        'Physically inactive adults: the gap between Most deprived decile and Least deprived decile',
        '12.7 percentage points',
        '2022/23',
        '10 percentage points by 2028',
        'on-track',
      ],
      ['measure', 'Physically inactive adults', '21.8%', '2022/23', undefined, undefined],
    ]);
    expect(rows.map((r) => r.path)).toEqual(Array(5).fill('/indicators/physical-inactivity/'));
    // The figures are the area's own, so no row names it again.
    expect(rows.map((r) => r.latest?.area)).toEqual(Array(5).fill(undefined));
    expect(page.other?.rows.map((r) => r.indicatorId)).toEqual(['alcohol-admissions']);
  });

  it("for a larger area: the strategies of places within it, and each row to the indicator's page for it", () => {
    const page = areaPage(site, site.area('E92000001'));
    expect(page.strategies.map((s) => s.covers)).toEqual(['The strategy for Sample County, part of England']);
    expect(page.children).toEqual([{ name: 'Sample County', path: '/areas/sample-county/' }]);
    // England's figures, judged as a measure: the targets are Sample County's, on its own page.
    expect(page.strategies[0]?.groups[0]?.rows.map((r) => [r.kind, r.path, r.latest?.value])).toEqual([
      ['measure', '/indicators/physical-inactivity/areas/E92000001/', '22.6%'],
    ]);
  });
});

describe('targets on a breakdown or a gap, wherever they are shown', () => {
  it('say which series, and write a gap as a difference', () => {
    expect(targetSeriesWords(inactivity, { breakdown: { sex: 'male' } })).toBe('Male');
    expect(targetSeriesWords(inactivity, { breakdown: { age: '19+ yrs' } })).toBeUndefined();
    expect(targetSeriesWords(inactivity, { gap: GAP })).toBe(
      'the gap between Most deprived decile and Least deprived decile',
    );
    expect(targetAmount(inactivity, { gap: GAP }, 10)).toBe('10 percentage points');
    expect(targetAmount(inactivity, {}, 10)).toBe('10%');
  });

  it('<Target> with between and and: the gap, its progress and its latest value', () => {
    const view = targetView(
      site,
      { indicator: 'physical-inactivity', baseline: 14.1, value: 10, by: '2028', between: GAP.between, and: GAP.and },
      'sample-county',
    );
    expect(view).toEqual({
      series: 'The gap between Most deprived decile and Least deprived decile',
      target: '10 percentage points by 2028',
      startingPoint: '14.1 percentage points',
      progress: 'on-track',
      latest: '12.7 percentage points in 2022/23 (Sample County)',
      indicator: { title: 'Physically inactive adults', path: '/indicators/physical-inactivity/' },
    });
    const men = targetView(
      site,
      { indicator: 'physical-inactivity', baseline: 21, since: '2021/22', value: 19, by: '2028', sex: 'male' },
      'sample-county',
    );
    expect([men.series, men.latest, men.progress]).toEqual(['Male', '20.1% in 2022/23 (Sample County)', 'on-track']);
  });

  it("on the dashboard: the series in the row's title, its own latest figure, and a gap's with no benchmark or trend", () => {
    const rows = dashboardPage(site, strategy, site.version('sample-strategy', '1.10')).groups.flatMap((g) => g.rows);
    expect(rows.map((r) => [r.title, r.latest?.value, r.target?.text, r.benchmark, r.trend])).toEqual([
      ['Physically inactive adults', '21.8%', '20% by 2028', 'similar', 'not-enough-data'],
      // Men's figure is compared with England's men: 21.7%, inside 18.4% to 21.8%.
      ['Physically inactive adults: Male', '20.1%', '19% by 2028', 'similar', 'not-enough-data'],
      ['Physically inactive adults: Most deprived decile', '29.1%', '25% by 2028', 'not-compared', 'not-enough-data'],
      [
        'Physically inactive adults: the gap between Most deprived decile and Least deprived decile',
        '12.7 percentage points',
        '10 percentage points by 2028',
        undefined,
        undefined,
      ],
      ['Physically inactive adults', '21.8%', undefined, 'similar', 'not-enough-data'],
    ]);
  });
});

describe('small fixes that came with the pages', () => {
  it('period labels keep their letters on the chart axis ("Aug 2023 - Jul 2024")', () => {
    const spec = trendSpec({
      unit: 'percent',
      yTitle: 'Percentage',
      series: [
        {
          name: 'A',
          role: 'main',
          points: [
            { period: 'Aug 2022 - Jul 2023', area: 'a', value: 10 },
            { period: 'Aug 2023 - Jul 2024', area: 'a', value: 11 },
          ],
        },
      ],
    }) as unknown as { layer: { encoding: { x: { axis: { labelExpr: string } } } }[] };
    expect(spec.layer[1]?.encoding.x.axis.labelExpr).toContain("'Aug 2023 - Jul 2024'");
  });

  it('words of change compare figures as the page shows them (to the indicator\u2019s decimals)', () => {
    const unrounded: Indicator = { ...inactivity, decimals: 1 };
    const at = (period: string, value: number) => ({ period, area: 'a', value });
    expect(changePhrase(unrounded, at('2021', 22.31), at('2022', 22.34))).toBe('22.3% in 2022, the same as in 2021');
    expect(changePhrase(unrounded, at('2021', 22.31), at('2022', 21.04))).toBe(
      'down from 22.3% in 2021 to 21.0% in 2022',
    );
  });
});
