/**
 * The judgement method, pinned with worked examples (the same numbers
 * /methodology/ shows), edges included: exactly on the trajectory, exactly at
 * the target, exactly at the baseline, no data after the baseline, no
 * interval, no-judgement polarity.
 */

import { describe, expect, it } from 'vitest';
import {
  axisMonths,
  axisYears,
  CHI_SQUARE_998,
  judgeBenchmark,
  judgeProgress,
  judgeTrend,
  trendPeriods,
  type ResolvedTarget,
  type TrendPoint,
} from '../../src/lib/indicators/judgements.ts';
import { FINGERTIPS_TREND_CASES } from '../../src/lib/indicators/methodology.ts';
import { publishedTrend } from '../../src/lib/authoring/fingertips.ts';

describe('axisMonths', () => {
  it('places each period form at the middle of its span, in months', () => {
    expect(axisMonths('2020')).toBe(2020 * 12 + 6);
    expect(axisYears('2020')).toBe(2020.5);
    expect(axisYears('2021/22')).toBe(2021.75);
    expect(axisYears('2023 Q2')).toBe(2023.375);
    expect(axisMonths('2023-05')).toBe(2023 * 12 + 4.5);
    expect(axisYears('2021-23')).toBe(2022.5);
    expect(axisYears('2023/24 Q1')).toBe(2023.375);
    expect(axisYears('2021/22 - 23/24')).toBe(2022.75);
  });
});

describe('judgeProgress', () => {
  // Lower is better: from 10 in 2020 to 6 by 2030; the trajectory falls 0.4 a year.
  const down: ResolvedTarget = { baseline: 10, since: '2020', value: 6, by: '2030' };
  const at = (period: string, value: number) => [{ period, value }];

  it('is on track exactly on the trajectory (8 in 2025, half way)', () => {
    const p = judgeProgress(down, at('2025', 8), 'lower-is-better');
    expect(p).toMatchObject({ key: 'on-track', trajectory: 8 });
  });

  it('is behind just short of the trajectory, but better than the baseline', () => {
    expect(judgeProgress(down, at('2025', 8.01), 'lower-is-better').key).toBe('behind');
  });

  it('is achieved exactly at the target, even early', () => {
    expect(judgeProgress(down, at('2022', 6), 'lower-is-better').key).toBe('achieved');
    expect(judgeProgress(down, at('2022', 5.5), 'lower-is-better').key).toBe('achieved');
  });

  it('is not improving exactly at the baseline, and when worse', () => {
    expect(judgeProgress(down, at('2024', 10), 'lower-is-better').key).toBe('not-improving');
    expect(judgeProgress(down, at('2024', 10.5), 'lower-is-better').key).toBe('not-improving');
  });

  it('has not enough data with no value after the baseline period', () => {
    expect(judgeProgress(down, [], 'lower-is-better').key).toBe('not-enough-data');
    expect(judgeProgress(down, [...at('2019', 9), ...at('2020', 10)], 'lower-is-better').key).toBe('not-enough-data');
  });

  it('uses the latest value after the baseline, whatever the order given', () => {
    const p = judgeProgress(down, [...at('2024', 7), ...at('2021', 11)], 'lower-is-better');
    expect(p.latest).toEqual({ period: '2024', value: 7 });
    expect(p.key).toBe('on-track');
  });

  it('takes its direction from baseline to target, not from polarity', () => {
    const up: ResolvedTarget = { baseline: 50, since: '2020', value: 60, by: '2030' };
    expect(judgeProgress(up, at('2025', 55), 'lower-is-better').key).toBe('on-track');
    expect(judgeProgress(up, at('2025', 54.9), 'lower-is-better').key).toBe('behind');
    expect(judgeProgress(up, at('2025', 60), 'no-judgement').key).toBe('achieved');
  });

  it('holds the target after `by` has passed: short of it is behind, not on track', () => {
    expect(judgeProgress(down, at('2032', 6.5), 'lower-is-better')).toMatchObject({ key: 'behind', trajectory: 6 });
  });

  it('places mixed period forms on one time axis (financial-year data, calendar-year target)', () => {
    // Physical inactivity in Kent and Medway: 22.3% in 2021/22, 20% by 2028; 21.4% in 2023/24.
    const target: ResolvedTarget = { baseline: 22.3, since: '2021/22', value: 20, by: '2028' };
    const p = judgeProgress(target, at('2023/24', 21.4), 'lower-is-better');
    // (2023.75 - 2021.75) / (2028.5 - 2021.75) of the way: 22.3 - 2.3 * 2 / 6.75
    expect(p.trajectory).toBeCloseTo(22.3 - (2.3 * 2) / 6.75, 10);
    expect(p.key).toBe('on-track');
    expect(judgeProgress(target, at('2023/24', 21.8), 'lower-is-better').key).toBe('behind');
  });

  it('for a promise to hold a figure, uses polarity; no-judgement counts only the exact value', () => {
    const hold: ResolvedTarget = { baseline: 80, since: '2020', value: 80, by: '2025' };
    expect(judgeProgress(hold, at('2022', 81), 'higher-is-better').key).toBe('achieved');
    expect(judgeProgress(hold, at('2022', 79), 'higher-is-better').key).toBe('not-improving');
    expect(judgeProgress(hold, at('2022', 80), 'no-judgement').key).toBe('achieved');
    expect(judgeProgress(hold, at('2022', 81), 'no-judgement').key).toBe('not-improving');
  });
});

describe('judgeBenchmark', () => {
  const local = (value: number, lower?: number, upper?: number) => ({ period: '2023', value, lower, upper });

  it('is similar when the interval contains the benchmark, edges included', () => {
    expect(judgeBenchmark(local(20, 19, 21), { value: 21 }, 'lower-is-better').key).toBe('similar');
    expect(judgeBenchmark(local(20, 19, 21), { value: 19 }, 'lower-is-better').key).toBe('similar');
  });

  it('is better or worse by polarity when the interval is wholly on one side', () => {
    expect(judgeBenchmark(local(20, 19, 21), { value: 22 }, 'lower-is-better').key).toBe('better');
    expect(judgeBenchmark(local(20, 19, 21), { value: 22 }, 'higher-is-better').key).toBe('worse');
    expect(judgeBenchmark(local(20, 19, 21), { value: 18 }, 'higher-is-better').key).toBe('better');
    expect(judgeBenchmark(local(20, 19, 21), { value: 18 }, 'lower-is-better').key).toBe('worse');
  });

  it('is lower or higher for no-judgement indicators', () => {
    expect(judgeBenchmark(local(20, 19, 21), { value: 22 }, 'no-judgement').key).toBe('lower');
    expect(judgeBenchmark(local(20, 19, 21), { value: 18 }, 'no-judgement').key).toBe('higher');
  });

  it('is not compared with no interval, or no benchmark value for the period', () => {
    expect(judgeBenchmark(local(20), { value: 30 }, 'lower-is-better').key).toBe('not-compared');
    expect(judgeBenchmark(local(20, 19), { value: 30 }, 'lower-is-better').key).toBe('not-compared');
    expect(judgeBenchmark(local(20, 19, 21), undefined, 'lower-is-better').key).toBe('not-compared');
    expect(judgeBenchmark(local(20, 19, 21), { value: null }, 'lower-is-better').key).toBe('not-compared');
    expect(judgeBenchmark(undefined, { value: 30 }, 'lower-is-better').key).toBe('not-compared');
  });
});

describe('judgeTrend: the method of Fingertips trend markers', () => {
  const series = (values: (number | null)[], halfWidth?: number, from = 2018): TrendPoint[] =>
    values.map((value, i) => ({
      period: String(from + i),
      value,
      ...(halfWidth !== undefined && value !== null ? { lower: value - halfWidth, upper: value + halfWidth } : {}),
    }));

  it('needs 5 values, each with a 95% interval; nulls and values without one do not count', () => {
    const four = judgeTrend(series([1, 2, 3, 4], 0.1), 'higher-is-better');
    expect(four).toMatchObject({
      key: 'not-enough-data',
      used: [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }],
    });
    expect(four.reason).toBe('Only 4 figures have a 95% confidence interval and a trend needs the 5 most recent.');
    expect(
      judgeTrend(
        series(
          [1, null, 2, 3, 4, 5].map((v) => v),
          0.1,
        ),
        'higher-is-better',
      ).key,
    ).toBe('increasing-better');
    expect(judgeTrend([...series([1, 2, 3, 4], 0.1), { period: '2022', value: 5 }], 'higher-is-better').key).toBe(
      'not-enough-data',
    );
    expect(judgeTrend(series([1, 2, 3, 4, 5]), 'higher-is-better').reason).toBe(
      'No figure has a 95% confidence interval and a trend needs the 5 most recent.',
    );
  });

  it('uses only the 5 most recent usable values, one step apart whatever the gaps between them', () => {
    const t = judgeTrend(series([50, 1, 2, 3, 4, 5], 0.1), 'higher-is-better');
    expect(t.used.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
    expect(t.key).toBe('increasing-better');
    const gappy = [2010, 2011, 2015, 2016, 2020].map((year, i) => ({
      period: String(year),
      value: 10 + i,
      lower: 9.5 + i,
      upper: 10.5 + i,
    }));
    expect(judgeTrend(gappy, 'higher-is-better').slope).toBeCloseTo(1, 10);
  });

  it('weights each value by its interval: a rise of 1 a step with +/-0.5 gives chi-square 153.66, with +/-5 1.54', () => {
    // Weight 1 / (1 / 3.92)^2 = 15.3664 each; steps 1..5 have a sum of squares of 10 about their mean, so
    // the slope's variance is 1 / 153.664 and chi-square = 1^2 * 153.664.
    const clear = judgeTrend(series([10, 11, 12, 13, 14], 0.5), 'lower-is-better');
    expect(clear).toMatchObject({
      key: 'increasing-worse',
      method: 'intervals',
      robust: true,
      critical: CHI_SQUARE_998,
    });
    expect(clear.slope).toBeCloseTo(1, 10);
    expect(clear.chiSquare).toBeCloseTo(153.664, 6);
    const unclear = judgeTrend(series([10, 11, 12, 13, 14], 5), 'lower-is-better');
    expect(unclear.key).toBe('no-clear-change');
    expect(unclear.chiSquare).toBeCloseTo(1.53664, 8);
  });

  it('needs the chi-square to pass 9.55, the 99.8% point', () => {
    expect(CHI_SQUARE_998).toBeCloseTo(9.5495, 4);
    // chi-square = 153.664 / k^2 for intervals of +/-k/2: k = 4 gives 9.6 (clear), k = 4.1 gives 9.14 (not).
    expect(judgeTrend(series([10, 11, 12, 13, 14], 2), 'no-judgement').key).toBe('increasing');
    expect(judgeTrend(series([10, 11, 12, 13, 14], 2.05), 'no-judgement').key).toBe('no-clear-change');
  });

  it('finds no trend when leaving out any one value turns the slope round, however narrow the intervals', () => {
    // 12, 10, 10, 10, 13 rises overall, but without the last value it falls.
    const t = judgeTrend(series([12, 10, 10, 10, 13], 0.01), 'higher-is-better');
    expect(t.chiSquare ?? 0).toBeGreaterThan(CHI_SQUARE_998);
    expect(t).toMatchObject({ key: 'no-clear-change', robust: false });
  });

  it('tests a percentage with counts and denominators on the counts (chi-square test for trend)', () => {
    // fingertips-open, WhenUsingTrendMarkerCalculator, GetTrendData_1 (Newcastle, indicator 20301): decreasing.
    const counts = (rows: [number, number][], from: number): TrendPoint[] =>
      rows.map(([count, denominator], i) => ({
        period: String(from + i),
        value: (count / denominator) * 100,
        count,
        denominator,
      }));
    const decreasing = judgeTrend(
      counts(
        [
          [621, 3454],
          [599, 3195],
          [556, 3256],
          [535, 3227],
          [447, 3121],
        ],
        2010,
      ),
      'no-judgement',
      'percent',
    );
    expect(decreasing).toMatchObject({ key: 'decreasing', method: 'counts', robust: true });
    expect(decreasing.chiSquare).toBeCloseTo(20.115, 2);
    // GetTrendData_4: six years; the five most recent still fall (20%, 14%, 16%, 8%, 4.5%).
    const six = counts(
      [
        [5, 22],
        [7, 35],
        [6, 42],
        [8, 50],
        [8, 100],
        [9, 200],
      ],
      2001,
    );
    expect(judgeTrend(six, 'no-judgement', 'percent')).toMatchObject({ key: 'decreasing', used: { length: 5 } });
    // The same figures as a rate (not a percentage) have no intervals to test.
    expect(judgeTrend(six, 'no-judgement', 'per-100k').key).toBe('not-enough-data');
    // GetTrendData_2 (increasing) and GetTrendData_3 (indicator 1172, increasing).
    expect(
      judgeTrend(
        counts(
          [
            [2157, 3454],
            [2090, 3195],
            [2194, 3256],
            [2134.81, 3152],
            [2094, 3062],
          ],
          2010,
        ),
        'no-judgement',
        'percent',
      ).key,
    ).toBe('increasing');
  });

  it('does not work out a trend for figures pooled over several years', () => {
    const pooled = ['2015-17', '2016-18', '2017-19', '2018-20', '2019-21'].map((period, i) => ({
      period,
      value: 10 + i,
      lower: 9.9 + i,
      upper: 10.1 + i,
    }));
    const t = judgeTrend(pooled, 'higher-is-better');
    expect(t.key).toBe('not-enough-data');
    expect(t.reason).toMatch(/more than one year/);
  });

  it('says only increasing or decreasing for no-judgement indicators', () => {
    expect(judgeTrend(series([1, 2, 3, 4, 5], 0.1), 'no-judgement').key).toBe('increasing');
    expect(judgeTrend(series([5, 4, 3, 2, 1], 0.1), 'no-judgement').key).toBe('decreasing');
    expect(judgeTrend(series([3, 3, 3, 3, 3], 0.1), 'no-judgement').key).toBe('no-clear-change');
  });
});

describe("judgeTrend on Fingertips' own worked examples", () => {
  it.each(FINGERTIPS_TREND_CASES.map((c) => [c.title, c] as const))('%s', (_title, c) => {
    const expected = publishedTrend(c.fingertips);
    const t = judgeTrend(c.points, c.polarity, c.unit);
    expect(t.key).toBe(expected);
  });

  it('diabetes prevalence is a proportion with counts: tested on the counts, as Fingertips flags it', () => {
    const diabetes = FINGERTIPS_TREND_CASES[0];
    expect(diabetes && judgeTrend(diabetes.points, diabetes.polarity, diabetes.unit).method).toBe('counts');
  });

  it('GP registered population aged 65+ (indicator 93468): a known difference, explained', () => {
    // Fingertips shows "No significant change" here only because this indicator is not flagged for the
    // test on counts and has no intervals, so its calculator has nothing to test and keeps its default.
    // The figures are a percentage with counts, so the site tests the counts: a clear rise (chi-square 3,168).
    const gp: TrendPoint[] = [
      [10588957, 60458658],
      [10547929, 60744002],
      [10851467, 61625745],
      [11034431, 62418295],
      [11246440, 63227624],
    ].map(([count = 0, denominator = 1], i) => ({
      period: String(2020 + i),
      value: (count / denominator) * 100,
      count,
      denominator,
    }));
    const t = judgeTrend(gp, 'no-judgement', 'percent');
    expect(t.key).toBe('increasing');
    expect(t.chiSquare).toBeCloseTo(3167.8, 0);
  });
});

describe('trendPeriods', () => {
  it('names the periods a trend looked at, which may be fewer than the series has', () => {
    const points = ['2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23', '2023/24'].map((period, i) => ({
      period,
      value: 30 + i,
      lower: 29.5 + i,
      upper: 30.5 + i,
    }));
    // The trend looks at the last 5 values only: not 2017/18, where a sentence about the whole series starts.
    expect(trendPeriods(judgeTrend(points, 'lower-is-better'))).toBe('from 2019/20 to 2023/24');
    expect(trendPeriods(judgeTrend(points.slice(0, 1), 'lower-is-better'))).toBe('in 2017/18 only');
    expect(trendPeriods(judgeTrend([], 'lower-is-better'))).toBeUndefined();
  });
});
