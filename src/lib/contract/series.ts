/**
 * Reading an indicator's series as the contract defines it: the values of an
 * area in period order, its latest and earliest values, the periods and areas
 * it covers. No judgement here (indicators/ judges); checks and pages share it.
 *
 * Each of these reads the headline series (breakdowns.ts): persons, the usual
 * age band, no category. Breakdowns are read with `pointsMatching` there.
 */

import { formatCell, formatValue } from '../core/numbers.ts';
import { comparePeriods, period } from '../core/periods.ts';
import { headlineSeries } from './breakdowns.ts';
import type { Indicator, Point } from './schemas.ts';

/** The most recent point with a value for an area, or undefined when there is none. */
export function latestPoint(indicator: Indicator, areaId: string): (Point & { value: number }) | undefined {
  let best: (Point & { value: number }) | undefined;
  for (const point of headlineSeries(indicator)) {
    if (point.area !== areaId || point.value === null) continue;
    if (!best || comparePeriods(period(point.period), period(best.period)) > 0) best = { ...point, value: point.value };
  }
  return best;
}

/** The oldest point with a value for an area: a target's baseline when it names no `since`. */
export function earliestPoint(indicator: Indicator, areaId: string): (Point & { value: number }) | undefined {
  let best: (Point & { value: number }) | undefined;
  for (const point of headlineSeries(indicator)) {
    if (point.area !== areaId || point.value === null) continue;
    if (!best || comparePeriods(period(point.period), period(best.period)) < 0) best = { ...point, value: point.value };
  }
  return best;
}

/** All periods in the series, oldest first. */
export function periodsOf(indicator: Indicator): string[] {
  const labels = [...new Set(headlineSeries(indicator).map((p) => p.period))];
  return labels.sort((a, b) => comparePeriods(period(a), period(b)));
}

/** The area a page shows first: the given preference, the indicator's default, else the first in the series. */
export function defaultAreaOf(indicator: Indicator, preferred?: string): string | undefined {
  const has = (id: string | undefined) => id !== undefined && headlineSeries(indicator).some((p) => p.area === id);
  if (has(preferred)) return preferred;
  if (has(indicator.defaultArea)) return indicator.defaultArea;
  return headlineSeries(indicator)[0]?.area;
}

/** The values of one area, oldest first, nulls kept (as gaps). */
export function pointsFor(indicator: Indicator, areaId: string): Point[] {
  return headlineSeries(indicator)
    .filter((p) => p.area === areaId)
    .sort((a, b) => comparePeriods(period(a.period), period(b.period)));
}

/** An indicator's values for one area, oldest first. */
export function seriesFor(indicator: Indicator, areaId: string) {
  return headlineSeries(indicator)
    .filter((p) => p.area === areaId)
    .map((p) => ({ ...p, span: period(p.period) }))
    .sort((a, b) => comparePeriods(a.span, b.span));
}

/** The areas an indicator has values for, in order of first appearance. */
export function areasIn(indicator: Indicator): string[] {
  return [...new Set(headlineSeries(indicator).map((p) => p.area))];
}

/** A value of this indicator as pages show it: in its unit, to its `decimals` when it names them ("9.2%", not "9.23290978%"). */
export function formatIndicatorValue(indicator: Pick<Indicator, 'unit' | 'decimals'>, value: number | null): string {
  return formatValue(value, indicator.unit, indicator.decimals);
}

/** The same in a table column whose header names the rate (core/numbers.ts cellHeader): "402.5", not "402.5 per 100,000". */
export function formatIndicatorCell(indicator: Pick<Indicator, 'unit' | 'decimals'>, value: number | null): string {
  return formatCell(value, indicator.unit, indicator.decimals);
}
