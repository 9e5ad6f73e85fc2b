/**
 * What an indicator page shows, decided here so that the page only renders:
 * which area leads, which target is drawn, the judgements, the message in
 * the title, the text summary of each chart, the charts' specs, and the
 * downloads. Also used by the dashboard for the same words.
 */

import { defaultAreaOf, formatIndicatorValue, pointsFor } from '../contract/series.ts';
import { headlineSeries } from '../contract/breakdowns.ts';
import { areasSpec, sortBars, type AreaBar } from './charts/areas.ts';
import { trendSpec, type ChartSeries } from './charts/trend.ts';
import type { TopLevelSpec } from './charts/render.ts';
import type { Strategy, TargetUse, Version } from '../contract/model.ts';
import type { Indicator, Point } from '../contract/schemas.ts';
import {
  benchmarkAreaOf,
  breakdownAreas,
  judgeArea,
  judgeTargetProgress,
  resolveTarget,
  type AreaJudgements,
} from './assess.ts';
import { BENCHMARK_WORDS, TREND_WORDS, trendPeriods, type Progress, type ResolvedTarget } from './judgements.ts';
import { formatValue, unitLabel } from '../core/numbers.ts';
import { downloadFiles, type DownloadFile } from './downloads.ts';
import { breakdownSections } from './breakdown-sections.ts';
import { currentVersion, type SiteModel } from '../contract/site-model.ts';

export interface TargetRow {
  readonly strategy: Strategy;
  readonly version: Version;
  readonly sectionId: string;
  readonly sectionTitle: string;
  readonly target: TargetUse;
  readonly areaId: string;
  readonly resolved: ResolvedTarget | undefined;
  readonly progress: Progress;
}

export interface Gap {
  readonly areaName: string;
  readonly period: string;
  readonly note: string;
}

export interface IndicatorView {
  readonly indicator: Indicator;
  /** The area the view is for: the lead area, or the one a page for one area asks for. */
  readonly areaId: string | undefined;
  readonly areaName: string;
  /** The area /indicators/<id>/ leads with; other areas have pages of their own. */
  readonly leadAreaId: string | undefined;
  readonly benchmarkName: string | undefined;
  readonly judgements: AreaJudgements | undefined;
  /**
   * Targets set for this indicator in the current version of each strategy:
   * all of them on the lead area's page, those for the area on another's.
   */
  readonly targets: readonly TargetRow[];
  /** The target drawn on the trend chart: the first for the chart's area about the headline (not a breakdown or gap). */
  readonly chartTarget: TargetRow | undefined;
  /** The message: what the figures say, in one sentence. */
  readonly headline: string;
  /** The charts: `spec` the wide layout (also the SVG download), `narrowSpec` the phone's (charts/trend.ts ChartLayout). */
  readonly trend:
    | {
        readonly spec: TopLevelSpec;
        readonly narrowSpec: TopLevelSpec;
        readonly summary: string;
        readonly series: readonly ChartSeries[];
      }
    | undefined;
  readonly breakdown:
    | {
        readonly period: string;
        readonly spec: TopLevelSpec;
        readonly narrowSpec: TopLevelSpec;
        readonly summary: string;
        readonly bars: readonly AreaBar[];
      }
    | undefined;
  /** Values that are missing, with why. */
  readonly gaps: readonly Gap[];
}

/**
 * Every site's current targets by indicator, worked out once per site: an
 * indicator page asks for its own, and there can be hundreds of pages.
 */
const targetsByIndicator = new WeakMap<SiteModel, Map<string, TargetRow[]>>();

/** Every target for an indicator in the current version of every strategy. */
export function targetsFor(site: SiteModel, indicator: Indicator): TargetRow[] {
  let byIndicator = targetsByIndicator.get(site);
  if (!byIndicator) {
    byIndicator = new Map();
    for (const strategy of site.content.strategies) {
      for (const row of targetRowsOf(site, strategy, currentVersion(strategy))) {
        const list = byIndicator.get(row.target.indicator) ?? [];
        list.push(row);
        byIndicator.set(row.target.indicator, list);
      }
    }
    targetsByIndicator.set(site, byIndicator);
  }
  return [...(byIndicator.get(indicator.id) ?? [])];
}

/** Each version's target rows, worked out once (the version page, dashboards and indicator pages all ask). */
const rowsByVersion = new WeakMap<Version, TargetRow[]>();

/** The targets of one version, each with its area, resolved baseline and progress. */
export function targetRowsOf(site: SiteModel, strategy: Strategy, version: Version): TargetRow[] {
  const cached = rowsByVersion.get(version);
  if (cached) return [...cached];
  const rows = computeTargetRows(site, strategy, version);
  rowsByVersion.set(version, rows);
  return [...rows];
}

function computeTargetRows(site: SiteModel, strategy: Strategy, version: Version): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const section of version.sections) {
    for (const target of section.targets) {
      const indicator = site.indicator(target.indicator);
      const areaId = target.area ?? strategy.area ?? defaultAreaOf(indicator);
      if (areaId === undefined) continue;
      rows.push({
        strategy,
        version,
        sectionId: section.id,
        sectionTitle: section.title,
        target,
        areaId,
        resolved: resolveTarget(indicator, target, areaId),
        progress: judgeTargetProgress(indicator, target, areaId),
      });
    }
  }
  return rows;
}

/** The area a page leads with: a target's area, else the first strategy's area that has data, else the indicator's default. */
export function leadAreaOf(site: SiteModel, indicator: Indicator, targets: readonly TargetRow[]): string | undefined {
  const withData = (id: string | undefined) => id !== undefined && indicator.series.some((p) => p.area === id);
  const fromTarget = targets.find((t) => withData(t.areaId))?.areaId;
  if (fromTarget) return fromTarget;
  const fromUse = site.usesOf(indicator.id).find((u) => withData(u.strategy.area))?.strategy.area;
  return defaultAreaOf(indicator, fromUse);
}

const lower = (word: string) => word.charAt(0).toLowerCase() + word.slice(1);

/** "down from 22.3% in 2021/22 to 21.4% in 2023/24" and the like. */
export function changePhrase(indicator: Indicator, from: Point | undefined, to: Point | undefined): string {
  const f = (value: number | null) => formatIndicatorValue(indicator, value);
  if (!to || to.value === null) return 'no figures yet';
  if (!from || from.value === null || from.period === to.period) return `${f(to.value)} in ${to.period}`;
  // Compared as shown, so that the words never say "down" between two figures the page shows as equal.
  const [a, b] = [f(from.value), f(to.value)];
  if (a !== b && to.value < from.value) return `down from ${a} in ${from.period} to ${b} in ${to.period}`;
  if (a !== b && to.value > from.value) return `up from ${a} in ${from.period} to ${b} in ${to.period}`;
  return `${b} in ${to.period}, the same as in ${from.period}`;
}

/** Whether a target is about the headline series (not a breakdown or a gap): only those are drawn on the trend chart. */
export function isHeadlineTarget(row: TargetRow): boolean {
  return row.target.breakdown === undefined && row.target.gap === undefined;
}

function progressClause(indicator: Indicator, row: TargetRow): string {
  const r = row.resolved;
  if (!r) return '';
  const goal = `the ${r.by} target of ${formatValue(r.value, indicator.unit)}`;
  switch (row.progress.key) {
    case 'achieved':
      return `${goal} has been reached`;
    case 'on-track':
      return `on track for ${goal}`;
    case 'behind':
      return `but not fast enough to reach ${goal}`;
    case 'not-improving':
      return `no better than in ${r.since}, so not on course for ${goal}`;
    case 'not-enough-data':
      return `no figures yet since ${r.since} to judge progress towards ${goal}`;
  }
}

/**
 * The last few views asked for, by site, indicator and area: a page and each
 * of its downloads ask one after another. Only a few, so that memory does not
 * grow with the number of indicators and areas (a view holds its charts'
 * data); a view asked for again later is worked out again, the same.
 */
const views = new WeakMap<SiteModel, Map<string, IndicatorView>>();
const RECENT_VIEWS = 4;

/**
 * What the indicator's page shows: for the area it leads with, or, given
 * `areaId`, for that area (its page /indicators/<id>/areas/<area>/).
 */
export function indicatorView(site: SiteModel, indicator: Indicator, areaId?: string): IndicatorView {
  let bySite = views.get(site);
  if (!bySite) {
    bySite = new Map();
    views.set(site, bySite);
  }
  const key = `${indicator.id}\u0000${areaId ?? ''}`;
  let view = bySite.get(key);
  if (view) {
    // Most recently used last.
    bySite.delete(key);
  } else {
    view = computeIndicatorView(site, indicator, areaId);
  }
  bySite.set(key, view);
  if (bySite.size > RECENT_VIEWS) bySite.delete(bySite.keys().next().value as string);
  return view;
}

/**
 * Every chart the indicator pages draw, wide and narrow: what the build
 * draws ahead on its worker threads (charts/render-service.ts). Each
 * indicator's own page, for the area it leads with: its trend, its areas
 * (wards) chart and the chart of each of its breakdowns. The pages for one
 * of the other areas (/indicators/<id>/areas/<area>/) draw their trend and
 * breakdown charts when the page asks, on the workers, into the cache: they
 * are not listed, so that listing does not work out a view for every area of
 * every indicator. Views are worked out afresh and let go, so that listing
 * them all does not hold them all.
 */
export function* indicatorChartSpecs(site: SiteModel): Generator<TopLevelSpec> {
  for (const indicator of site.content.indicators) {
    const view = computeIndicatorView(site, indicator, undefined);
    const sections = view.areaId ? breakdownSections(indicator, view.areaId, view.areaName, view.targets) : [];
    for (const chart of [view.trend, view.breakdown, ...sections.map((s) => s.chart)]) {
      if (!chart) continue;
      yield chart.spec;
      yield chart.narrowSpec;
    }
  }
}

function computeIndicatorView(site: SiteModel, indicator: Indicator, requestedArea: string | undefined): IndicatorView {
  const areas = site.content.areas;
  const allTargets = targetsFor(site, indicator);
  const leadAreaId = leadAreaOf(site, indicator, allTargets);
  const areaId = requestedArea ?? leadAreaId;
  const isLead = areaId === leadAreaId;
  const targets = isLead ? allTargets : allTargets.filter((t) => t.areaId === areaId);
  const areaName = areaId ? site.area(areaId).name : '';
  const benchmarkId = benchmarkAreaOf(indicator, areas);
  const benchmarkName =
    benchmarkId !== undefined && areas.some((a) => a.id === benchmarkId) ? site.area(benchmarkId).name : undefined;
  const judgements = areaId ? judgeArea(indicator, areaId, areas) : undefined;
  const chartTarget = targets.find((t) => t.areaId === areaId && t.resolved && isHeadlineTarget(t));

  // The message.
  const mainPoints = areaId ? pointsFor(indicator, areaId) : [];
  const valued = mainPoints.filter((p) => p.value !== null);
  const from = chartTarget?.resolved
    ? (valued.find((p) => p.period === chartTarget.resolved?.since) ?? valued[0])
    : valued[0];
  let headline = `${indicator.title}${areaName ? ` in ${areaName}` : ''}: ${changePhrase(indicator, from, judgements?.latest)}`;
  if (chartTarget) headline += `, ${progressClause(indicator, chartTarget)}`;
  else if (judgements && benchmarkName) {
    const b = judgements.benchmark.key;
    if (b === 'similar') headline += `, similar to ${benchmarkName}`;
    else if (b !== 'not-compared') headline += `, ${lower(BENCHMARK_WORDS[b])} than ${benchmarkName}`;
  }

  // Gaps, with their notes.
  const gaps: Gap[] = headlineSeries(indicator)
    .filter((p) => p.value === null)
    .map((p) => ({
      areaName: areas.find((a) => a.id === p.area)?.name ?? p.area,
      period: p.period,
      note: p.note ?? '',
    }));

  // The trend chart: the lead area, the benchmark, then comparators with data.
  let trend: IndicatorView['trend'];
  if (areaId && valued.length > 0) {
    const series: ChartSeries[] = [{ name: areaName, role: 'main', points: mainPoints }];
    if (benchmarkId && benchmarkId !== areaId && benchmarkName) {
      const points = pointsFor(indicator, benchmarkId);
      if (points.length > 0) series.push({ name: benchmarkName, role: 'benchmark', points });
    }
    for (const id of indicator.comparators) {
      if (id === areaId || id === benchmarkId || series.length >= 5) continue;
      const points = pointsFor(indicator, id);
      if (points.length > 0) series.push({ name: site.area(id).name, role: 'comparator', points });
    }
    const target = chartTarget?.resolved;
    const input = {
      unit: indicator.unit,
      decimals: indicator.decimals,
      series,
      target,
      yTitle: unitLabel(indicator.unit),
    };
    trend = {
      spec: trendSpec(input),
      narrowSpec: trendSpec(input, 'narrow'),
      series,
      summary: trendSummary(indicator, series, target, judgements, benchmarkName),
    };
  }

  // The area breakdown (wards): the whole indicator's, so only on the page it leads with.
  let breakdown: IndicatorView['breakdown'];
  const split = isLead ? breakdownAreas(indicator, areas) : undefined;
  if (split) {
    const bars = sortBars(
      split.areas.flatMap((a) => {
        const point = headlineSeries(indicator).find((p) => p.area === a.id && p.period === split.period);
        return point ? [{ name: a.name, point }] : [];
      }),
    );
    const benchPoint = benchmarkId
      ? headlineSeries(indicator).find((p) => p.area === benchmarkId && p.period === split.period)
      : undefined;
    const benchmark =
      benchPoint && benchPoint.value !== null && benchmarkName
        ? { name: benchmarkName, value: benchPoint.value }
        : undefined;
    const input = {
      unit: indicator.unit,
      decimals: indicator.decimals,
      bars,
      benchmark,
      xTitle: unitLabel(indicator.unit),
    };
    breakdown = {
      period: split.period,
      bars,
      spec: areasSpec(input),
      narrowSpec: areasSpec(input, 'narrow'),
      summary: areasSummary(indicator, bars, benchmark, split.period),
    };
  }

  return {
    indicator,
    areaId,
    areaName,
    leadAreaId,
    benchmarkName,
    judgements,
    targets,
    chartTarget,
    headline,
    trend,
    breakdown,
    gaps,
  };
}

function trendSummary(
  indicator: Indicator,
  series: readonly ChartSeries[],
  target: ResolvedTarget | undefined,
  judgements: AreaJudgements | undefined,
  benchmarkName: string | undefined,
): string {
  const u = indicator.unit;
  const f = (value: number | null) => formatIndicatorValue(indicator, value);
  const main = series[0];
  if (!main) return '';
  const periods = main.points.map((p) => p.period);
  const others = series.slice(1).map((s) => s.name);
  const parts = [
    `The chart shows ${indicator.title.charAt(0).toLowerCase()}${indicator.title.slice(1)} for ${main.name} from ${periods[0]} to ${periods.at(-1)}` +
      (others.length > 0 ? `, with ${others.join(', ')} for comparison.` : '.'),
  ];
  if (main.points.some((p) => p.lower !== undefined))
    parts.push(`Vertical lines show the 95% confidence interval of each value for ${main.name}.`);
  if (target) {
    parts.push(
      `The diamond marks the target of ${formatValue(target.value, u)} by ${target.by}; the dotted line is the trajectory from ${formatValue(target.baseline, u)} in ${target.since}.`,
    );
  }
  const latest = judgements?.latest;
  if (latest && judgements) {
    const periods = trendPeriods(judgements.trend);
    let s = `The latest value is ${f(latest.value)} in ${latest.period}. Recent trend${periods ? ` (${periods})` : ''}: ${lower(TREND_WORDS[judgements.trend.key])}.`;
    if (benchmarkName) s += ` Compared with ${benchmarkName}: ${lower(BENCHMARK_WORDS[judgements.benchmark.key])}.`;
    parts.push(s);
  }
  const gaps = main.points.filter((p) => p.value === null);
  if (gaps.length > 0) {
    parts.push(
      `There is no value for ${gaps.map((g) => `${g.period} (${g.note ?? 'no note'})`).join(', ')}, so the line has a gap there.`,
    );
  }
  return parts.join(' ');
}

function areasSummary(
  indicator: Indicator,
  bars: readonly AreaBar[],
  benchmark: { name: string; value: number } | undefined,
  period: string,
): string {
  const f = (value: number | null) => formatIndicatorValue(indicator, value);
  const valued = bars.filter((b) => b.point.value !== null) as (AreaBar & { point: { value: number } })[];
  if (valued.length === 0) return `No area has a value for ${period}.`;
  const high = valued.reduce((a, b) => (b.point.value > a.point.value ? b : a));
  const low = valued.reduce((a, b) => (b.point.value < a.point.value ? b : a));
  let s = `${bars.length} areas in ${period}, highest first: the highest is ${high.name} at ${f(high.point.value)} and the lowest is ${low.name} at ${f(low.point.value)}.`;
  if (benchmark) {
    const above = valued.filter((b) => b.point.value > benchmark.value).length;
    s += ` ${above} of ${valued.length} are above ${benchmark.name} (${f(benchmark.value)}), shown as a dashed line.`;
  }
  const missing = bars.filter((b) => b.point.value === null);
  if (missing.length > 0)
    s += ` No value for ${missing.map((b) => `${b.name} (${b.point.note ?? 'no note'})`).join(', ')}.`;
  return s;
}

/** The chart titles, shared by the page and the SVG downloads. */
export function chartTitles(view: IndicatorView): { trend: string; areas: string } {
  const t = view.indicator.title;
  const periods = view.trend?.series[0]?.points.map((p) => p.period) ?? [];
  return {
    trend: `${t}, ${view.areaName}${periods.length > 0 ? `, ${periods[0]} to ${periods.at(-1)}` : ''}`,
    areas: `${t} by ward, ${view.breakdown?.period ?? ''}`,
  };
}

/** The files an indicator page links to (and the Vega specs its script loads). */
export function indicatorFiles(site: SiteModel, view: IndicatorView): DownloadFile[] {
  const titles = chartTitles(view);
  return downloadFiles(view.indicator, site.content.areas, {
    trend: view.trend && {
      spec: view.trend.spec,
      narrowSpec: view.trend.narrowSpec,
      title: titles.trend,
      summary: view.trend.summary,
    },
    areas: view.breakdown && {
      spec: view.breakdown.spec,
      narrowSpec: view.breakdown.narrowSpec,
      title: titles.areas,
      summary: view.breakdown.summary,
    },
  });
}
