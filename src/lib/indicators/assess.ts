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
import { earliestPoint, latestPoint, pointsFor } from '../contract/series.ts';
import type { AreaType } from '../core/vocabulary.ts';

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
