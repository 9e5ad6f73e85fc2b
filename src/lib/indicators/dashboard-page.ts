/**
 * What a dashboard page shows (/strategies/<id>/dashboard/ and
 * /strategies/<id>/<version>/dashboard/), written out for the page to draw:
 * the counts in words, which benchmark names the comparison column, and each
 * row's figures. dashboard.ts decides the rows and judgements.
 */

import type { Strategy, Version } from '../contract/model.ts';
import { currentVersion, type SiteModel } from '../contract/site-model.ts';
import { formatIndicatorValue } from '../contract/series.ts';
import { observedAmount, targetAmount } from './target-series.ts';
import { plural } from '../core/text.ts';
import { paths } from '../core/urls.ts';
import { VERSION_STATUS_WORDS } from '../core/vocabulary.ts';
import { dashboardOf, type DashboardRow } from './dashboard.ts';
import { trendPeriods, type BenchmarkKey, type ProgressKey, type TrendKey } from './judgements.ts';

export interface DashboardRowView {
  readonly indicatorId: string;
  readonly kind: DashboardRow['kind'];
  readonly title: string;
  readonly path: string;
  /** The author's sentence. */
  readonly text: string;
  /** The latest value and its period; `area` when it is not the strategy's own area. */
  readonly latest: { readonly value: string; readonly period: string; readonly area: string | undefined } | undefined;
  /** "20% by 2028", and "from 22.3% in 2021/22" when the baseline is known. */
  readonly target:
    { readonly text: string; readonly from: string | undefined; readonly progress: ProgressKey } | undefined;
  readonly benchmark: BenchmarkKey | undefined;
  /** "compared with South East", when the row's benchmark is not the one the column names. */
  readonly benchmarkNote: string | undefined;
  /** "Compared with England": the row's own benchmark, for a card, where no column names it. */
  readonly benchmarkLabel: string;
  readonly trend: TrendKey | undefined;
  /** The periods the trend covers, "from 2019/20 to 2023/24": the sparkline's words cover every period. */
  readonly trendPeriods: string | undefined;
  /** Inline SVG, and what it shows in words. */
  readonly sparkline: string;
  readonly sparklineText: string;
}

export interface DashboardPage {
  readonly strategy: { readonly id: string; readonly title: string; readonly path: string };
  readonly title: string;
  readonly description: string;
  /**
   * The search index's facts (as a version page's): dashboards of other
   * versions are filtered out by default. Undefined for the current version's
   * dashboard at its versioned address, which repeats the strategy's own
   * dashboard page word for word, so that search finds it once.
   */
  readonly search:
    | {
        readonly kind: 'Dashboard';
        readonly strategy: string;
        readonly current: boolean;
        readonly status: string;
      }
    | undefined;
  readonly versionId: string;
  /** "Version 8.0 (adopted)." */
  readonly versionSentence: string;
  readonly versionPath: string;
  /** The version in force, when this dashboard is of another. */
  readonly current: { readonly id: string; readonly path: string } | undefined;
  /** Every version's dashboard, when there is more than one. */
  readonly versions: readonly { readonly id: string; readonly path: string; readonly here: boolean }[];
  /** "Figures are for Kent unless a row names another area." */
  readonly areaNote: string | undefined;
  /** "10 targets and 4 other measures." */
  readonly counts: string;
  /** "Targets: 6 on track, 3 behind, 1 not improving.", when there are targets. */
  readonly progress: string | undefined;
  readonly progressCounts: readonly { readonly key: ProgressKey; readonly count: number }[];
  /** Column headers; the comparison column names the benchmark most rows share. */
  readonly columns: readonly string[];
  readonly groups: readonly {
    readonly id: string;
    readonly title: string;
    readonly captionId: string;
    readonly caption: string;
    readonly rows: readonly DashboardRowView[];
  }[];
}

/**
 * The dashboard of one version. `at` says which address it is drawn for: the
 * strategy's dashboard (`strategy`, always the current version) or the
 * version's own (`version`).
 */
export function dashboardPage(
  site: SiteModel,
  strategy: Strategy,
  version: Version,
  at: 'strategy' | 'version' = 'version',
): DashboardPage {
  const d = dashboardOf(site, strategy, version);
  const current = currentVersion(strategy);
  const isCurrent = current.id === version.id;
  const title = `${strategy.title}: measures and targets`;
  // The benchmark every row shares names the column; a row compared with another area says so.
  const benchmarks = [...new Set(d.groups.flatMap((g) => g.rows.flatMap((r) => r.benchmarkName ?? [])))];
  const common = benchmarks.length === 1 ? benchmarks[0] : undefined;
  return {
    strategy: { id: strategy.id, title: strategy.title, path: paths.strategy(strategy.id) },
    title: isCurrent ? title : `${title} (version ${version.id})`,
    description: `Progress on the targets and measures of ${strategy.title}.`,
    search:
      isCurrent && at === 'version'
        ? undefined
        : {
            kind: 'Dashboard',
            strategy: strategy.title,
            current: isCurrent,
            status: VERSION_STATUS_WORDS[version.status],
          },
    versionId: version.id,
    versionSentence: `Version ${version.id} (${VERSION_STATUS_WORDS[version.status].toLowerCase()}).`,
    versionPath: paths.version(strategy.id, version.id),
    current: isCurrent ? undefined : { id: current.id, path: paths.dashboard(strategy.id) },
    versions:
      strategy.versions.length > 1
        ? strategy.versions.map((v) => ({
            id: v.id,
            path: paths.versionDashboard(strategy.id, v.id),
            here: v.id === version.id,
          }))
        : [],
    areaNote: strategy.area
      ? `Figures are for ${site.area(strategy.area).name} unless a row names another area.`
      : undefined,
    counts: `${plural(d.targets, 'target')} and ${plural(d.measures, 'other measure')}.`,
    progress: d.targets > 0 ? `Targets: ${d.progressSentence}.` : undefined,
    progressCounts: d.progressCounts,
    columns: dashboardColumns(common),
    groups: d.groups.map((group, g) => ({
      id: `group-${g}`,
      title: group.title,
      captionId: `group-${g}-caption`,
      caption: `How we will know: ${group.title}`,
      rows: group.rows.map((row) => dashboardRowView(row, strategy.area, common)),
    })),
  };
}

/** The table's column headers; the comparison column names the benchmark the rows share (`common`). */
export function dashboardColumns(common: string | undefined): string[] {
  return [
    'Measure',
    'Latest',
    'Target and progress',
    `Compared with ${common ?? 'benchmark'}`,
    'Recent trend',
    'Over time',
  ];
}

/**
 * A row as the table and its card read it. `homeArea` is the area the page's
 * figures are for (a row for another names it); `path` the indicator page the
 * row links to (default: the indicator's own).
 */
export function dashboardRowView(
  row: DashboardRow,
  homeArea: string | undefined,
  common: string | undefined,
  path: string = paths.indicator(row.indicator.id),
): DashboardRowView {
  const indicator = row.indicator;
  const latest = row.judgements?.latest ?? row.gapLatest;
  const t = row.target;
  // A target on a breakdown or gap says which in its title; its figures are that series' (a gap's as a difference).
  const named = t?.target ?? {};
  return {
    indicatorId: indicator.id,
    kind: row.kind,
    title: row.series ? `${indicator.title}: ${row.series}` : indicator.title,
    path,
    text: row.text,
    latest: latest && {
      value: t ? observedAmount(indicator, named, latest.value) : formatIndicatorValue(indicator, latest.value),
      period: latest.period,
      area: row.areaId !== homeArea ? row.areaName : undefined,
    },
    target: t && {
      text: `${targetAmount(indicator, named, t.target.value)} by ${t.target.by}`,
      from: t.resolved && `from ${targetAmount(indicator, named, t.resolved.baseline)} in ${t.resolved.since}`,
      progress: t.progress.key,
    },
    benchmark: row.judgements?.benchmark.key,
    benchmarkNote: row.benchmarkName && row.benchmarkName !== common ? `compared with ${row.benchmarkName}` : undefined,
    benchmarkLabel: `Compared with ${row.benchmarkName ?? 'the benchmark'}`,
    trend: row.judgements?.trend.key,
    trendPeriods: row.judgements && trendPeriods(row.judgements.trend),
    sparkline: row.sparkline,
    sparklineText: row.sparklineText,
  };
}
