/**
 * The series a Target follows, in words and figures, for every place that
 * shows a target: the indicator page, the dashboard, the area page and the
 * <Target> in a strategy's text. A target may be about the headline, one
 * breakdown ("Male", "Most deprived decile") or the gap between two
 * categories; its figures are then that breakdown's, or the gap's, and a gap
 * is written as a difference ("4.2 percentage points"), never as a
 * percentage.
 */

import { headlineOf, targetObservations } from '../contract/breakdowns.ts';
import type { Indicator } from '../contract/schemas.ts';
import { formatIndicatorValue } from '../contract/series.ts';
import { formatValue } from '../core/numbers.ts';
import { comparePeriods, period } from '../core/periods.ts';
import { SEX_WORDS } from '../core/vocabulary.ts';
import type { TargetLike } from './assess.ts';
import { differenceWords } from './breakdowns.ts';
import type { Observation } from './judgements.ts';

type Named = Pick<TargetLike, 'breakdown' | 'gap'>;

/** What the target is about, when it is not the headline: "Male", "Most deprived decile", "the gap between A and B". */
export function targetSeriesWords(indicator: Indicator, target: Named): string | undefined {
  const h = headlineOf(indicator);
  const b = target.breakdown;
  // The headline's own sex or age band, named again, adds nothing.
  const parts = [
    b?.sex !== undefined && b.sex !== h.sex ? SEX_WORDS[b.sex] : undefined,
    b?.age !== undefined && b.age !== h.age ? b.age : undefined,
    b?.category,
  ].filter((part): part is string => part !== undefined);
  const group = parts.length > 0 ? parts.join(', ') : undefined;
  const gap = target.gap;
  if (gap) return `the gap between ${gap.between} and ${gap.and}${group ? ` (${group})` : ''}`;
  return group;
}

/** A number the author wrote (target, baseline) in the target's terms: a gap as a difference, else the indicator's unit as written. */
export function targetAmount(indicator: Indicator, target: Named, value: number): string {
  return target.gap ? differenceWords(value, indicator.unit) : formatValue(value, indicator.unit);
}

/** A figure from the data in the target's terms: a gap as a difference, else the indicator's unit to its decimals. */
export function observedAmount(indicator: Indicator, target: Named, value: number): string {
  return target.gap
    ? differenceWords(value, indicator.unit, indicator.decimals)
    : formatIndicatorValue(indicator, value);
}

/** The target's series for an area, oldest first: a breakdown's values, the gap in each period, or the headline. */
export function targetSeries(indicator: Indicator, target: Named, areaId: string): Observation[] {
  return targetObservations(indicator, areaId, target).sort((a, b) =>
    comparePeriods(period(a.period), period(b.period)),
  );
}

/** The latest value of the target's series for an area. */
export function latestOfTarget(indicator: Indicator, target: Named, areaId: string): Observation | undefined {
  return targetSeries(indicator, target, areaId).at(-1);
}
