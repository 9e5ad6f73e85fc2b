/**
 * Questions about one indicator's values. (Judgements, trends and summaries
 * grow here with the indicators issue.)
 */

import type { Indicator, Point } from './contract/schemas.ts';
import { comparePeriods, period } from './periods.ts';

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
