/**
 * The worked examples on /methodology/, computed by the same functions that
 * judge the real figures, so the explanation can never drift from the code.
 */

import {
  judgeBenchmark,
  judgeProgress,
  judgeTrend,
  type BenchmarkKey,
  type ProgressKey,
  type ResolvedTarget,
  type TrendKey,
} from './judgements.ts';
import { formatNumber } from '../core/numbers.ts';
import type { Polarity } from '../core/vocabulary.ts';

export interface ProgressExample {
  readonly latest: { period: string; value: number } | undefined;
  readonly trajectory: string | undefined;
  readonly key: ProgressKey;
  readonly why: string;
}

/** Lower is better: from 22.3% in 2021/22 to 20% by 2028. */
export const PROGRESS_TARGET: ResolvedTarget = { baseline: 22.3, since: '2021/22', value: 20, by: '2028' };

export function progressExamples(): ProgressExample[] {
  const cases: [{ period: string; value: number } | undefined, string][] = [
    [{ period: '2027/28', value: 19.8 }, 'It is at or below the target of 20%.'],
    [{ period: '2023/24', value: 21.5 }, 'It is below where the straight line from 22.3% to 20% stands in 2023/24.'],
    [{ period: '2023/24', value: 21.8 }, 'It is better than 22.3% but above the trajectory.'],
    [{ period: '2023/24', value: 22.3 }, 'It is the same as the baseline: no improvement.'],
    [undefined, 'There is no figure after 2021/22 yet.'],
  ];
  return cases.map(([latest, why]) => {
    const p = judgeProgress(PROGRESS_TARGET, latest ? [latest] : [], 'lower-is-better');
    return {
      latest,
      trajectory: p.trajectory === undefined ? undefined : formatNumber(p.trajectory, 2),
      key: p.key,
      why,
    };
  });
}

export interface BenchmarkExample {
  readonly value: number;
  readonly lower: number | undefined;
  readonly upper: number | undefined;
  readonly benchmark: number;
  readonly polarity: Polarity;
  readonly key: BenchmarkKey;
}

export function benchmarkExamples(): BenchmarkExample[] {
  const cases: [number, number | undefined, number | undefined, number, Polarity][] = [
    [20.1, 19.0, 21.2, 22.6, 'lower-is-better'],
    [24.0, 23.1, 24.9, 22.6, 'lower-is-better'],
    [22.0, 20.9, 23.2, 22.6, 'lower-is-better'],
    [48.0, 46.1, 49.9, 56.9, 'no-judgement'],
    [22.0, undefined, undefined, 22.6, 'lower-is-better'],
  ];
  return cases.map(([value, lower, upper, benchmark, polarity]) => ({
    value,
    lower,
    upper,
    benchmark,
    polarity,
    key: judgeBenchmark({ period: '2023', value, lower, upper }, { value: benchmark }, polarity).key,
  }));
}

export interface TrendExample {
  readonly values: readonly number[];
  readonly halfWidth: number | undefined;
  readonly polarity: Polarity;
  readonly key: TrendKey;
  readonly slope: string;
  readonly statistic: string;
  readonly critical: string;
}

export function trendExamples(): TrendExample[] {
  const cases: [number[], number | undefined, Polarity][] = [
    [[23.9, 22.3, 21.8, 21.4, 21.0], 0.6, 'lower-is-better'],
    [[23.9, 22.3, 21.8, 21.4, 21.0], 2.5, 'lower-is-better'],
    [[44.1, 45.0, 45.7, 46.9, 48.0], undefined, 'no-judgement'],
    [[60, 58, 61, 57], undefined, 'higher-is-better'],
  ];
  return cases.map(([values, halfWidth, polarity]) => {
    const points = values.map((value, i) => ({
      period: String(2019 + i),
      value,
      ...(halfWidth === undefined ? {} : { lower: value - halfWidth, upper: value + halfWidth }),
    }));
    const t = judgeTrend(points, polarity);
    return {
      values,
      halfWidth,
      polarity,
      key: t.key,
      slope: formatNumber(t.slopePerYear ?? 0, 2),
      statistic:
        t.statistic === undefined ? '' : Number.isFinite(t.statistic) ? formatNumber(t.statistic, 2) : 'infinite',
      critical: t.critical === undefined ? '' : formatNumber(t.critical, 3),
    };
  });
}
