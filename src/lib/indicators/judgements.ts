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
import { comparePeriods, period, spansYears, type Period } from '../core/periods.ts';
import {
  BENCHMARK_KEYS,
  TREND_KEYS,
  type BenchmarkKey,
  type Polarity,
  type TrendKey,
  type Unit,
} from '../core/vocabulary.ts';

export { BENCHMARK_KEYS, TREND_KEYS, type BenchmarkKey, type TrendKey };

// ------------------------------------------------------------ time axis

/**
 * Where a period sits on the time axis, in months since year 0: the middle of
 * its span. Every period form starts and ends on a month boundary, so these
 * are whole or half months and straight-line arithmetic on them is exact
 * (calendar 2020 is 24246, financial year 2021/22 is 24267).
 */
export function axisMonths(p: Period | string): number {
  if (typeof p !== 'string') return spanMonths(p);
  // Charts and judgements ask for the same few periods thousands of times over.
  let months = monthsOf.get(p);
  if (months === undefined) {
    months = spanMonths(period(p));
    monthsOf.set(p, months);
  }
  return months;
}

const monthsOf = new Map<string, number>();

function spanMonths(span: Period): number {
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

/**
 * How many of the most recent values the trend looks at, and so how few it
 * needs: 5, as Fingertips' trend markers (with fewer than 5 usable values
 * Fingertips says "Cannot be calculated").
 */
export const TREND_WINDOW = 5;

/** The 99.8% point of the chi-square distribution with one degree of freedom: the test the slope must pass. */
export const CHI_SQUARE_998 = 9.54953570608324;

/** A 95% interval is 1.96 standard errors each side of the value: 3.92 standard errors wide. */
const INTERVAL_WIDTH_IN_SE = 3.92;

/**
 * The two tests Fingertips uses. `counts`: a proportion (a percentage with
 * its count and denominator) is tested with the chi-square test for trend on
 * the counts, its direction from the slope of the log-odds. `intervals`:
 * anything else is a weighted regression, each value weighted by the
 * precision its 95% confidence interval gives it.
 */
export type TrendMethod = 'counts' | 'intervals';

export interface Trend {
  readonly key: TrendKey;
  /** The values used (or, when there were too few, the usable ones), oldest first. */
  readonly used: readonly Observation[];
  readonly method?: TrendMethod | undefined;
  /** The fitted slope per period (for `counts`, of the log-odds), positive when rising. */
  readonly slope?: number | undefined;
  /** The chi-square statistic of the slope, and the value it had to pass (99.8%). */
  readonly chiSquare?: number | undefined;
  readonly critical?: number | undefined;
  /** Whether leaving out any one value keeps the slope's sign (a trend must not hang on one value). */
  readonly robust?: boolean | undefined;
  /** For `not-enough-data`, why, in words a resident can read. */
  readonly reason?: string | undefined;
}

/** A value the trend may use: its interval, or its count and denominator for a proportion. */
export type TrendPoint = Pick<Point, 'period' | 'value' | 'lower' | 'upper' | 'count' | 'denominator'>;

type Usable = TrendPoint & { value: number };

const hasCounts = (p: Usable): boolean =>
  p.count !== undefined && p.denominator !== undefined && p.count > 0 && p.count < p.denominator;
const hasInterval = (p: Usable): boolean => p.lower !== undefined && p.upper !== undefined && p.upper > p.lower;

/** The least-squares slope of y on x with weights w, and the sums its standard error needs. */
function weightedSlope(rows: readonly { x: number; y: number; w: number }[]) {
  let sw = 0;
  let swx = 0;
  let swy = 0;
  let swxy = 0;
  let swxx = 0;
  for (const { x, y, w } of rows) {
    sw += w;
    swx += w * x;
    swy += w * y;
    swxy += w * x * y;
    swxx += w * x * x;
  }
  const denominator = sw * swxx - swx * swx;
  return { slope: (sw * swxy - swx * swy) / denominator, sw, denominator };
}

/** Whether the slope keeps its sign when any one row is left out (a zero slope counts as rising, as Fingertips counts it). */
function robustSlope(rows: readonly { x: number; y: number; w: number }[], slope: number): boolean {
  const sign = (n: number) => (n < 0 ? -1 : 1);
  return rows.every((_, k) => sign(weightedSlope(rows.filter((__, i) => i !== k)).slope) === sign(slope));
}

/**
 * The recent trend, by the method Fingertips publishes for its trend
 * markers: the 5 most recent usable values, placed one step apart (gaps in
 * the years do not matter, as in Fingertips).
 *
 * - A percentage with a count and denominator for each of the 5 is a
 *   proportion: the chi-square test for trend on the counts, its direction
 *   from the slope of the log-odds log(count / (denominator - count)).
 * - Otherwise each value needs a 95% confidence interval: a regression with
 *   each value weighted by 1 / (standard error)^2, the standard error being
 *   the interval's width / 3.92; the chi-square is (slope / its standard
 *   error)^2.
 *
 * The trend is clear when the chi-square exceeds 9.55 (the 99.8% point)
 * and leaving out any one of the 5 values keeps the slope's sign; otherwise
 * "No clear change". With fewer than 5 usable values, or figures pooled over
 * more than a year (neighbours share data, so Fingertips does not test
 * them), it is "Not enough data", with the reason.
 */
export function judgeTrend(points: readonly TrendPoint[], polarity: Polarity, unit?: Unit): Trend {
  const valued = points
    .filter((p): p is Usable => p.value !== null)
    .map((p) => ({ p, span: period(p.period) }))
    .sort((a, b) => comparePeriods(a.span, b.span));
  const observe = (list: readonly Usable[]) => list.map((p) => ({ period: p.period, value: p.value }));
  if (valued.some((v) => spansYears(v.span))) {
    return {
      key: 'not-enough-data',
      used: [],
      reason:
        'These figures are each for more than one year, so neighbouring figures share years of data. Fingertips does not work out a trend for such figures, and nor do we.',
    };
  }
  const usable = valued.map((v) => v.p);
  const byCounts = unit === 'percent' ? usable.filter(hasCounts).slice(-TREND_WINDOW) : [];
  const byIntervals = usable.filter(hasInterval).slice(-TREND_WINDOW);
  let method: TrendMethod;
  let rows: { x: number; y: number; w: number }[];
  let chiSquare: number;
  let used: Usable[];
  if (byCounts.length === TREND_WINDOW) {
    method = 'counts';
    used = byCounts;
    rows = used.map((p, i) => ({
      x: i + 1,
      y: Math.log((p.count ?? 0) / ((p.denominator ?? 0) - (p.count ?? 0))),
      w: 1,
    }));
    // The chi-square test for trend in proportions, on the counts r out of n at steps t = 1..5.
    let n = 0;
    let r = 0;
    let rt = 0;
    let nt = 0;
    let ntt = 0;
    used.forEach((p, i) => {
      const t = i + 1;
      const count = p.count ?? 0;
      const denominator = p.denominator ?? 0;
      n += denominator;
      r += count;
      rt += count * t;
      nt += denominator * t;
      ntt += denominator * t * t;
    });
    chiSquare = (n * (n * rt - r * nt) ** 2) / (r * (n - r) * (n * ntt - nt * nt));
  } else if (byIntervals.length === TREND_WINDOW) {
    method = 'intervals';
    used = byIntervals;
    rows = used.map((p, i) => ({
      x: i + 1,
      y: p.value,
      w: 1 / (((p.upper ?? 0) - (p.lower ?? 0)) / INTERVAL_WIDTH_IN_SE) ** 2,
    }));
    const fit = weightedSlope(rows);
    chiSquare = fit.slope ** 2 / (fit.sw / fit.denominator);
  } else {
    const found = Math.max(byIntervals.length, byCounts.length);
    const what =
      unit === 'percent' ? 'a 95% confidence interval, or a count and denominator,' : 'a 95% confidence interval';
    const have = found === 0 ? 'No figure has' : `Only ${found} figure${found === 1 ? ' has' : 's have'}`;
    return {
      key: 'not-enough-data',
      used: observe(byIntervals.length >= byCounts.length ? byIntervals : byCounts),
      reason: `${have} ${what} and a trend needs the ${TREND_WINDOW} most recent.`,
    };
  }
  const { slope } = weightedSlope(rows);
  const robust = robustSlope(rows, slope);
  const result = { used: observe(used), method, slope, chiSquare, critical: CHI_SQUARE_998, robust };
  if (!robust || !(chiSquare > CHI_SQUARE_998) || slope === 0) return { key: 'no-clear-change', ...result };
  const up = slope > 0;
  if (polarity === 'no-judgement') return { key: up ? 'increasing' : 'decreasing', ...result };
  const better = up === (polarity === 'higher-is-better');
  const key: TrendKey = `${up ? 'increasing' : 'decreasing'}-${better ? 'better' : 'worse'}`;
  return { key, ...result };
}

/**
 * The periods a trend looked at, as words to put beside its word: "from
 * 2019/20 to 2023/24", "in 2023/24 only", or undefined when it had no values.
 * A trend covers only the last few values, so beside a sentence about the
 * whole series ("up from 33.5% in 2017/18") it must say which years it means,
 * or the two seem to disagree.
 */
export function trendPeriods(trend: Pick<Trend, 'used'>): string | undefined {
  const first = trend.used[0];
  const last = trend.used.at(-1);
  if (!first || !last) return undefined;
  return first === last ? `in ${first.period} only` : `from ${first.period} to ${last.period}`;
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
