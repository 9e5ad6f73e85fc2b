/**
 * Questions about one indicator's values: latest and earliest points, the
 * benchmark area, a target's resolved baseline, and the judgements
 * (judgements.ts) for an area, as pages and the dashboard need them.
 */

import type { Area, Indicator, Point } from '../contract/schemas.ts';
import {
  judgeBenchmark,
  judgeProgress,
  judgeTrend,
  type Benchmarked,
  type Progress,
  type ResolvedTarget,
  type Trend,
} from './judgements.ts';
import { comparePeriods, period } from '../core/periods.ts';
import {
  headlineSeries,
  pointsMatching,
  targetObservations,
  type BreakdownChoice,
  type GapChoice,
} from '../contract/breakdowns.ts';
import type { AreaType } from '../core/vocabulary.ts';

// ------------------------------------------------------------------ judgements for pages

/** The benchmark area: the indicator's `benchmark`, else the one area of type country (undefined when none). */
export function benchmarkAreaOf(indicator: Indicator, areas: readonly Area[]): string | undefined {
  if (indicator.benchmark !== undefined) return indicator.benchmark;
  const countries = areas.filter((a) => a.type === 'country');
  return countries.length === 1 ? countries[0]?.id : undefined;
}

/** A target's baseline and `since`, filled in from the data (its breakdown, or its gap) when the author did not. */
export function resolveTarget(indicator: Indicator, target: TargetLike, areaId: string): ResolvedTarget | undefined {
  const observations = sortedObservations(indicator, target, areaId);
  const since = target.since ?? observations[0]?.period;
  if (since === undefined) return undefined;
  const baseline = target.baseline ?? observations.find((o) => o.period === since)?.value;
  if (baseline === undefined) return undefined;
  return { baseline, since, value: target.value, by: target.by };
}

/** What a Target says, as lib needs it (TargetUse and the component's props both fit). */
export interface TargetLike {
  readonly indicator: string;
  readonly value: number;
  readonly by: string;
  readonly baseline?: number | undefined;
  readonly since?: string | undefined;
  readonly area?: string | undefined;
  /** The breakdown the target is for (sex, age, category); undefined: the headline. */
  readonly breakdown?: BreakdownChoice | undefined;
  /** A target for the gap between two categories. */
  readonly gap?: GapChoice | undefined;
}

function sortedObservations(indicator: Indicator, target: TargetLike, areaId: string) {
  return targetObservations(indicator, areaId, target).sort((a, b) =>
    comparePeriods(period(a.period), period(b.period)),
  );
}

export interface AreaJudgements {
  readonly areaId: string;
  readonly latest: (Point & { value: number }) | undefined;
  readonly benchmarkAreaId: string | undefined;
  readonly benchmark: Benchmarked;
  readonly trend: Trend;
}

/**
 * The interval a comparison with the benchmark uses: the 95% limits, the
 * 99.8% limits when the indicator's `comparison` is "ci99.8", and none when
 * it is "none" (so the comparison says "Not compared", as the source does).
 */
export function comparisonInterval(
  indicator: Pick<Indicator, 'comparison'>,
  point: Pick<Point, 'lower' | 'upper' | 'lower998' | 'upper998'>,
): { lower: number | undefined; upper: number | undefined } {
  switch (indicator.comparison ?? 'ci95') {
    case 'ci95':
      return { lower: point.lower, upper: point.upper };
    case 'ci99.8':
      return { lower: point.lower998, upper: point.upper998 };
    case 'none':
      return { lower: undefined, upper: undefined };
  }
}

/** A point compared with a benchmark value by the indicator's comparison method and polarity. */
export function compareWith(
  indicator: Pick<Indicator, 'comparison' | 'polarity'>,
  point: (Point & { value: number }) | undefined,
  benchmark: Pick<Point, 'value'> | undefined,
): Benchmarked {
  if (!point) return judgeBenchmark(undefined, benchmark, indicator.polarity);
  return judgeBenchmark(
    { period: point.period, value: point.value, ...comparisonInterval(indicator, point) },
    benchmark,
    indicator.polarity,
  );
}

/** The points of one area and breakdown (default: the headline), oldest first, nulls kept. */
export function seriesOf(indicator: Indicator, areaId: string, choice?: BreakdownChoice): Point[] {
  const points = choice
    ? pointsMatching(indicator, areaId, choice)
    : headlineSeries(indicator).filter((p) => p.area === areaId);
  return [...points].sort((a, b) => comparePeriods(period(a.period), period(b.period)));
}

/**
 * Benchmark comparison and recent trend for the latest value of one area, for
 * the headline or one breakdown (then compared with the benchmark area's
 * value for the same breakdown).
 */
export function judgeArea(
  indicator: Indicator,
  areaId: string,
  areas: readonly Area[],
  choice?: BreakdownChoice,
): AreaJudgements {
  const points = seriesOf(indicator, areaId, choice);
  const latest = points.filter((p): p is Point & { value: number } => p.value !== null).at(-1);
  const benchmarkAreaId = benchmarkAreaOf(indicator, areas);
  const benchmarkPoint =
    latest && benchmarkAreaId !== undefined && benchmarkAreaId !== areaId
      ? seriesOf(indicator, benchmarkAreaId, choice).find((p) => p.period === latest.period)
      : undefined;
  return {
    areaId,
    latest: latest && { ...latest },
    benchmarkAreaId,
    benchmark: compareWith(indicator, latest, benchmarkPoint),
    trend: judgeTrend(points, indicator.polarity, indicator.unit),
  };
}

/**
 * Progress towards a target for its area, on the series it names (a
 * breakdown, or a gap: a gap is better narrower), or not-enough-data when the
 * baseline cannot be found.
 */
export function judgeTargetProgress(indicator: Indicator, target: TargetLike, areaId: string): Progress {
  const resolved = resolveTarget(indicator, target, areaId);
  if (!resolved) return { key: 'not-enough-data' };
  const observations = sortedObservations(indicator, target, areaId);
  return judgeProgress(resolved, observations, target.gap ? 'lower-is-better' : indicator.polarity);
}

/** The areas of one type that have values in the series, when there are at least `min` of them (ward breakdowns). */
export function breakdownAreas(
  indicator: Indicator,
  areas: readonly Area[],
  type: AreaType = 'ward',
  min = 3,
): { period: string; areas: Area[] } | undefined {
  const ofType = new Set(areas.filter((a) => a.type === type).map((a) => a.id));
  const headline = headlineSeries(indicator);
  const ids = [...new Set(headline.filter((p) => ofType.has(p.area)).map((p) => p.area))];
  if (ids.length < min) return undefined;
  // The latest period that any of them has a point for.
  const periods = headline.filter((p) => ofType.has(p.area)).map((p) => p.period);
  const latest = periods.sort((a, b) => comparePeriods(period(a), period(b))).at(-1);
  if (latest === undefined) return undefined;
  const byId = new Map(areas.map((a) => [a.id, a]));
  return { period: latest, areas: ids.flatMap((id) => byId.get(id) ?? []) };
}
