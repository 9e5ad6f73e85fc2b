/**
 * The judgements shown wherever an indicator is summarised (docs/architecture.md,
 * "Status words"), and the recent-trend word. Each is a key (for
 * `data-progress`, `data-benchmark`, `data-trend` and styling) and a word;
 * /methodology/ explains them to readers with worked examples computed by
 * these same functions.
 *
 * Everything here works on plain numbers and period labels, so the tests can
 * pin each rule with small examples.
 */

import type { Shape } from '../core/shapes.ts';
import type { Point } from '../contract/schemas.ts';
import { period, type Period } from '../core/periods.ts';
import type { Polarity } from '../core/vocabulary.ts';

// ------------------------------------------------------------ time axis

/**
 * Where a period sits on the time axis, in months since year 0: the middle of
 * its span. Every period form starts and ends on a month boundary, so these
 * are whole or half months and straight-line arithmetic on them is exact
 * (calendar 2020 is 24246, financial year 2021/22 is 24267).
 */
export function axisMonths(p: Period | string): number {
  const span = typeof p === 'string' ? period(p) : p;
  const [sy = 0, sm = 1] = span.start.split('-').map(Number);
  const [ey = 0, em = 1] = span.end.split('-').map(Number);
  const start = sy * 12 + (sm - 1);
  const end = ey * 12 + em;
  return (start + end) / 2;
}

/** The same position in years (2020.5 is the middle of calendar 2020): for chart axes. */
export function axisYears(p: Period | string): number {
  return axisMonths(p) / 12;
}

/** Comparisons allow for the rounding of binary fractions (22.3 is not exact), never for real differences. */
const EPSILON = 1e-9;
const atLeast = (a: number, b: number): boolean => a >= b - EPSILON * Math.max(1, Math.abs(a), Math.abs(b));

// ------------------------------------------------------------- progress

export const PROGRESS_KEYS = ['achieved', 'on-track', 'behind', 'not-improving', 'not-enough-data'] as const;
export type ProgressKey = (typeof PROGRESS_KEYS)[number];

export const PROGRESS_WORDS: Record<ProgressKey, string> = {
  achieved: 'Achieved',
  'on-track': 'On track',
  behind: 'Behind',
  'not-improving': 'Not improving',
  'not-enough-data': 'Not enough data',
};

/** A target with its baseline resolved: `since` and `baseline` as the data gives them when the author did not. */
export interface ResolvedTarget {
  readonly baseline: number;
  readonly since: string;
  readonly value: number;
  readonly by: string;
}

export interface Observation {
  readonly period: string;
  readonly value: number;
}

export interface Progress {
  readonly key: ProgressKey;
  /** The latest value after the baseline period, when there is one. */
  readonly latest?: Observation | undefined;
  /** Where the straight line from baseline to target stands at the latest period (the target itself once `by` has passed). */
  readonly trajectory?: number | undefined;
}

/**
 * Progress towards a target for the latest value after the baseline period.
 * The direction is the one from `baseline` to `value`; when they are equal
 * (a promise to hold a figure), the polarity gives it, and for a
 * no-judgement indicator only the exact value counts as achieved.
 */
export function judgeProgress(
  target: ResolvedTarget,
  observations: readonly Observation[],
  polarity: Polarity,
): Progress {
  const since = axisMonths(target.since);
  const by = axisMonths(target.by);
  let latest: Observation | undefined;
  for (const o of observations) {
    const at = axisMonths(o.period);
    if (at > since && (!latest || at > axisMonths(latest.period))) latest = o;
  }
  if (!latest) return { key: 'not-enough-data' };
  const last: Observation = latest;

  const sign =
    target.value > target.baseline
      ? 1
      : target.value < target.baseline
        ? -1
        : polarity === 'higher-is-better'
          ? 1
          : polarity === 'lower-is-better'
            ? -1
            : 0;
  const at = axisMonths(latest.period);
  const share = by > since ? Math.min(1, (at - since) / (by - since)) : 1;
  const trajectory = target.baseline + (target.value - target.baseline) * share;
  // "At or beyond x" in the target's direction.
  const reaches = (x: number): boolean => atLeast(sign * last.value, sign * x);

  if (sign === 0) {
    const key = Math.abs(last.value - target.value) <= EPSILON ? 'achieved' : 'not-improving';
    return { key, latest, trajectory };
  }
  if (reaches(target.value)) return { key: 'achieved', latest, trajectory };
  if (reaches(trajectory)) return { key: 'on-track', latest, trajectory };
  // Better than the baseline means strictly beyond it: exactly at the baseline is "not improving".
  if (!atLeast(sign * target.baseline, sign * last.value)) return { key: 'behind', latest, trajectory };
  return { key: 'not-improving', latest, trajectory };
}

// ------------------------------------------------------------ benchmark

export const BENCHMARK_KEYS = ['better', 'worse', 'lower', 'higher', 'similar', 'not-compared'] as const;
export type BenchmarkKey = (typeof BENCHMARK_KEYS)[number];

export const BENCHMARK_WORDS: Record<BenchmarkKey, string> = {
  better: 'Better',
  worse: 'Worse',
  lower: 'Lower',
  higher: 'Higher',
  similar: 'Similar',
  'not-compared': 'Not compared',
};

export interface Benchmarked {
  readonly key: BenchmarkKey;
  /** The period compared (the local area's latest), when there is one. */
  readonly period?: string | undefined;
  /** The benchmark's value for that period, when it has one. */
  readonly benchmarkValue?: number | undefined;
}

/**
 * The local 95% confidence interval of the latest point against the
 * benchmark's value for the same period ("CI overlapping reference value").
 * `local` is the local area's latest point with a value.
 */
export function judgeBenchmark(
  local: Pick<Point, 'period' | 'value' | 'lower' | 'upper'> | undefined,
  benchmark: Pick<Point, 'value'> | undefined,
  polarity: Polarity,
): Benchmarked {
  if (!local || local.value === null) return { key: 'not-compared' };
  const benchmarkValue = benchmark?.value ?? undefined;
  const base = { period: local.period, benchmarkValue };
  if (benchmarkValue === undefined || local.lower === undefined || local.upper === undefined) {
    return { key: 'not-compared', ...base };
  }
  if (local.lower <= benchmarkValue && benchmarkValue <= local.upper) return { key: 'similar', ...base };
  const above = local.lower > benchmarkValue;
  if (polarity === 'no-judgement') return { key: above ? 'higher' : 'lower', ...base };
  const better = above === (polarity === 'higher-is-better');
  return { key: better ? 'better' : 'worse', ...base };
}

// ---------------------------------------------------------------- trend

export const TREND_KEYS = [
  'increasing-better',
  'increasing-worse',
  'decreasing-better',
  'decreasing-worse',
  'increasing',
  'decreasing',
  'no-clear-change',
  'not-enough-data',
] as const;
export type TrendKey = (typeof TREND_KEYS)[number];

export const TREND_WORDS: Record<TrendKey, string> = {
  'increasing-better': 'Increasing and getting better',
  'increasing-worse': 'Increasing and getting worse',
  'decreasing-better': 'Decreasing and getting better',
  'decreasing-worse': 'Decreasing and getting worse',
  increasing: 'Increasing',
  decreasing: 'Decreasing',
  'no-clear-change': 'No clear change',
  'not-enough-data': 'Not enough data',
};

/** How many of the most recent values the trend looks at, and how few it needs. */
export const TREND_WINDOW = 5;
export const TREND_MINIMUM = 3;

/** Two-sided 95% points of Student's t for 1 to 3 degrees of freedom (3 to 5 points, no intervals). */
const T95: Record<number, number> = { 1: 12.706, 2: 4.303, 3: 3.182 };
/** The 95% point of the normal distribution: a 95% interval is 1.96 standard errors each side. */
const Z95 = 1.96;

export interface Trend {
  readonly key: TrendKey;
  /** The points used, oldest first. */
  readonly used: readonly Observation[];
  /** Fitted change per year, in the indicator's unit. */
  readonly slopePerYear?: number | undefined;
  /** The slope divided by its standard error. */
  readonly statistic?: number | undefined;
  /** The value the statistic had to pass. */
  readonly critical?: number | undefined;
  /** Whether the standard errors came from the points' confidence intervals. */
  readonly weighted?: boolean | undefined;
}

/**
 * The recent trend: a straight line fitted to the last 5 values (at least 3),
 * placed on the time axis. When every one of those points has a 95%
 * confidence interval, each is weighted by its precision (inverse-variance
 * weighted least squares, standard error = interval width / 3.92) and the
 * slope is clear when it is more than 1.96 standard errors from zero.
 * Without intervals, ordinary least squares, and the slope must pass
 * Student's t at 95% with n - 2 degrees of freedom.
 */
export function judgeTrend(
  points: readonly Pick<Point, 'period' | 'value' | 'lower' | 'upper'>[],
  polarity: Polarity,
): Trend {
  const valued = points
    .filter((p): p is typeof p & { value: number } => p.value !== null)
    .map((p) => ({ ...p, x: axisMonths(p.period) / 12 }))
    .sort((a, b) => a.x - b.x)
    .slice(-TREND_WINDOW);
  const used = valued.map((p) => ({ period: p.period, value: p.value }));
  if (valued.length < TREND_MINIMUM) return { key: 'not-enough-data', used };

  const weighted = valued.every((p) => p.lower !== undefined && p.upper !== undefined && p.upper > p.lower);
  const w = valued.map((p) => (weighted ? 1 / (((p.upper ?? 0) - (p.lower ?? 0)) / (2 * Z95)) ** 2 : 1));
  const sw = w.reduce((s, x) => s + x, 0);
  const mx = valued.reduce((s, p, i) => s + (w[i] ?? 0) * p.x, 0) / sw;
  const my = valued.reduce((s, p, i) => s + (w[i] ?? 0) * p.value, 0) / sw;
  const sxx = valued.reduce((s, p, i) => s + (w[i] ?? 0) * (p.x - mx) ** 2, 0);
  const sxy = valued.reduce((s, p, i) => s + (w[i] ?? 0) * (p.x - mx) * (p.value - my), 0);
  const slope = sxy / sxx;
  let se: number;
  let critical: number;
  if (weighted) {
    se = Math.sqrt(1 / sxx);
    critical = Z95;
  } else {
    const residual = valued.reduce((s, p) => s + (p.value - (my + slope * (p.x - mx))) ** 2, 0);
    se = Math.sqrt(residual / (valued.length - 2) / sxx);
    critical = T95[valued.length - 2] ?? Z95;
  }
  const statistic = se === 0 ? (slope === 0 ? 0 : Infinity) : Math.abs(slope) / se;
  const result = { used, slopePerYear: slope, statistic, critical, weighted };
  if (!(statistic > critical) || slope === 0) return { key: 'no-clear-change', ...result };
  const up = slope > 0;
  if (polarity === 'no-judgement') return { key: up ? 'increasing' : 'decreasing', ...result };
  const better = up === (polarity === 'higher-is-better');
  const key: TrendKey = `${up ? 'increasing' : 'decreasing'}-${better ? 'better' : 'worse'}`;
  return { key, ...result };
}

export const PROGRESS_SHAPES: Record<ProgressKey, Shape> = {
  achieved: 'star',
  'on-track': 'circle',
  behind: 'triangle-down',
  'not-improving': 'square',
  'not-enough-data': 'dash',
};

export const BENCHMARK_SHAPES: Record<BenchmarkKey, Shape> = {
  better: 'circle',
  worse: 'square',
  higher: 'triangle-up',
  lower: 'triangle-down',
  similar: 'ring',
  'not-compared': 'dash',
};

export const TREND_SHAPES: Record<TrendKey, Shape> = {
  'increasing-better': 'triangle-up',
  'increasing-worse': 'triangle-up',
  'decreasing-better': 'triangle-down',
  'decreasing-worse': 'triangle-down',
  increasing: 'triangle-up',
  decreasing: 'triangle-down',
  'no-clear-change': 'diamond',
  'not-enough-data': 'dash',
};
