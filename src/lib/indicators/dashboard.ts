/**
 * A strategy version's dashboard: every Target and Measure, grouped by the
 * section (outcome, priority, ambition) that states it, each with its latest
 * value, progress (targets only), comparison with the benchmark, recent
 * trend and a sparkline, plus counts for the summary at the top.
 */

import { defaultAreaOf, pointsFor } from '../contract/series.ts';
import { sparklineSvg, sparklineText } from './charts/sparkline.ts';
import type { Strategy, Version } from '../contract/model.ts';
import type { Indicator, Point } from '../contract/schemas.ts';
import { benchmarkAreaOf, judgeArea, type AreaJudgements } from './assess.ts';
import { targetRowsOf, type TargetRow } from './view.ts';
import { PROGRESS_KEYS, PROGRESS_WORDS, type ProgressKey } from './judgements.ts';
import type { SiteModel } from '../contract/site-model.ts';

export interface DashboardRow {
  readonly kind: 'target' | 'measure';
  readonly indicator: Indicator;
  readonly areaId: string | undefined;
  readonly areaName: string;
  /** The author's sentence. */
  readonly text: string;
  readonly target: TargetRow | undefined;
  readonly judgements: AreaJudgements | undefined;
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
      rows.push(rowFor(site, indicator, row.areaId, 'target', row.target.text, row));
    }
    for (const m of section.measures) {
      const indicator = site.indicator(m.indicator);
      rows.push(rowFor(site, indicator, defaultAreaOf(indicator, strategy.area), 'measure', m.text, undefined));
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

function rowFor(
  site: SiteModel,
  indicator: Indicator,
  areaId: string | undefined,
  kind: DashboardRow['kind'],
  text: string,
  target: TargetRow | undefined,
): DashboardRow {
  const areas = site.content.areas;
  const points: Point[] = areaId ? pointsFor(indicator, areaId) : [];
  const benchmarkId = benchmarkAreaOf(indicator, areas);
  return {
    kind,
    indicator,
    areaId,
    areaName: areaId ? site.area(areaId).name : '',
    text,
    target,
    judgements: areaId ? judgeArea(indicator, areaId, areas) : undefined,
    benchmarkName: benchmarkId && areas.some((a) => a.id === benchmarkId) ? site.area(benchmarkId).name : undefined,
    sparkline: sparklineSvg(points),
    sparklineText: sparklineText(points, indicator.unit),
  };
}
