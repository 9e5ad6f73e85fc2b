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
  judgeBenchmark,
  judgeProgress,
  judgeTrend,
  type ResolvedTarget,
} from '../../src/lib/indicators/judgements.ts';

describe('axisMonths', () => {
  it('places each period form at the middle of its span, in months', () => {
    expect(axisMonths('2020')).toBe(2020 * 12 + 6);
    expect(axisYears('2020')).toBe(2020.5);
    expect(axisYears('2021/22')).toBe(2021.75);
    expect(axisYears('2023 Q2')).toBe(2023.375);
    expect(axisMonths('2023-05')).toBe(2023 * 12 + 4.5);
    expect(axisYears('2021-23')).toBe(2022.5);
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

describe('judgeTrend', () => {
  const series = (values: (number | null)[], halfWidth?: number) =>
    values.map((value, i) => ({
      period: String(2018 + i),
      value,
      ...(halfWidth !== undefined && value !== null ? { lower: value - halfWidth, upper: value + halfWidth } : {}),
    }));

  it('needs at least 3 values; nulls do not count', () => {
    expect(judgeTrend(series([1, 2]), 'higher-is-better').key).toBe('not-enough-data');
    expect(judgeTrend(series([1, null, 2]), 'higher-is-better').key).toBe('not-enough-data');
  });

  it('uses only the last 5 values', () => {
    const t = judgeTrend(series([50, 1, 2, 3, 4, 5]), 'higher-is-better');
    expect(t.used.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
    expect(t.key).toBe('increasing-better');
  });

  it('with intervals: a rise of 1 a year with intervals of +/-0.5 is clear; with +/-5 it is not', () => {
    const clear = judgeTrend(series([10, 11, 12, 13, 14], 0.5), 'lower-is-better');
    expect(clear).toMatchObject({ key: 'increasing-worse', weighted: true, critical: 1.96 });
    expect(clear.slopePerYear).toBeCloseTo(1, 10);
    expect(judgeTrend(series([10, 11, 12, 13, 14], 5), 'lower-is-better').key).toBe('no-clear-change');
  });

  it('without intervals: ordinary least squares and Student t (3.182 for 5 points)', () => {
    const t = judgeTrend(series([20, 19.4, 19.1, 18.2, 18]), 'lower-is-better');
    expect(t).toMatchObject({ key: 'decreasing-better', weighted: false, critical: 3.182 });
    expect(judgeTrend(series([20, 18, 21, 17, 20]), 'lower-is-better').key).toBe('no-clear-change');
  });

  it('says only increasing or decreasing for no-judgement indicators', () => {
    expect(judgeTrend(series([1, 2, 3]), 'no-judgement').key).toBe('increasing');
    expect(judgeTrend(series([3, 2, 1]), 'no-judgement').key).toBe('decreasing');
    expect(judgeTrend(series([3, 3, 3]), 'no-judgement').key).toBe('no-clear-change');
  });
});
