/**
 * What <Target> and <Measure> show inside a strategy's text: the figures a
 * target promises, its progress and the latest value; a measure's latest
 * value and recent trend. The MDX components only draw these.
 *
 * Neither has a route to pass it props (Astro renders them inside the
 * author's MDX), so each takes the site and the strategy's area from the
 * page that renders the MDX (Astro.locals, see src/env.d.ts).
 */

import { defaultAreaOf, latestPoint, pointsFor } from '../contract/series.ts';
import type { SiteModel } from '../contract/site-model.ts';
import { formatValue } from '../core/numbers.ts';
import { paths } from '../core/urls.ts';
import { judgeTargetProgress, type TargetLike } from './assess.ts';
import { judgeTrend, trendPeriods, type ProgressKey, type TrendKey } from './judgements.ts';

export interface IndicatorLink {
  readonly title: string;
  /** The indicator's page, a site path. */
  readonly path: string;
}

export interface TargetView {
  /** "20% by 2028". */
  readonly target: string;
  /** "22.3% in 2021/22", when the author gave a baseline. */
  readonly startingPoint: string | undefined;
  /** Progress towards it, when there is an area to judge. */
  readonly progress: ProgressKey | undefined;
  /** "21.4% in 2023/24 (Kent)", or "No data yet". */
  readonly latest: string;
  readonly indicator: IndicatorLink;
}

/** The target's area: its own, else the strategy's, else the indicator's default. */
export function targetView(site: SiteModel, target: TargetLike, strategyArea: string | undefined): TargetView {
  const indicator = site.indicator(target.indicator);
  const u = indicator.unit;
  const areaId = target.area ?? strategyArea ?? indicator.defaultArea;
  const latest = areaId ? latestPoint(indicator, areaId) : undefined;
  const areaName = areaId ? site.area(areaId).name : undefined;
  return {
    target: `${formatValue(target.value, u)} by ${target.by}`,
    startingPoint:
      target.baseline === undefined
        ? undefined
        : `${formatValue(target.baseline, u)}${target.since ? ` in ${target.since}` : ''}`,
    progress: areaId ? judgeTargetProgress(indicator, target, areaId).key : undefined,
    latest:
      (latest ? `${formatValue(latest.value, u)} in ${latest.period}` : 'No data yet') +
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
  const trend = latest && areaId ? judgeTrend(pointsFor(indicator, areaId), indicator.polarity) : undefined;
  return {
    latest:
      latest && areaId
        ? `Latest for ${site.area(areaId).name}: ${formatValue(latest.value, indicator.unit)} in ${latest.period}. `
        : 'No figures yet. ',
    trend: trend?.key,
    trendPeriods: trend && trendPeriods(trend),
    indicator: { title: indicator.title, path: paths.indicator(indicator.id) },
  };
}
