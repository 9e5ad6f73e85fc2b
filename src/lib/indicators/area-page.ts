/**
 * What /areas/<area-id>/ shows, like Fingertips' area profiles: every
 * indicator's latest value for one area with its judgements (comparison with
 * the benchmark, recent trend, and progress towards the targets set for that
 * area), grouped by the outcomes (sections) of the strategies that cover the
 * area: its own, those of the places it is part of, and those of places
 * within it. Indicators with figures for the area that none of those
 * strategies names come last. The rows are a dashboard's (dashboard.ts,
 * dashboard-page.ts), for this area, each linking to the indicator's page
 * read for it.
 */

import { headlineSeries } from '../contract/breakdowns.ts';
import type { Content, Strategy } from '../contract/model.ts';
import type { Area, Indicator } from '../contract/schemas.ts';
import { currentVersion, type SiteModel } from '../contract/site-model.ts';
import { benchmarkAreaOf } from './assess.ts';
import { indicatorPathFor } from './compare-areas.ts';
import { dashboardRow, type DashboardRow } from './dashboard.ts';
import { dashboardColumns, dashboardRowView, type DashboardRowView } from './dashboard-page.ts';
import { indicatorView, targetRowsOf } from './view.ts';
import { plural } from '../core/text.ts';
import { paths } from '../core/urls.ts';
import { AREA_TYPES, AREA_TYPE_WORDS } from '../core/vocabulary.ts';

/** Every area that has a figure (or a missing value with its note) in some indicator's headline series, in areas.json order. */
export function areasWithFigures(content: Pick<Content, 'areas' | 'indicators'>): Area[] {
  const used = new Set(content.indicators.flatMap((i) => headlineSeries(i).map((p) => p.area)));
  return content.areas.filter((a) => used.has(a.id));
}

/** The same areas, largest type first, then by name: the order of the site index. */
export function areasInIndexOrder(content: Pick<Content, 'areas' | 'indicators'>): Area[] {
  const rank = (a: Area) => AREA_TYPES.length - AREA_TYPES.indexOf(a.type);
  return areasWithFigures(content).sort(
    (a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'en-GB') || (a.id < b.id ? -1 : 1),
  );
}

export interface AreaGroup {
  /** Unique on the page. */
  readonly id: string;
  readonly title: string;
  readonly captionId: string;
  readonly caption: string;
  /** As a dashboard's rows (its table on a wide screen, its cards on a phone), for this area. */
  readonly rows: readonly DashboardRowView[];
}

export interface AreaPage {
  readonly id: string;
  readonly name: string;
  /** "Local authority". */
  readonly typeWord: string;
  readonly description: string;
  /** "Medway is part of NHS Kent and Medway Integrated Care Board." with the link. */
  readonly parent: { readonly name: string; readonly path: string | undefined } | undefined;
  /** Areas within this one that have pages. */
  readonly children: readonly { readonly name: string; readonly path: string }[];
  /** "42 indicators have figures for Medway." */
  readonly count: string;
  /** Column headers (a dashboard's); the comparison column names the benchmark most rows share. */
  readonly columns: readonly string[];
  readonly strategies: readonly {
    readonly id: string;
    readonly title: string;
    readonly dashboardPath: string;
    /** "The strategy for Kent and Medway", how it covers this area. */
    readonly covers: string;
    readonly groups: readonly AreaGroup[];
  }[];
  /** Indicators with figures for this area that no strategy above names. */
  readonly other: AreaGroup | undefined;
}

/** The areas a chain of parents leads up to, nearest first (a loop in the data ends it). */
function ancestorsOf(site: SiteModel, area: Area): Area[] {
  const out: Area[] = [];
  let parent = area.parent;
  while (parent !== undefined && !out.some((a) => a.id === parent) && parent !== area.id) {
    const next = site.content.areas.find((a) => a.id === parent);
    if (!next) break;
    out.push(next);
    parent = next.parent;
  }
  return out;
}

/** The strategies that cover an area, with how: its own, then those of places it is in (nearest first), then of places within it. */
function coveringStrategies(site: SiteModel, area: Area): { strategy: Strategy; covers: string }[] {
  const ancestors = ancestorsOf(site, area);
  const own: { strategy: Strategy; covers: string }[] = [];
  const above: { strategy: Strategy; covers: string; rank: number }[] = [];
  const below: { strategy: Strategy; covers: string }[] = [];
  for (const strategy of site.content.strategies) {
    if (strategy.area === undefined) continue;
    const place = site.content.areas.find((a) => a.id === strategy.area);
    if (!place) continue;
    if (place.id === area.id) own.push({ strategy, covers: `The strategy for ${area.name}` });
    else if (ancestors.some((a) => a.id === place.id)) {
      above.push({
        strategy,
        covers: `The strategy for ${place.name}, which ${area.name} is part of`,
        rank: ancestors.findIndex((a) => a.id === place.id),
      });
    } else if (ancestorsOf(site, place).some((a) => a.id === area.id)) {
      below.push({ strategy, covers: `The strategy for ${place.name}, part of ${area.name}` });
    }
  }
  return [...own, ...above.sort((a, b) => a.rank - b.rank), ...below];
}

/**
 * The area's page. Each strategy section's rows are the dashboard's, for this
 * area: the targets set for it (judged on the series each names), then each
 * indicator the section measures, judged here. Targets set for another area
 * are that area's dashboard rows; their indicators still appear, under
 * "Other figures" when no row of this area shows them.
 */
export function areaPage(site: SiteModel, area: Area): AreaPage {
  const areas = site.content.areas;
  const withFigures = new Set(areasWithFigures(site.content).map((a) => a.id));
  const hasFigures = (indicator: Indicator) => headlineSeries(indicator).some((p) => p.area === area.id);
  const indicators = site.content.indicators.filter(hasFigures);
  const benchmarkName = (indicator: Indicator) => {
    const id = benchmarkAreaOf(indicator, areas);
    return id !== undefined && id !== area.id && areas.some((a) => a.id === id) ? site.area(id).name : undefined;
  };
  const names = [...new Set(indicators.flatMap((i) => benchmarkName(i) ?? []))];
  const common = names.length === 1 ? names[0] : undefined;
  const path = (indicator: Indicator) =>
    indicatorPathFor(indicator.id, area.id, indicatorView(site, indicator).leadAreaId);
  const view = (row: DashboardRow) => dashboardRowView(row, area.id, common, path(row.indicator));

  const shown = new Set<string>();
  let groupIndex = 0;
  const group = (title: string, caption: string, rows: DashboardRowView[]): AreaGroup => {
    const id = `group-${groupIndex++}`;
    return { id, title, captionId: `${id}-caption`, caption, rows };
  };
  const strategies = coveringStrategies(site, area).flatMap(({ strategy, covers }) => {
    const version = currentVersion(strategy);
    const targetRows = targetRowsOf(site, strategy, version);
    const groups = version.sections.flatMap((section) => {
      const rows: DashboardRow[] = [];
      for (const t of targetRows) {
        if (t.sectionId !== section.id || t.areaId !== area.id) continue;
        rows.push(dashboardRow(site, site.indicator(t.target.indicator), area.id, 'target', t.target.text, t));
      }
      for (const m of section.measures) {
        const indicator = site.indicator(m.indicator);
        if (hasFigures(indicator)) rows.push(dashboardRow(site, indicator, area.id, 'measure', m.text, undefined));
      }
      for (const row of rows) shown.add(row.indicator.id);
      return rows.length > 0 ? [group(section.title, `${area.name}: ${section.title}`, rows.map(view))] : [];
    });
    return groups.length > 0
      ? [{ id: strategy.id, title: strategy.title, dashboardPath: paths.dashboard(strategy.id), covers, groups }]
      : [];
  });
  const rest = indicators
    .filter((i) => !shown.has(i.id))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
    .map((i) => view(dashboardRow(site, i, area.id, 'measure', '', undefined)));
  const parent = ancestorsOf(site, area)[0];
  return {
    id: area.id,
    name: area.name,
    typeWord: AREA_TYPE_WORDS[area.type],
    description: `The latest figures for ${area.name}, compared with ${common ?? 'the benchmark'}, with their recent trends and progress towards targets.`,
    parent: parent && { name: parent.name, path: withFigures.has(parent.id) ? paths.area(parent.id) : undefined },
    children: areas
      .filter((a) => a.parent === area.id && withFigures.has(a.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
      .map((a) => ({ name: a.name, path: paths.area(a.id) })),
    count: `${plural(indicators.length, 'indicator has', 'indicators have')} figures for ${area.name}.`,
    columns: dashboardColumns(common),
    strategies,
    other:
      rest.length > 0
        ? group(
            strategies.length > 0 ? 'Other figures' : 'Figures',
            `${area.name}: ${strategies.length > 0 ? 'other figures' : 'every indicator'}`,
            rest,
          )
        : undefined,
  };
}
