/**
 * A strategy version's dashboard: every Target and Measure, grouped by the
 * section (outcome, priority, ambition) that states it, each with its latest
 * value, progress (targets only), comparison with the benchmark, recent
 * trend and a sparkline, plus counts for the summary at the top. A target on
 * a breakdown shows that breakdown's figures and judgements; a target on a
 * gap shows the gap, which has no benchmark or trend of its own.
 */

import { defaultAreaOf, pointsFor } from '../contract/series.ts';
import { sparklineSvg, sparklineText } from './charts/sparkline.ts';
import type { Strategy, Version } from '../contract/model.ts';
import type { Indicator, Point } from '../contract/schemas.ts';
import { benchmarkAreaOf, judgeArea, seriesOf, type AreaJudgements } from './assess.ts';
import { targetRowsOf, type TargetRow } from './view.ts';
import { PROGRESS_KEYS, PROGRESS_WORDS, type Observation, type ProgressKey } from './judgements.ts';
import type { SiteModel } from '../contract/site-model.ts';
import { targetSeries, targetSeriesWords } from './target-series.ts';

export interface DashboardRow {
  readonly kind: 'target' | 'measure';
  readonly indicator: Indicator;
  readonly areaId: string | undefined;
  readonly areaName: string;
  /** The author's sentence. */
  readonly text: string;
  readonly target: TargetRow | undefined;
  /** What a target on a breakdown or gap follows, in words ("the gap between A and B"); undefined: the headline. */
  readonly series: string | undefined;
  /** Judgements of the series shown: the headline's, or the breakdown's; undefined for a gap. */
  readonly judgements: AreaJudgements | undefined;
  /** A gap's latest value (the difference), since a gap has no judgements of its own. */
  readonly gapLatest: Observation | undefined;
  readonly benchmarkName: string | undefined;
  readonly sparkline: string;
  readonly sparklineText: string;
}

export interface DashboardGroup {
  readonly sectionId: string;
  readonly title: string;
  readonly rows: readonly DashboardRow[];
}

export interface Dashboard {
  readonly strategy: Strategy;
  readonly version: Version;
  readonly groups: readonly DashboardGroup[];
  readonly targets: number;
  readonly measures: number;
  /** Targets by progress, in the order of the status table, only keys that occur. */
  readonly progressCounts: readonly { readonly key: ProgressKey; readonly count: number }[];
  /** "6 on track, 3 behind, 1 not improving". */
  readonly progressSentence: string;
}

export function dashboardOf(site: SiteModel, strategy: Strategy, version: Version): Dashboard {
  const targetRows = targetRowsOf(site, strategy, version);
  const groups: DashboardGroup[] = [];
  let measures = 0;
  for (const section of version.sections) {
    const rows: DashboardRow[] = [];
    for (const row of targetRows.filter((r) => r.sectionId === section.id)) {
      const indicator = site.indicator(row.target.indicator);
      rows.push(dashboardRow(site, indicator, row.areaId, 'target', row.target.text, row));
    }
    for (const m of section.measures) {
      const indicator = site.indicator(m.indicator);
      rows.push(dashboardRow(site, indicator, defaultAreaOf(indicator, strategy.area), 'measure', m.text, undefined));
      measures += 1;
    }
    if (rows.length > 0) groups.push({ sectionId: section.id, title: section.title, rows });
  }
  const progressCounts = PROGRESS_KEYS.map((key) => ({
    key,
    count: targetRows.filter((r) => r.progress.key === key).length,
  })).filter((c) => c.count > 0);
  const progressSentence = progressCounts.map((c) => `${c.count} ${PROGRESS_WORDS[c.key].toLowerCase()}`).join(', ');
  return { strategy, version, groups, targets: targetRows.length, measures, progressCounts, progressSentence };
}

/** One row: a target (judged on the series it names) or a measure, for one area; area pages build theirs with it too. */
export function dashboardRow(
  site: SiteModel,
  indicator: Indicator,
  areaId: string | undefined,
  kind: DashboardRow['kind'],
  text: string,
  target: TargetRow | undefined,
): DashboardRow {
  const areas = site.content.areas;
  const benchmarkId = benchmarkAreaOf(indicator, areas);
  const breakdown = target?.target.breakdown;
  const gap = target?.target.gap;
  const gapSeries = gap && areaId ? targetSeries(indicator, target.target, areaId) : undefined;
  // A gap is drawn as its differences; a breakdown as its own values.
  const points: Point[] = !areaId
    ? []
    : gapSeries
      ? gapSeries.map((o) => ({ period: o.period, area: areaId, value: o.value }))
      : breakdown
        ? seriesOf(indicator, areaId, breakdown)
        : pointsFor(indicator, areaId);
  return {
    kind,
    indicator,
    areaId,
    areaName: areaId ? site.area(areaId).name : '',
    text,
    target,
    series: target && targetSeriesWords(indicator, target.target),
    judgements: areaId && !gap ? judgeArea(indicator, areaId, areas, breakdown) : undefined,
    gapLatest: gapSeries?.at(-1),
    benchmarkName: benchmarkId && areas.some((a) => a.id === benchmarkId) ? site.area(benchmarkId).name : undefined,
    sparkline: sparklineSvg(points),
    sparklineText: sparklineText(points, gap ? 'count' : indicator.unit, indicator.decimals),
  };
}
