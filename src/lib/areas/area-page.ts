/**
 * What /areas/<area-id>/ shows, like Fingertips' area profiles: every
 * indicator's latest value for one area with its judgements (comparison with
 * the benchmark, recent trend, and progress towards the targets set for that
 * area), grouped by the outcomes (sections) of the strategies that cover the
 * area: its own, those of the places it is part of, and those of places
 * within it. Indicators with figures for the area that none of those
 * strategies names come last. Each row links to the indicator's page read
 * for this area.
 */

import { headlineSeries } from '../contract/breakdowns.ts';
import type { Content, Strategy } from '../contract/model.ts';
import type { Area, Indicator } from '../contract/schemas.ts';
import { formatIndicatorValue } from '../contract/series.ts';
import { currentVersion, type SiteModel } from '../contract/site-model.ts';
import { comparisonInterval, judgeArea, type AreaJudgements } from '../indicators/assess.ts';
import { indicatorPathFor } from '../indicators/compare-areas.ts';
import type { BenchmarkKey, ProgressKey, TrendKey } from '../indicators/judgements.ts';
import { targetAmount, targetSeriesWords } from '../indicators/target-series.ts';
import { indicatorView, targetRowsOf, type TargetRow } from '../indicators/view.ts';
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

export interface AreaRow {
  readonly indicatorId: string;
  readonly title: string;
  /** The indicator's page read for this area. */
  readonly path: string;
  /** "21.4%", with its period, or undefined when the area has no value yet. */
  readonly latest: { readonly value: string; readonly period: string } | undefined;
  /** "95% interval: 20.1% to 22.8%", when the latest value has the interval it is compared by. */
  readonly interval: string | undefined;
  readonly benchmark: BenchmarkKey;
  /** "compared with South East", when the row's benchmark is not the one the column names. */
  readonly benchmarkNote: string | undefined;
  readonly trend: TrendKey;
  /** Targets for this area in this group, judged on the series each names. */
  readonly targets: readonly { readonly text: string; readonly progress: ProgressKey }[];
}

export interface AreaGroup {
  /** Unique on the page. */
  readonly id: string;
  readonly title: string;
  readonly captionId: string;
  readonly caption: string;
  readonly rows: readonly AreaRow[];
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
  /** Column headers; the comparison column names the benchmark most rows share. */
  readonly columns: readonly string[];
  readonly strategies: readonly {
    readonly id: string;
    readonly title: string;
    readonly path: string;
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

export function areaPage(site: SiteModel, area: Area): AreaPage {
  const areas = site.content.areas;
  const withFigures = new Set(areasWithFigures(site.content).map((a) => a.id));
  const hasFigures = (indicator: Indicator) => headlineSeries(indicator).some((p) => p.area === area.id);
  const judged = new Map<string, AreaJudgements>();
  const judge = (indicator: Indicator): AreaJudgements => {
    let j = judged.get(indicator.id);
    if (!j) {
      j = judgeArea(indicator, area.id, areas);
      judged.set(indicator.id, j);
    }
    return j;
  };
  const benchmarkName = (j: AreaJudgements) =>
    j.benchmarkAreaId !== undefined && areas.some((a) => a.id === j.benchmarkAreaId)
      ? site.area(j.benchmarkAreaId).name
      : undefined;
  const indicators = site.content.indicators.filter(hasFigures);
  const names = [...new Set(indicators.flatMap((i) => benchmarkName(judge(i)) ?? []))];
  const common = names.length === 1 ? names[0] : undefined;

  const row = (indicator: Indicator, targets: readonly TargetRow[]): AreaRow => {
    const j = judge(indicator);
    const latest = j.latest;
    const { lower, upper } = latest ? comparisonInterval(indicator, latest) : { lower: undefined, upper: undefined };
    const name = benchmarkName(j);
    return {
      indicatorId: indicator.id,
      title: indicator.title,
      path: indicatorPathFor(indicator.id, area.id, indicatorView(site, indicator).leadAreaId),
      latest: latest && { value: formatIndicatorValue(indicator, latest.value), period: latest.period },
      interval:
        lower !== undefined && upper !== undefined
          ? `${indicator.comparison === 'ci99.8' ? '99.8%' : '95%'} interval: ${formatIndicatorValue(indicator, lower)} to ${formatIndicatorValue(indicator, upper)}`
          : undefined,
      benchmark: j.benchmark.key,
      benchmarkNote: name && name !== common ? `compared with ${name}` : undefined,
      trend: j.trend.key,
      targets: targets.map((t) => {
        const series = targetSeriesWords(indicator, t.target);
        return {
          text: `${targetAmount(indicator, t.target, t.target.value)} by ${t.target.by}${series ? ` for ${series}` : ''}`,
          progress: t.progress.key,
        };
      }),
    };
  };

  const shown = new Set<string>();
  let groupIndex = 0;
  const group = (title: string, caption: string, rows: AreaRow[]): AreaGroup => {
    const id = `group-${groupIndex++}`;
    return { id, title, captionId: `${id}-caption`, caption, rows };
  };
  const strategies = coveringStrategies(site, area).flatMap(({ strategy, covers }) => {
    const version = currentVersion(strategy);
    const targetRows = targetRowsOf(site, strategy, version);
    const groups = version.sections.flatMap((section) => {
      const ids = [...new Set([...section.targets, ...section.measures].map((x) => x.indicator))];
      const rows = ids.flatMap((id) => {
        const indicator = site.indicator(id);
        if (!hasFigures(indicator)) return [];
        shown.add(id);
        const targets = targetRows.filter(
          (t) => t.sectionId === section.id && t.target.indicator === id && t.areaId === area.id,
        );
        return [row(indicator, targets)];
      });
      return rows.length > 0 ? [group(section.title, `${area.name}: ${section.title}`, rows)] : [];
    });
    return groups.length > 0
      ? [
          {
            id: strategy.id,
            title: strategy.title,
            path: `${paths.strategy(strategy.id)}`,
            dashboardPath: paths.dashboard(strategy.id),
            covers,
            groups,
          },
        ]
      : [];
  });
  const rest = indicators
    .filter((i) => !shown.has(i.id))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
    .map((i) => row(i, []));
  const parent = ancestorsOf(site, area)[0];
  const typeWord = AREA_TYPE_WORDS[area.type];
  return {
    id: area.id,
    name: area.name,
    typeWord,
    description: `The latest figures for ${area.name}, compared with ${common ?? 'the benchmark'}, with their recent trends and progress towards targets.`,
    parent: parent && { name: parent.name, path: withFigures.has(parent.id) ? paths.area(parent.id) : undefined },
    children: areas
      .filter((a) => a.parent === area.id && withFigures.has(a.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
      .map((a) => ({ name: a.name, path: paths.area(a.id) })),
    count: `${plural(indicators.length, 'indicator has', 'indicators have')} figures for ${area.name}.`,
    columns: ['Indicator', 'Latest', 'Target', `Compared with ${common ?? 'benchmark'}`, 'Recent trend'],
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
