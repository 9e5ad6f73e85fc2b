/**
 * What <Target> and <Measure> show inside a strategy's text: the figures a
 * target promises, its progress and the latest value; a measure's latest
 * value and recent trend. The MDX components only draw these.
 *
 * Neither has a route to pass it props (Astro renders them inside the
 * author's MDX), so each takes the site and the strategy's area from the
 * page that renders the MDX (Astro.locals, see src/env.d.ts).
 */

import { targetSeriesChoice, type TargetSeriesAttributes } from '../contract/breakdowns.ts';
import { defaultAreaOf, formatIndicatorValue, latestPoint, pointsFor } from '../contract/series.ts';
import type { SiteModel } from '../contract/site-model.ts';
import { paths } from '../core/urls.ts';
import { judgeTargetProgress, type TargetLike } from './assess.ts';
import { judgeTrend, trendPeriods, type ProgressKey, type TrendKey } from './judgements.ts';
import { latestOfTarget, observedAmount, targetAmount, targetSeriesWords } from './target-series.ts';

export interface IndicatorLink {
  readonly title: string;
  /** The indicator's page, a site path. */
  readonly path: string;
}

export interface TargetView {
  /** What the target is about when it is not the headline: "Male", "the gap between A and B". */
  readonly series: string | undefined;
  /** "20% by 2028"; for a gap, "10 percentage points by 2028". */
  readonly target: string;
  /** "22.3% in 2021/22", when the author gave a baseline. */
  readonly startingPoint: string | undefined;
  /** Progress towards it, on the series it names, when there is an area to judge. */
  readonly progress: ProgressKey | undefined;
  /** The named series' latest figure: "21.4% in 2023/24 (Kent)", or "No data yet". */
  readonly latest: string;
  readonly indicator: IndicatorLink;
}

/** A <Target>'s props as the MDX gives them: the figures, and the attributes that name a breakdown or a gap. */
export type TargetProps = Omit<TargetLike, 'breakdown' | 'gap'> & TargetSeriesAttributes;

/** The target's area: its own, else the strategy's, else the indicator's default. */
export function targetView(site: SiteModel, props: TargetProps, strategyArea: string | undefined): TargetView {
  const target: TargetLike = { ...props, ...targetSeriesChoice(props) };
  const indicator = site.indicator(target.indicator);
  const areaId = target.area ?? strategyArea ?? indicator.defaultArea;
  const latest = areaId ? latestOfTarget(indicator, target, areaId) : undefined;
  const areaName = areaId ? site.area(areaId).name : undefined;
  const series = targetSeriesWords(indicator, target);
  return {
    series: series && series.charAt(0).toUpperCase() + series.slice(1),
    target: `${targetAmount(indicator, target, target.value)} by ${target.by}`,
    startingPoint:
      target.baseline === undefined
        ? undefined
        : `${targetAmount(indicator, target, target.baseline)}${target.since ? ` in ${target.since}` : ''}`,
    progress: areaId ? judgeTargetProgress(indicator, target, areaId).key : undefined,
    latest:
      (latest ? `${observedAmount(indicator, target, latest.value)} in ${latest.period}` : 'No data yet') +
      (areaName ? ` (${areaName})` : ''),
    indicator: { title: indicator.title, path: paths.indicator(indicator.id) },
  };
}

export interface MeasureView {
  /** "Latest for Kent: 21.4% in 2023/24. ", or "No figures yet. " (the space keeps it apart from what follows). */
  readonly latest: string;
  /** The recent trend, when there is a latest value. */
  readonly trend: TrendKey | undefined;
  /** The periods the trend covers: "from 2019/20 to 2023/24". */
  readonly trendPeriods: string | undefined;
  readonly indicator: IndicatorLink;
}

/** The strategy's area when the indicator has figures for it, else the indicator's own default. */
export function measureView(site: SiteModel, indicatorId: string, strategyArea: string | undefined): MeasureView {
  const indicator = site.indicator(indicatorId);
  const areaId = defaultAreaOf(indicator, strategyArea);
  const latest = areaId ? latestPoint(indicator, areaId) : undefined;
  // The unit too: a percentage with counts is tested on its counts, as on the indicator's page.
  const trend =
    latest && areaId ? judgeTrend(pointsFor(indicator, areaId), indicator.polarity, indicator.unit) : undefined;
  return {
    latest:
      latest && areaId
        ? `Latest for ${site.area(areaId).name}: ${formatIndicatorValue(indicator, latest.value)} in ${latest.period}. `
        : 'No figures yet. ',
    trend: trend?.key,
    trendPeriods: trend && trendPeriods(trend),
    indicator: { title: indicator.title, path: paths.indicator(indicator.id) },
  };
}
