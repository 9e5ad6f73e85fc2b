/**
 * Questions about one indicator's values: latest and earliest points, the
 * benchmark area, a target's resolved baseline, and the judgements
 * (judgements.ts) for an area, as pages and the dashboard need them.
 */

import type { Area, Indicator, Point } from './contract/schemas.ts';
import {
  judgeBenchmark,
  judgeProgress,
  judgeTrend,
  type Benchmarked,
  type Progress,
  type ResolvedTarget,
  type Trend,
} from './judgements.ts';
import { comparePeriods, period } from './periods.ts';
import type { AreaType } from './vocabulary.ts';

/** The most recent point with a value for an area, or undefined when there is none. */
export function latestPoint(indicator: Indicator, areaId: string): (Point & { value: number }) | undefined {
  let best: (Point & { value: number }) | undefined;
  for (const point of indicator.series) {
    if (point.area !== areaId || point.value === null) continue;
    if (!best || comparePeriods(period(point.period), period(best.period)) > 0) best = { ...point, value: point.value };
  }
  return best;
}

/** The oldest point with a value for an area: a target's baseline when it names no `since`. */
export function earliestPoint(indicator: Indicator, areaId: string): (Point & { value: number }) | undefined {
  let best: (Point & { value: number }) | undefined;
  for (const point of indicator.series) {
    if (point.area !== areaId || point.value === null) continue;
    if (!best || comparePeriods(period(point.period), period(best.period)) < 0) best = { ...point, value: point.value };
  }
  return best;
}

/** All periods in the series, oldest first. */
export function periodsOf(indicator: Indicator): string[] {
  const labels = [...new Set(indicator.series.map((p) => p.period))];
  return labels.sort((a, b) => comparePeriods(period(a), period(b)));
}

/** The area a page shows first: the given preference, the indicator's default, else the first in the series. */
export function defaultAreaOf(indicator: Indicator, preferred?: string): string | undefined {
  const has = (id: string | undefined) => id !== undefined && indicator.series.some((p) => p.area === id);
  if (has(preferred)) return preferred;
  if (has(indicator.defaultArea)) return indicator.defaultArea;
  return indicator.series[0]?.area;
}

// ------------------------------------------------------------------ judgements for pages

/** The benchmark area: the indicator's `benchmark`, else the one area of type country (undefined when none). */
export function benchmarkAreaOf(indicator: Indicator, areas: readonly Area[]): string | undefined {
  if (indicator.benchmark !== undefined) return indicator.benchmark;
  const countries = areas.filter((a) => a.type === 'country');
  return countries.length === 1 ? countries[0]?.id : undefined;
}

/** A target's baseline and `since`, filled in from the data when the author left them out. */
export function resolveTarget(indicator: Indicator, target: TargetLike, areaId: string): ResolvedTarget | undefined {
  const since = target.since ?? earliestPoint(indicator, areaId)?.period;
  if (since === undefined) return undefined;
  const baseline =
    target.baseline ?? indicator.series.find((p) => p.area === areaId && p.period === since)?.value ?? undefined;
  if (baseline === undefined || baseline === null) return undefined;
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
}

/** The values of one area, oldest first, nulls kept (as gaps). */
export function pointsFor(indicator: Indicator, areaId: string): Point[] {
  return indicator.series
    .filter((p) => p.area === areaId)
    .sort((a, b) => comparePeriods(period(a.period), period(b.period)));
}

export interface AreaJudgements {
  readonly areaId: string;
  readonly latest: (Point & { value: number }) | undefined;
  readonly benchmarkAreaId: string | undefined;
  readonly benchmark: Benchmarked;
  readonly trend: Trend;
}

/** Benchmark comparison and recent trend for the latest value of one area. */
export function judgeArea(indicator: Indicator, areaId: string, areas: readonly Area[]): AreaJudgements {
  const latest = latestPoint(indicator, areaId);
  const benchmarkAreaId = benchmarkAreaOf(indicator, areas);
  const benchmarkPoint =
    latest && benchmarkAreaId !== undefined && benchmarkAreaId !== areaId
      ? indicator.series.find((p) => p.area === benchmarkAreaId && p.period === latest.period)
      : undefined;
  return {
    areaId,
    latest,
    benchmarkAreaId,
    benchmark: judgeBenchmark(latest, benchmarkPoint, indicator.polarity),
    trend: judgeTrend(pointsFor(indicator, areaId), indicator.polarity),
  };
}

/** Progress towards a target for its area, or not-enough-data when the baseline cannot be found. */
export function judgeTargetProgress(indicator: Indicator, target: TargetLike, areaId: string): Progress {
  const resolved = resolveTarget(indicator, target, areaId);
  if (!resolved) return { key: 'not-enough-data' };
  const observations = pointsFor(indicator, areaId).flatMap((p) =>
    p.value === null ? [] : [{ period: p.period, value: p.value }],
  );
  return judgeProgress(resolved, observations, indicator.polarity);
}

/** The areas of one type that have values in the series, when there are at least `min` of them (ward breakdowns). */
export function breakdownAreas(
  indicator: Indicator,
  areas: readonly Area[],
  type: AreaType = 'ward',
  min = 3,
): { period: string; areas: Area[] } | undefined {
  const ofType = new Set(areas.filter((a) => a.type === type).map((a) => a.id));
  const ids = [...new Set(indicator.series.filter((p) => ofType.has(p.area)).map((p) => p.area))];
  if (ids.length < min) return undefined;
  // The latest period that any of them has a point for.
  const periods = indicator.series.filter((p) => ofType.has(p.area)).map((p) => p.period);
  const latest = periods.sort((a, b) => comparePeriods(period(a), period(b))).at(-1);
  if (latest === undefined) return undefined;
  const byId = new Map(areas.map((a) => [a.id, a]));
  return { period: latest, areas: ids.flatMap((id) => byId.get(id) ?? []) };
}
