/**
 * The breakdowns part of an indicator page, for one area, written out for
 * the page to draw: one section per breakdown the data has (by sex, by
 * deprivation, by ethnic group, by age, then any other category type), each
 * with a chart of its latest period, a summary in words, and a table in which
 * every value has its interval and its comparison with the area's overall
 * figure (a word and a shape on the page). Deprivation sections add the gap
 * between the most and least deprived in every period both have a value,
 * with the sentence breakdowns.ts writes. Targets that name one of the
 * section's groups, or a gap between two of them, are shown with it, judged
 * on the series they name.
 */

import type { Indicator, Point } from '../contract/schemas.ts';
import { formatIndicatorCell, formatIndicatorValue, pointsFor } from '../contract/series.ts';
import { plural } from '../core/text.ts';
import { comparePeriods, period } from '../core/periods.ts';
import { cellHeader, rateWords, unitLabel } from '../core/numbers.ts';
import type { TableColumn, TableRow } from '../core/table.ts';
import { compareWith } from './assess.ts';
import {
  breakdownsOf,
  deprivationGap,
  deprivationRank,
  differenceWords,
  type BreakdownGroup,
  type BreakdownKind,
} from './breakdowns.ts';
import { breakdownSpec } from './charts/breakdown.ts';
import type { TopLevelSpec } from './charts/render.ts';
import { BENCHMARK_KEYS, BENCHMARK_WORDS, type BenchmarkKey, type ProgressKey } from './judgements.ts';
import { latestOfTarget, observedAmount, targetAmount, targetSeriesWords } from './target-series.ts';
import type { TargetRow } from './view.ts';

export interface BreakdownRow {
  /** The group, as the data names it. */
  readonly label: string;
  readonly value: string;
  /** "38.7% to 51.7%": the value's 95% interval, shown under it, when it has one. */
  readonly interval: string | undefined;
  /** Shown under the group's name. */
  readonly note: string;
  /** Compared with the area's overall figure for the same period, by the indicator's interval. */
  readonly comparison: BenchmarkKey;
  readonly missing: boolean;
}

export interface BreakdownTargetView {
  /** "Target for Most deprived decile: 25% by 2028". */
  readonly label: string;
  readonly progress: ProgressKey;
  /** The strategy, the starting point and the latest figure of the series it names. */
  readonly detail: string;
}

export interface BreakdownSection {
  /** Unique on the page: prefixes the chart's and tables' ids. */
  readonly id: string;
  readonly kind: BreakdownKind;
  /** "By deprivation". */
  readonly heading: string;
  /** The source's name for the groups, when it has one ("LSOA11 deprivation deciles in England (IMD2019)"). */
  readonly categoryType: string | undefined;
  readonly period: string;
  readonly chart: {
    readonly id: string;
    readonly title: string;
    readonly summary: string;
    readonly spec: TopLevelSpec;
    /** The same chart laid out for a phone (charts/trend.ts ChartLayout). */
    readonly narrowSpec: TopLevelSpec;
  };
  readonly table: {
    readonly captionId: string;
    readonly caption: string;
    readonly columns: readonly TableColumn[];
    readonly rows: readonly BreakdownRow[];
  };
  /** For deprivation: the gap in every period both ends have a value, and the sentence. */
  readonly gap:
    | {
        readonly sentence: string;
        readonly captionId: string;
        readonly caption: string;
        readonly columns: readonly TableColumn[];
        readonly rows: readonly TableRow[];
      }
    | undefined;
  readonly targets: readonly BreakdownTargetView[];
}

/**
 * Every breakdown section for an area. `targets` are the targets shown on the
 * page; those for this area that name a group of a section are shown with it.
 */
export function breakdownSections(
  indicator: Indicator,
  areaId: string,
  areaName: string,
  targets: readonly TargetRow[],
): BreakdownSection[] {
  const overall = pointsFor(indicator, areaId);
  const used = new Map<string, number>();
  return breakdownsOf(indicator, areaId).flatMap((group) => {
    const base = `breakdown-${group.kind}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const section = sectionOf(indicator, group, n === 1 ? base : `${base}-${n}`, areaName, overall, targets, areaId);
    return section ? [section] : [];
  });
}

/** The latest period in which any group of the breakdown has a point. */
function latestPeriod(group: BreakdownGroup): string | undefined {
  const periods = [...new Set(group.series.flatMap((s) => s.points.map((p) => p.period)))];
  return periods.sort((a, b) => comparePeriods(period(a), period(b))).at(-1);
}

function sectionOf(
  indicator: Indicator,
  group: BreakdownGroup,
  id: string,
  areaName: string,
  overall: readonly Point[],
  targets: readonly TargetRow[],
  areaId: string,
): BreakdownSection | undefined {
  const at = latestPeriod(group);
  if (at === undefined) return undefined;
  const f = (value: number | null | undefined) => (value === undefined ? '' : formatIndicatorValue(indicator, value));
  // Table cells: a rate says "per 100,000" once, in the column headers (core/numbers.ts cellHeader).
  const cell = (value: number | null | undefined) => (value === undefined ? '' : formatIndicatorCell(indicator, value));
  const overallPoint = overall.find((p) => p.period === at);
  const overallValue = overallPoint?.value ?? undefined;
  const overallName = `${areaName} overall`;
  const entries = group.series.map((s) => {
    const point = s.points.find((p) => p.period === at);
    const valued = point && point.value !== null ? { ...point, value: point.value } : undefined;
    return { label: s.label, point, comparison: compareWith(indicator, valued, overallPoint).key };
  });
  const hasCi = entries.some((e) => e.point?.lower !== undefined && e.point.upper !== undefined);
  const rows: BreakdownRow[] = entries.map((e) => ({
    label: e.label,
    value: e.point ? cell(e.point.value) : 'No value',
    interval:
      e.point?.lower !== undefined && e.point.upper !== undefined
        ? `${cell(e.point.lower)} to ${cell(e.point.upper)}`
        : undefined,
    note: e.point?.note ?? (e.point ? '' : `No figure for ${at}`),
    comparison: e.comparison,
    missing: !e.point || e.point.value === null,
  }));

  const subject = indicator.title.charAt(0).toLowerCase() + indicator.title.slice(1);
  const heading = group.title;
  const title = `${indicator.title} ${heading.charAt(0).toLowerCase()}${heading.slice(1)}, ${areaName}, ${at}`;
  const gap = group.kind === 'deprivation' ? gapPart(indicator, group, id) : undefined;

  const input = {
    unit: indicator.unit,
    decimals: indicator.decimals,
    bars: entries.map((e) => ({
      label: e.label,
      value: e.point?.value ?? null,
      lower: e.point?.lower,
      upper: e.point?.upper,
    })),
    overall: overallValue === undefined ? undefined : { name: overallName, value: overallValue },
    xTitle: unitLabel(indicator.unit),
  };

  const order = group.kind === 'deprivation' ? ', most deprived first' : group.kind === 'age' ? ', youngest first' : '';
  const parts = [`The chart shows ${subject} in ${areaName} for ${plural(entries.length, 'group')} in ${at}${order}.`];
  if (hasCi) parts.push('Lines show the 95% confidence interval of each value.');
  if (overallValue !== undefined) {
    parts.push(`The dashed line is ${overallName} (${f(overallValue)}).`);
    const counts = BENCHMARK_KEYS.flatMap((key) => {
      const count = entries.filter(
        (e) => e.point !== undefined && e.point.value !== null && e.comparison === key,
      ).length;
      return count > 0 ? [`${count} ${BENCHMARK_WORDS[key].toLowerCase()}`] : [];
    });
    if (counts.length > 0) parts.push(`Compared with ${overallName}: ${counts.join(', ')}.`);
  }
  const missing = rows.filter((r) => r.missing);
  if (missing.length > 0) {
    parts.push(`No value for ${missing.map((r) => `${r.label}${r.note ? ` (${r.note})` : ''}`).join(', ')}.`);
  }

  // Three columns, as "Compare areas", so that every comparison is in view on a phone.
  const columns: TableColumn[] = [
    { text: 'Group' },
    { text: cellHeader(hasCi ? 'Value and 95% interval' : 'Value', indicator.unit), numeric: true },
    { text: `Compared with ${overallName}` },
  ];
  return {
    id,
    kind: group.kind,
    heading,
    categoryType: group.categoryType,
    period: at,
    chart: {
      id: `${id}-chart`,
      title,
      summary: parts.join(' '),
      spec: breakdownSpec(input),
      narrowSpec: breakdownSpec(input, 'narrow'),
    },
    table: {
      captionId: `${id}-caption`,
      caption: `The data in the chart: ${title}${hasCi ? ', with 95% confidence limits' : ''}`,
      columns,
      rows,
    },
    gap,
    targets: sectionTargets(indicator, group, targets, areaId),
  };
}

/** The gap between the most and least deprived, period by period, and the sentence (breakdowns.ts). */
function gapPart(indicator: Indicator, group: BreakdownGroup, id: string): BreakdownSection['gap'] {
  const scale = group.scale;
  const gap = deprivationGap(indicator, group);
  if (!scale || !gap) return undefined;
  const last = scale === 'deciles' ? 10 : 5;
  const end = (rank: number) => group.series.find((s) => deprivationRank(s.label, scale) === rank);
  const most = end(1);
  const least = end(last);
  if (!most || !least) return undefined;
  const f = (value: number) => formatIndicatorCell(indicator, value);
  const gapCell = (difference: number) =>
    rateWords(indicator.unit)
      ? f(Math.abs(difference))
      : differenceWords(difference, indicator.unit, indicator.decimals);
  const leastBy = new Map(least.points.flatMap((p) => (p.value === null ? [] : [[p.period, p.value] as const])));
  const rows: TableRow[] = most.points.flatMap((p) => {
    const other = leastBy.get(p.period);
    if (p.value === null || other === undefined) return [];
    return [
      {
        header: p.period,
        cells: [
          { text: f(p.value), numeric: true },
          { text: f(other), numeric: true },
          { text: gapCell(p.value - other), numeric: true },
        ],
      },
    ];
  });
  return {
    sentence: gap.sentence,
    captionId: `${id}-gap-caption`,
    caption: `The gap between the ${most.label.toLowerCase()} and the ${least.label.toLowerCase()}, by period`,
    columns: [
      { text: 'Period' },
      { text: cellHeader(most.label, indicator.unit), numeric: true },
      { text: cellHeader(least.label, indicator.unit), numeric: true },
      { text: cellHeader('Gap', indicator.unit), numeric: true },
    ],
    rows,
  };
}

/** Targets for this area that name one of the group's series, or a gap between two of its categories. */
function sectionTargets(
  indicator: Indicator,
  group: BreakdownGroup,
  targets: readonly TargetRow[],
  areaId: string,
): BreakdownTargetView[] {
  const labels = new Set(group.series.map((s) => s.label));
  const inGroup = (row: TargetRow): boolean => {
    const { breakdown, gap } = row.target;
    if (gap) return group.kind !== 'sex' && group.kind !== 'age' && labels.has(gap.between) && labels.has(gap.and);
    if (!breakdown) return false;
    if (breakdown.category !== undefined) {
      return (
        labels.has(breakdown.category) &&
        (breakdown.categoryType === undefined || breakdown.categoryType === group.categoryType)
      );
    }
    if (group.kind === 'sex') return breakdown.sex !== undefined && breakdown.age === undefined;
    if (group.kind === 'age') return breakdown.age !== undefined && breakdown.sex === undefined;
    return false;
  };
  return targets
    .filter((row) => row.areaId === areaId && inGroup(row))
    .map((row) => targetWords(indicator, row, areaId));
}

/** A target as a row of words: what it promises for which series, and where that series stands. */
export function targetWords(indicator: Indicator, row: TargetRow, areaId: string): BreakdownTargetView {
  const t = row.target;
  const series = targetSeriesWords(indicator, t);
  const latest = latestOfTarget(indicator, t, areaId);
  const from = row.resolved && `from ${targetAmount(indicator, t, row.resolved.baseline)} in ${row.resolved.since}`;
  const now = latest && `latest ${observedAmount(indicator, t, latest.value)} in ${latest.period}`;
  return {
    label: `Target${series ? ` for ${series}` : ''}: ${targetAmount(indicator, t, t.value)} by ${t.by}`,
    progress: row.progress.key,
    detail: [row.strategy.title, from, now].filter(Boolean).join('; '),
  };
}
