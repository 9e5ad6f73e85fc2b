/**
 * Breakdowns as data (issue 13): which points are the headline, the
 * breakdowns an area has in the order pages show them, deprivation groups
 * ranked most deprived first, the gap between the most and least deprived in
 * words, Targets on a breakdown or a gap (parsed, checked, judged), and the
 * warnings where Fingertips' published judgement differs from the site's.
 */

import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headlineOf, headlineSeries, isHeadline, pointsMatching } from '../../src/lib/contract/breakdowns.ts';
import { checkComponents } from '../../src/lib/contract/components.ts';
import { formatProblem } from '../../src/lib/contract/problems.ts';
import type { Indicator, Point } from '../../src/lib/contract/schemas.ts';
import { latestPoint, pointsFor } from '../../src/lib/contract/series.ts';
import { parseMdxBody } from '../../src/lib/mdx/parse.ts';
import { judgeArea, judgeTargetProgress, resolveTarget } from '../../src/lib/indicators/assess.ts';
import {
  breakdownsOf,
  deprivationGap,
  deprivationRank,
  differenceWords,
  type BreakdownGroup,
} from '../../src/lib/indicators/breakdowns.ts';
import { publishedDisagreements } from '../../src/lib/indicators/checks.ts';
import { targetRowsOf } from '../../src/lib/indicators/view.ts';
import { checkSite, getSite } from '../../src/lib/site/load.ts';
import { FIXTURES, overlay, type OverlayDirs } from './overlay.ts';

const indicator = (series: Point[], extra: Partial<Indicator> = {}): Indicator => ({
  id: 'x',
  title: 'X',
  unit: 'percent',
  polarity: 'lower-is-better',
  comparators: [],
  illustrative: false,
  series,
  ...extra,
});
const p = (period: string, value: number | null, extra: Partial<Point> = {}): Point => ({
  period,
  area: 'a',
  value,
  ...(value === null ? { note: 'Suppressed' } : {}),
  ...extra,
});

describe('the headline series', () => {
  it('is persons, the usual age band, no category; old files with no breakdown fields are all headline', () => {
    const old = indicator([p('2021', 10), p('2022', 11)]);
    expect(headlineOf(old)).toEqual({ sex: 'persons', age: undefined });
    expect(headlineSeries(old)).toHaveLength(2);
    const broken = indicator([
      p('2022', 11),
      p('2022', 12, { sex: 'male' }),
      p('2022', 10, { sex: 'female' }),
      p('2022', 15, { age: '65+ yrs' }),
      p('2022', 14, { categoryType: 'Ethnic groups', category: 'Asian' }),
    ]);
    expect(headlineSeries(broken).map((x) => x.value)).toEqual([11]);
    expect(latestPoint(broken, 'a')?.value).toBe(11);
    expect(pointsFor(broken, 'a')).toHaveLength(1);
  });

  it('is the one sex there is, when the data is for one sex only', () => {
    const men = indicator([p('2021', 79.1, { sex: 'male' }), p('2022', 79.3, { sex: 'male' })]);
    expect(headlineOf(men).sex).toBe('male');
    expect(headlineSeries(men)).toHaveLength(2);
  });

  it("is the indicator's age band, a point's own age equal to it included", () => {
    const aged = indicator([p('2021', 10, { age: '19+ yrs' }), p('2022', 11), p('2022', 30, { age: '65+ yrs' })], {
      age: '19+ yrs',
    });
    expect(headlineSeries(aged).map((x) => x.value)).toEqual([10, 11]);
    expect(isHeadline(aged, { age: '65+ yrs' })).toBe(false);
  });

  it('is the one age band there is, else the commonest, when every point names one', () => {
    const one = indicator([p('2021', 10, { age: '10-24 yrs' }), p('2022', 11, { age: '10-24 yrs' })]);
    expect(headlineOf(one).age).toBe('10-24 yrs');
    const two = indicator([
      p('2021', 10, { age: '10-14 yrs' }),
      p('2021', 12, { age: '10-24 yrs' }),
      p('2022', 13, { age: '10-24 yrs' }),
    ]);
    expect(headlineOf(two).age).toBe('10-24 yrs');
  });

  it('finds the points of a breakdown, a category in any type unless the type is named', () => {
    const i = indicator([
      p('2022', 11),
      p('2022', 20, { categoryType: 'Deciles A', category: 'Most deprived decile' }),
      p('2022', 21, { categoryType: 'Deciles B', category: 'Most deprived decile' }),
    ]);
    expect(pointsMatching(i, 'a', { category: 'Most deprived decile' }).map((x) => x.value)).toEqual([20, 21]);
    expect(
      pointsMatching(i, 'a', { category: 'Most deprived decile', categoryType: 'Deciles B' }).map((x) => x.value),
    ).toEqual([21]);
    expect(pointsMatching(i, 'a', {}).map((x) => x.value)).toEqual([11]);
  });
});

describe('deprivationRank', () => {
  it.each([
    ['Most deprived decile', 'deciles', 1],
    ['Second most deprived decile (IMD2019)', 'deciles', 2],
    ['Third more deprived decile', 'deciles', 3],
    ['Fifth more deprived decile', 'deciles', 5],
    ['Fifth less deprived decile', 'deciles', 6],
    ['Third less deprived decile', 'deciles', 8],
    ['Second least deprived decile', 'deciles', 9],
    ['Least deprived decile (IMD2019)', 'deciles', 10],
    ['Most deprived quintile', 'quintiles', 1],
    ['Middle quintile', 'quintiles', 3],
    ['Least deprived quintile', 'quintiles', 5],
    ['Decile 4', 'deciles', 4],
    ['Quintile 1 (most deprived)', 'quintiles', 1],
    ['Urban', 'deciles', undefined],
  ] as const)('%s is %s number %s', (name, scale, rank) => {
    expect(deprivationRank(name, scale)).toBe(rank);
  });
});

const deciles = ['Least deprived decile', 'Most deprived decile', 'Fifth more deprived decile'];
const TYPE = 'County & UA deprivation deciles in England (IMD2019, 4/21 geography)';

describe('breakdownsOf', () => {
  const i = indicator([
    p('2020', 20, { lower: 19, upper: 21 }),
    p('2022', 21, { lower: 20, upper: 22 }),
    p('2022', 26, { categoryType: 'Ethnic groups', category: 'White', lower: 24, upper: 28 }),
    ...deciles.flatMap((category, k) => [
      p('2020', [12, 30, 22][k] ?? 0, { categoryType: TYPE, category, lower: 10, upper: 40 }),
      p('2022', [12.4, 33.1, 22][k] ?? 0, { categoryType: TYPE, category, lower: 10, upper: 40 }),
    ]),
    p('2022', 28, { age: '65+ yrs' }),
    p('2022', 9, { age: '18-24 yrs' }),
    p('2022', 23.5, { sex: 'female', lower: 22.1, upper: 24.9 }),
    p('2022', 18.4, { sex: 'male', lower: 17.0, upper: 19.9 }),
    p('2022', 40, { categoryType: 'Working status', category: 'Unemployed' }),
  ]);
  const groups = breakdownsOf(i, 'a');

  it('lists sex, deprivation, ethnic group, age, then other types, each in order', () => {
    expect(groups.map((g) => [g.kind, g.title, g.series.map((s) => s.label)])).toEqual([
      ['sex', 'By sex', ['Male', 'Female']],
      [
        'deprivation',
        'By deprivation',
        ['Most deprived decile', 'Fifth more deprived decile', 'Least deprived decile'],
      ],
      ['ethnicity', 'By ethnic group', ['White']],
      ['age', 'By age', ['18-24 yrs', '65+ yrs']],
      ['category', 'By working status', ['Unemployed']],
    ]);
    expect(groups[1]).toMatchObject({ categoryType: TYPE, scale: 'deciles' });
  });

  it('gives each series its points with intervals, and compares its latest value with the overall value', () => {
    const sex = groups[0] as BreakdownGroup;
    expect(sex.series[0]?.points).toEqual([p('2022', 18.4, { sex: 'male', lower: 17.0, upper: 19.9 })]);
    // Men: 17.0 to 19.9, below the overall 21 (lower is better): better. Women: 22.1 to 24.9: worse.
    expect(sex.series.map((s) => s.comparedWithOverall.key)).toEqual(['better', 'worse']);
    // No interval: not compared.
    expect(groups[3]?.series.map((s) => s.comparedWithOverall.key)).toEqual(['not-compared', 'not-compared']);
  });

  it('is empty for an area with no breakdowns, and judges a breakdown like the headline', () => {
    expect(breakdownsOf(indicator([p('2022', 1)]), 'a')).toEqual([]);
    expect(judgeArea(i, 'a', [], { sex: 'male' }).latest?.value).toBe(18.4);
  });

  it('says the gap between the most and least deprived, and that it is wider than at the start', () => {
    const gap = deprivationGap(i, groups[1] as BreakdownGroup);
    expect(gap).toMatchObject({
      scale: 'deciles',
      mostLabel: 'Most deprived decile',
      leastLabel: 'Least deprived decile',
      latest: { period: '2022', mostDeprived: 33.1, leastDeprived: 12.4 },
      earliest: { period: '2020', difference: 18 },
      change: 'wider',
    });
    expect(gap?.latest.difference).toBeCloseTo(20.7, 10);
    expect(gap?.sentence).toBe(
      'In 2022, the figure for the most deprived tenth of areas (33.1%) was 20.7 percentage points higher than for the least deprived tenth (12.4%). The gap is wider than in 2020, when it was 18.0 percentage points.',
    );
    // From 2022 only: no earlier period to compare with.
    expect(deprivationGap(i, groups[1] as BreakdownGroup, '2022')?.sentence).toBe(
      'In 2022, the figure for the most deprived tenth of areas (33.1%) was 20.7 percentage points higher than for the least deprived tenth (12.4%).',
    );
  });

  it('says narrower, the same, and lower, and counts sizes as they are shown', () => {
    const q = (most: [number, number], least: [number, number]) => {
      const j = indicator(
        [
          p('2020', most[0], { categoryType: 'Deprivation quintiles', category: 'Most deprived quintile' }),
          p('2022', most[1], { categoryType: 'Deprivation quintiles', category: 'Most deprived quintile' }),
          p('2020', least[0], { categoryType: 'Deprivation quintiles', category: 'Least deprived quintile' }),
          p('2022', least[1], { categoryType: 'Deprivation quintiles', category: 'Least deprived quintile' }),
        ],
        { unit: 'years' },
      );
      const group = breakdownsOf(j, 'a')[0] as BreakdownGroup;
      return deprivationGap(j, group)?.sentence;
    };
    expect(q([74.1, 75.0], [83.0, 83.2])).toBe(
      'In 2022, the figure for the most deprived fifth of areas (75.0 years) was 8.2 years lower than for the least deprived fifth (83.2 years). The gap is narrower than in 2020, when it was 8.9 years.',
    );
    // 8.94 and 8.91 both show as 8.9 years (one decimal): the same, though not equal.
    expect(q([74.02, 74.05], [82.96, 82.96])).toMatch(/The gap is the same as in 2020, when it was 8.9 years\.$/);
  });

  it('words a difference in the unit', () => {
    expect(differenceWords(-5.1, 'percent', 1)).toBe('5.1 percentage points');
    expect(differenceWords(1, 'percent')).toBe('1 percentage point');
    expect(differenceWords(120, 'per-100k')).toBe('120 per 100,000');
    expect(differenceWords(7.25, 'per-10k')).toBe('7.25 per 10,000');
  });
});

describe('Targets on a breakdown or a gap', () => {
  const targets = (body: string) => {
    const result = checkComponents(parseMdxBody(body).components, 'f.mdx');
    return { targets: result.targets, problems: result.problems.map(formatProblem) };
  };

  it('read sex, age, category and categoryType as the breakdown, between and and as a gap', () => {
    const { targets: [male, decile, gap] = [], problems } = targets(
      [
        '<Target indicator="x" sex="male" value={19} by="2028">19% for men.</Target>',
        '',
        '<Target indicator="x" category="Most deprived decile" categoryType="Deciles" value={25} by="2028">25% there.</Target>',
        '',
        '<Target indicator="x" between="Most deprived decile" and="Least deprived decile" value={5} by="2028">A gap of 5 points.</Target>',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(male?.breakdown).toEqual({ sex: 'male', age: undefined, category: undefined, categoryType: undefined });
    expect(decile?.breakdown).toMatchObject({ category: 'Most deprived decile', categoryType: 'Deciles' });
    expect(gap?.gap).toEqual({
      between: 'Most deprived decile',
      and: 'Least deprived decile',
      categoryType: undefined,
    });
    expect(gap?.breakdown).toBeUndefined();
  });

  it('refuse a gap with one end, a category beside a gap, and a sex the site does not know', () => {
    expect(
      targets(
        [
          '<Target indicator="x" between="Most deprived decile" value={5} by="2028">5 points.</Target>',
          '',
          '<Target indicator="x" category="Asian" between="A" and="B" value={5} by="2028">5 points.</Target>',
          '',
          '<Target indicator="x" sex="men" value={5} by="2028">5 points.</Target>',
        ].join('\n'),
      ).problems,
    ).toMatchSnapshot();
  });

  describe('on data with breakdowns (tests/fixtures/breakdowns over the good fixture)', () => {
    const dirs: OverlayDirs = overlay(path.join(FIXTURES, 'breakdowns'));
    afterAll(() => dirs.cleanup());

    it('pass the check when the data has the breakdown and the baseline agrees (21 stands for 21.04)', () => {
      expect(checkSite(dirs).problems.map(formatProblem)).toEqual([]);
    });

    it('are judged on the series they name: men, the most deprived tenth, the gap', () => {
      const site = getSite(dirs);
      const strategy = site.strategy('sample-strategy');
      const rows = targetRowsOf(site, strategy, site.version('sample-strategy', '1.10'));
      expect(rows.map((r) => [r.resolved?.baseline, r.progress.latest?.value, r.progress.key])).toEqual([
        // Persons: 22.3% to 21.8%, on track for 20% by 2028.
        [22.3, 21.8, 'on-track'],
        // Men: 21% (21.04) to 20.1%: the trajectory to 19% stands at 20.7 in 2022/23.
        [21, 20.1, 'on-track'],
        // Most deprived tenth: 30.2% to 29.1%; the trajectory to 25% stands at 29.4 in 2022/23.
        [30.2, 29.1, 'on-track'],
        // The gap: 14.1 (30.2 - 16.1) to 12.7 (29.1 - 16.4); a narrower gap is better.
        [14.1, expect.closeTo(12.7, 10), 'on-track'],
      ]);
      const inactivity = site.indicator('physical-inactivity');
      expect(
        resolveTarget(
          inactivity,
          {
            indicator: 'physical-inactivity',
            value: 10,
            by: '2028',
            gap: { between: 'Most deprived decile', and: 'Least deprived decile' },
          },
          'sample-county',
        )?.since,
      ).toBe('2021/22');
      expect(
        judgeTargetProgress(
          inactivity,
          { indicator: 'physical-inactivity', value: 15, by: '2028', breakdown: { sex: 'female' } },
          'sample-county',
        ).key,
        // Women: 23.5% to 23.4%, a little better, far short of the line to 15% (22.2 by 2022/23).
      ).toBe('behind');
    });
  });
});

describe('published judgements that differ from the site\u2019s', () => {
  const england = { id: 'E92000001', name: 'England', type: 'country' as const };
  const kent = { id: 'E10000016', name: 'Kent', type: 'local-authority' as const };
  const at = (period: string, area: string, value: number, half: number, extra: Partial<Point> = {}): Point => ({
    period,
    area,
    value,
    lower: value - half,
    upper: value + half,
    ...extra,
  });

  it('warn, naming file, area and period; "Cannot be calculated" and "Not compared" are not judgements', () => {
    const i = indicator([
      at('2022', 'E92000001', 20, 0.1),
      at('2022', 'E10000016', 25, 1, { published: { benchmark: 'better', trend: 'decreasing-better' } }),
      at('2022', 'E10000016', 21, 1, { sex: 'male', published: { benchmark: 'higher' } }),
      at('2022', 'E92000001', 18, 0.1, { sex: 'male' }),
      at('2021', 'E10000016', 20.5, 1, { published: { benchmark: 'similar', trend: 'not-enough-data' } }),
    ]);
    expect(
      publishedDisagreements(i, [england, kent], () => ({ line: 7, column: 3 })).map(formatProblem),
    ).toMatchSnapshot();
  });

  it('agree when the words differ only by polarity: "higher" is "worse" where lower is better', () => {
    const i = indicator([
      at('2022', 'E92000001', 20, 0.1),
      at('2022', 'E10000016', 25, 1, { published: { benchmark: 'higher' } }),
    ]);
    expect(publishedDisagreements(i, [england, kent], () => ({}))).toEqual([]);
  });
});
