/**
 * The areas of one indicator, as its pages show them:
 * - "Compare areas": every area with a figure (or a missing value with its
 *   note) in the latest period, grouped by area type (largest first, then by
 *   name), each with its value, interval and comparison with the benchmark,
 *   the key a row carries as data-benchmark (docs/architecture.md, "Status
 *   words"); the areas with no point in that period are named, so none is
 *   left out in silence.
 * - The links that read the page for another area (no picker script): every
 *   area with figures, grouped the same way; the area the page leads with is
 *   the indicator's own page.
 */

import type { Area, Indicator, Point } from '../contract/schemas.ts';
import { areasIn, formatIndicatorCell, latestPoint, periodsOf } from '../contract/series.ts';
import { cellHeader } from '../core/numbers.ts';
import { headlineSeries } from '../contract/breakdowns.ts';
import type { SiteModel } from '../contract/site-model.ts';
import type { TableColumn } from '../core/table.ts';
import { paths } from '../core/urls.ts';
import { AREA_TYPES, AREA_TYPE_PLURAL_WORDS, AREA_TYPE_WORDS, type AreaType } from '../core/vocabulary.ts';
import { benchmarkAreaOf, compareWith } from './assess.ts';
import type { BenchmarkKey } from './judgements.ts';

/** Largest first: country, region, integrated care board, sub-ICB location, local authority, ward. */
const TYPE_ORDER: readonly AreaType[] = [...AREA_TYPES].reverse();

const byName = (a: Area, b: Area) => a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : 1);

/** Areas grouped by type, largest type first, each group by name, headed by the type ("Local authorities", or "Country" for one). */
function groupAreas<T>(areas: readonly Area[], row: (area: Area) => T): { type: AreaType; title: string; rows: T[] }[] {
  return TYPE_ORDER.flatMap((type) => {
    const ofType = areas.filter((a) => a.type === type).sort(byName);
    if (ofType.length === 0) return [];
    const title = ofType.length === 1 ? AREA_TYPE_WORDS[type] : AREA_TYPE_PLURAL_WORDS[type];
    return [{ type, title, rows: ofType.map(row) }];
  });
}

/** The page that reads an indicator for an area: its own page for the area it leads with. */
export function indicatorPathFor(indicatorId: string, areaId: string, leadAreaId: string | undefined): string {
  return areaId === leadAreaId ? paths.indicator(indicatorId) : paths.indicatorArea(indicatorId, areaId);
}

// ------------------------------------------------------------ compare areas

export interface CompareAreasRow {
  readonly areaId: string;
  readonly name: string;
  /** The area's page (/areas/<id>/). */
  readonly path: string;
  readonly value: string;
  /** "35.6% to 36%": the value's 95% interval, shown under it, when it has one. */
  readonly interval: string | undefined;
  /** Shown under the area's name. */
  readonly note: string;
  /** The data-benchmark key: the benchmark itself, and a missing value, are "not-compared". */
  readonly benchmark: BenchmarkKey;
  /** The benchmark area's own row. */
  readonly isBenchmark: boolean;
  /** The area the page is for. */
  readonly here: boolean;
  readonly missing: boolean;
}

export interface CompareAreas {
  readonly period: string;
  readonly captionId: string;
  readonly caption: string;
  /**
   * Three columns (area, value, comparison), so that the table fits a 320 px
   * screen and every comparison is in view without scrolling the table: each
   * value's interval sits under it, and a note under the area's name.
   */
  readonly columns: readonly TableColumn[];
  readonly groups: readonly {
    readonly type: AreaType;
    readonly title: string;
    readonly rows: readonly CompareAreasRow[];
  }[];
  /** "Medway (latest 2022/23) has no figure for 2023/24.", when some area has none for the period. */
  readonly missing: string | undefined;
}

/** Every area with a point in the indicator's latest period, compared with the benchmark. Undefined when there are no figures. */
export function compareAreas(
  site: SiteModel,
  indicator: Indicator,
  hereId: string | undefined,
): CompareAreas | undefined {
  const at = periodsOf(indicator).at(-1);
  if (at === undefined) return undefined;
  const areas = site.content.areas;
  const benchmarkId = benchmarkAreaOf(indicator, areas);
  const benchmarkName =
    benchmarkId !== undefined && areas.some((a) => a.id === benchmarkId) ? site.area(benchmarkId).name : undefined;
  const pointAt = new Map<string, Point>();
  for (const p of headlineSeries(indicator)) if (p.period === at) pointAt.set(p.area, p);
  const benchmarkPoint = benchmarkId === undefined ? undefined : pointAt.get(benchmarkId);
  // A rate says "per 100,000" once, in the column headers (core/numbers.ts cellHeader).
  const f = (value: number | null | undefined) => (value === undefined ? '' : formatIndicatorCell(indicator, value));
  const withPoint = [...pointAt.keys()].map((id) => site.area(id));
  const hasCi = [...pointAt.values()].some((p) => p.lower !== undefined && p.upper !== undefined);
  const groups = groupAreas(withPoint, (area): CompareAreasRow => {
    const point = pointAt.get(area.id) as Point;
    const valued = point.value === null ? undefined : { ...point, value: point.value };
    const isBenchmark = area.id === benchmarkId;
    return {
      areaId: area.id,
      name: area.name,
      path: paths.area(area.id),
      value: f(point.value),
      interval:
        point.lower !== undefined && point.upper !== undefined ? `${f(point.lower)} to ${f(point.upper)}` : undefined,
      note: point.note ?? '',
      benchmark: isBenchmark ? 'not-compared' : compareWith(indicator, valued, benchmarkPoint).key,
      isBenchmark,
      here: area.id === hereId,
      missing: point.value === null,
    };
  });
  const without = areasIn(indicator)
    .filter((id) => !pointAt.has(id))
    .map((id) => site.area(id))
    .sort(byName)
    .map((area) => {
      const latest = latestPoint(indicator, area.id);
      return latest ? `${area.name} (latest ${latest.period})` : area.name;
    });
  const columns: TableColumn[] = [
    { text: 'Area' },
    { text: cellHeader(hasCi ? 'Value and 95% interval' : 'Value', indicator.unit), numeric: true },
    { text: `Compared with ${benchmarkName ?? 'the benchmark'}` },
  ];
  return {
    period: at,
    captionId: 'compare-areas-caption',
    caption: `${indicator.title}: every area in ${at}${hasCi ? ', with 95% confidence limits' : ''}`,
    columns,
    groups,
    missing:
      without.length === 0
        ? undefined
        : `${without.join(', ')} ${without.length === 1 ? 'has' : 'have'} no figure for ${at}.`,
  };
}

// ------------------------------------------------------------ the page for another area

export interface AreaChoice {
  readonly groups: readonly {
    readonly type: AreaType;
    readonly title: string;
    readonly links: readonly { readonly text: string; readonly path: string; readonly here: boolean }[];
  }[];
}

/** Links to the indicator's page for each of its areas, grouped by area type. */
export function areaChoice(
  indicator: Indicator,
  site: SiteModel,
  hereId: string | undefined,
  leadAreaId: string | undefined,
): AreaChoice {
  const groups = groupAreas(
    areasIn(indicator).map((id) => site.area(id)),
    (area) => ({
      text: area.name,
      path: indicatorPathFor(indicator.id, area.id, leadAreaId),
      here: area.id === hereId,
    }),
  );
  return { groups: groups.map((g) => ({ type: g.type, title: g.title, links: g.rows })) };
}
