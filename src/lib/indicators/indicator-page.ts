/**
 * What /indicators/<id>/ shows, written out for the page to draw: the
 * judgements as the summary list reads them, the two charts with their data
 * tables, the breakdowns (breakdown-sections.ts), every area compared with
 * the benchmark and the links to read the page for another area
 * (compare-areas.ts), every value by area, the downloads with their sizes,
 * the definition, the missing values and where the indicator is used. The
 * same page for one of the other areas is /indicators/<id>/areas/<area>/.
 * The decisions (which area leads, which target is drawn, the message) are
 * view.ts's; this module puts them into words and cells.
 */

import { areasIn, formatIndicatorCell, formatIndicatorValue, pointsFor } from '../contract/series.ts';
import type { Indicator, Point } from '../contract/schemas.ts';
import type { SiteModel } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { cellHeader, formatValue, unitLabel } from '../core/numbers.ts';
import { comparePeriods, period } from '../core/periods.ts';
import { limitColumns, type TableColumn, type TableRow, type TextTable } from '../core/table.ts';
import { pagesToRender } from '../core/page-cache.ts';
import { paths } from '../core/urls.ts';
import { POLARITY_WORDS } from '../core/vocabulary.ts';
import { breakdownSections, targetWords, type BreakdownSection } from './breakdown-sections.ts';
import type { TopLevelSpec } from './charts/render.ts';
import type { ChartSeries } from './charts/trend.ts';
import { areaChoice, compareAreas, type AreaChoice, type CompareAreas } from './compare-areas.ts';
import { formatBytes } from './downloads.ts';
import { trendPeriods, type BenchmarkKey, type ProgressKey, type Trend, type TrendKey } from './judgements.ts';
import { chartTitles, indicatorFiles, indicatorView, type IndicatorView } from './view.ts';

/** What a chart needs to be drawn: ChartView, or a breakdown's chart, which has no live spec files. */
export type ChartDrawing = Omit<ChartView, 'specPath' | 'narrowSpecPath'> &
  Partial<Pick<ChartView, 'specPath' | 'narrowSpecPath'>>;

export interface ChartView {
  /** Unique on the page: it prefixes ids inside the SVG. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly spec: TopLevelSpec;
  /** The same chart laid out for a phone. */
  readonly narrowSpec: TopLevelSpec;
  /**
   * The compiled Vega specs' site paths, for the enhancement to load: the
   * layout on screen; undefined: the chart stays as built.
   */
  readonly specPath: string | undefined;
  readonly narrowSpecPath: string | undefined;
}

export interface IndicatorPage {
  readonly id: string;
  readonly title: string;
  /** The page's own title: the indicator's, with the area's name on a page for one area. */
  readonly pageTitle: string;
  /** The area the page is for (undefined when the indicator has no figures). */
  readonly area: { readonly id: string; readonly name: string } | undefined;
  /** A page for one area other than the one the indicator's page leads with: then the indicator's page is linked. */
  readonly forArea: boolean;
  /** The indicator's own page. */
  readonly indicatorPath: string;
  /**
   * Whether the page loads the chart enhancement: only the indicator's own
   * page, whose chart specs are files; a page for another area is complete
   * as built and ships no script.
   */
  readonly scripted: boolean;
  readonly illustrative: boolean;
  /** The message in one sentence (without its full stop): also the page's description. */
  readonly headline: string;
  /** The judgements for the lead area, when it has one. */
  readonly judgements:
    | {
        /** "21.4% in 2023/24 (Kent)", or "No value yet". */
        readonly latest: string;
        readonly targets: readonly {
          readonly label: string;
          readonly progress: ProgressKey;
          readonly detail: string;
        }[];
        /** "Compared with England". */
        readonly benchmarkLabel: string;
        readonly benchmark: BenchmarkKey;
        /** "England: 22.6% in 2023/24", when the benchmark has a value. */
        readonly benchmarkDetail: string | undefined;
        readonly trend: TrendKey;
        readonly trendDetail: string;
      }
    | undefined;
  readonly trendChart: ChartView | undefined;
  readonly trendTable: TextTable | undefined;
  /**
   * Every value for every area: on the indicator's own page only. A page for
   * one area links there instead (`allAreasPath`), so that an indicator with
   * 40 areas does not carry the same 480 rows 40 times.
   */
  readonly valuesTable: TextTable | undefined;
  readonly areasChart: ChartView | undefined;
  readonly areasTable: TextTable | undefined;
  /** By sex, deprivation, ethnic group, age: for the page's area. */
  readonly breakdowns: readonly BreakdownSection[];
  /** Every area in the latest period, compared with the benchmark: on the indicator's own page only. */
  readonly compareAreas: CompareAreas | undefined;
  /** On a page for one area: where every area is compared and every value listed, the indicator's own page. */
  readonly allAreasPath: string | undefined;
  /** Links that read the page for each area. */
  readonly areaChoice: AreaChoice;
  readonly downloads: readonly {
    readonly label: string;
    readonly path: string;
    readonly type: string;
    readonly size: string;
  }[];
  readonly about: {
    readonly definition: string | undefined;
    readonly unit: string;
    readonly betterIs: string;
    readonly benchmarkName: string | undefined;
    readonly source: { readonly name: string; readonly url?: string | undefined } | undefined;
    readonly updated: string | undefined;
    readonly nextUpdate: string | undefined;
    readonly notes: string | undefined;
    /** The indicator's everyday words, "childhood obesity, child weight", which search also finds it by. */
    readonly keywords: string | undefined;
  };
  /** "Kent, 2020/21: suppressed (fewer than 5 people)". */
  readonly gaps: readonly string[];
  /** Sections of strategies (current versions) that set a target or measure on it. */
  readonly uses: readonly {
    readonly text: string;
    readonly path: string;
    readonly strategyTitle: string;
    readonly dashboardPath: string;
  }[];
}

type Download = IndicatorPage['downloads'][number];

/** Each indicator's listed downloads with their sizes, worked out once: its page for every area lists them too. */
const downloadsBySite = new WeakMap<SiteModel, Map<string, Promise<Download[]>>>();

function downloadsOf(site: SiteModel, indicator: Indicator): Promise<Download[]> {
  let byIndicator = downloadsBySite.get(site);
  if (!byIndicator) {
    byIndicator = new Map();
    downloadsBySite.set(site, byIndicator);
  }
  let downloads = byIndicator.get(indicator.id);
  if (!downloads) {
    const listed = indicatorFiles(site, indicatorView(site, indicator)).filter((f) => f.listed);
    downloads = Promise.all(
      listed.map(async (f) => ({
        label: f.label,
        path: `${paths.indicator(indicator.id)}${f.name}`,
        type: f.type,
        size: formatBytes(new TextEncoder().encode(await f.body()).length),
      })),
    );
    byIndicator.set(indicator.id, downloads);
  }
  return downloads;
}

/** Every page /indicators/<id>/: one for each indicator, for the area it leads with. */
export function indicatorOwnPages(site: SiteModel): { indicator: string }[] {
  return site.content.indicators.map((indicator) => ({ indicator: indicator.id }));
}

/**
 * Every page /indicators/<id>/areas/<area>/: one for each area with figures
 * other than the one the indicator's own page leads with.
 */
export function indicatorAreaPages(site: SiteModel): { indicator: string; area: string }[] {
  return site.content.indicators.flatMap((indicator) => {
    const lead = indicatorView(site, indicator).leadAreaId;
    return areasIn(indicator)
      .filter((area) => area !== lead)
      .map((area) => ({ indicator: indicator.id, area }));
  });
}

/**
 * The indicator pages, for the area each leads with (`area` undefined) and
 * for each other area, that Astro must render: all of them, or, when the
 * build keeps pages (core/page-cache.ts), those the cache does not hold for
 * exactly these inputs; it has written the others into the build already.
 * At regional scale these are most of the site (12,000 of 12,696 pages for
 * 400 indicators in 30 areas), and an edit to a strategy's text changes none.
 */
export function indicatorPagesToRender<T extends { indicator: string; area?: string | undefined }>(
  site: SiteModel,
  pages: readonly T[],
): Promise<T[]> {
  return pagesToRender(pages, async ({ indicator, area }) => ({
    path: area === undefined ? paths.indicator(indicator) : paths.indicatorArea(indicator, area),
    // What IndicatorPage.astro is given: the site's settings and the view.
    inputs: JSON.stringify([site.config, await indicatorPage(site, site.indicator(indicator), area)]),
  }));
}

/** The indicator's page for the area it leads with, or, given `areaId`, for that area. */
export async function indicatorPage(site: SiteModel, indicator: Indicator, areaId?: string): Promise<IndicatorPage> {
  const view = indicatorView(site, indicator, areaId);
  const forArea = view.areaId !== view.leadAreaId;
  const titles = chartTitles(view);
  const filePath = (name: string) => `${paths.indicator(indicator.id)}${name}`;
  // Downloads are the indicator's; the chart images are of the page it leads with, so only that page lists them.
  const downloads = (await downloadsOf(site, indicator)).filter((f) => !forArea || f.type !== 'SVG');
  const specPath = (name: string) => (forArea ? undefined : filePath(name));
  const areaName = (id: string) => site.area(id).name;
  const area = view.areaId === undefined ? undefined : { id: view.areaId, name: view.areaName };
  return {
    id: indicator.id,
    title: indicator.title,
    pageTitle: forArea && area ? `${indicator.title}: ${area.name}` : indicator.title,
    area,
    forArea,
    indicatorPath: paths.indicator(indicator.id),
    scripted: !forArea && (view.trend !== undefined || view.breakdown !== undefined),
    illustrative: Boolean(indicator.illustrative),
    headline: view.headline,
    judgements: judgementWords(view, areaName),
    trendChart: view.trend && chartView('trend', titles.trend, view.trend, specPath(`${indicator.id}-trend`)),
    trendTable:
      view.trend && seriesTable('trend-values', `The data in the chart: ${titles.trend}`, view.trend.series, indicator),
    // What is the same for every area (every value, every area compared, the ward chart) is on the indicator's own page only.
    valuesTable: forArea
      ? undefined
      : valuesTable(
          'values',
          `${indicator.title}: all values by area and period`,
          areasIn(indicator).flatMap((id) => pointsFor(indicator, id).map((point) => ({ areaId: id, point }))),
          indicator,
          areaName,
        ),
    areasChart:
      forArea || !view.breakdown
        ? undefined
        : chartView('areas', titles.areas, view.breakdown, specPath(`${indicator.id}-areas`)),
    areasTable:
      forArea || !view.breakdown
        ? undefined
        : valuesTable(
            'area-values',
            `${indicator.title} by ward, ${view.breakdown.period}, highest first`,
            view.breakdown.bars.map((b) => ({ areaId: b.point.area, point: b.point })),
            indicator,
            areaName,
          ),
    breakdowns: view.areaId ? breakdownSections(indicator, view.areaId, view.areaName, view.targets) : [],
    compareAreas: forArea ? undefined : compareAreas(site, indicator, view.areaId),
    allAreasPath: forArea ? `${paths.indicator(indicator.id)}#compare-areas` : undefined,
    areaChoice: areaChoice(indicator, site, view.areaId, view.leadAreaId),
    downloads,
    about: {
      definition: indicator.definition,
      unit: unitLabel(indicator.unit),
      betterIs: POLARITY_WORDS[indicator.polarity],
      benchmarkName: view.benchmarkName,
      source: indicator.source,
      updated: indicator.updated && formatDate(indicator.updated),
      nextUpdate: indicator.nextUpdate && formatDate(indicator.nextUpdate),
      notes: indicator.notes,
      keywords: indicator.keywords?.length ? indicator.keywords.join(', ') : undefined,
    },
    gaps: view.gaps.map((g) => `${g.areaName}, ${g.period}: ${g.note}`),
    uses: site.usesOf(indicator.id).map((use) => ({
      text: `${use.strategy.title}: ${use.sectionTitle}`,
      path: `${paths.version(use.strategy.id, use.version.id)}#${use.sectionId}`,
      strategyTitle: use.strategy.title,
      dashboardPath: paths.dashboard(use.strategy.id),
    })),
  };
}

/** A chart of the page; `specs` is the compiled specs' path without `.vg.json` (downloads.ts names the files). */
function chartView(
  id: string,
  title: string,
  chart: { readonly spec: TopLevelSpec; readonly narrowSpec: TopLevelSpec; readonly summary: string },
  specs: string | undefined,
): ChartView {
  return {
    id,
    title,
    summary: chart.summary,
    spec: chart.spec,
    narrowSpec: chart.narrowSpec,
    specPath: specs && `${specs}.vg.json`,
    narrowSpecPath: specs && `${specs}-narrow.vg.json`,
  };
}

function judgementWords(view: IndicatorView, areaName: (id: string) => string): IndicatorPage['judgements'] {
  const j = view.judgements;
  if (!j) return undefined;
  const indicator = view.indicator;
  const u = indicator.unit;
  return {
    latest: j.latest
      ? `${formatIndicatorValue(indicator, j.latest.value)} in ${j.latest.period} (${view.areaName})`
      : 'No value yet',
    targets: view.targets.map((t) => {
      const other = t.areaId !== view.areaId ? ` (${areaName(t.areaId)})` : '';
      // A target on a breakdown or a gap names its series and its figures are that series'.
      if (t.target.breakdown || t.target.gap) {
        const words = targetWords(indicator, t, t.areaId);
        return { label: `${words.label}${other}`, progress: words.progress, detail: words.detail };
      }
      const trajectory = t.progress.trajectory;
      return {
        label: `Target: ${formatValue(t.target.value, u)} by ${t.target.by}${other}`,
        progress: t.progress.key,
        detail:
          t.strategy.title +
          (t.resolved ? `; from ${formatValue(t.resolved.baseline, u)} in ${t.resolved.since}` : '') +
          (trajectory !== undefined && t.progress.latest
            ? `; on the trajectory it would be ${formatValue(Math.round(trajectory * 10) / 10, u)} in ${t.progress.latest.period}`
            : ''),
      };
    }),
    benchmarkLabel: `Compared with ${view.benchmarkName ?? 'the benchmark'}`,
    benchmark: j.benchmark.key,
    benchmarkDetail:
      j.benchmark.benchmarkValue === undefined
        ? undefined
        : `${view.benchmarkName ?? ''}: ${formatIndicatorValue(indicator, j.benchmark.benchmarkValue)} in ${j.benchmark.period}`,
    trend: j.trend.key,
    // "Not enough data" says why in words (Fingertips' "Cannot be calculated"), never "the last 0 values".
    trendDetail: j.trend.reason ?? trendDetail(j.trend),
  };
}

/** Which values the trend looked at: "from 2019/20 to 2023/24, the last 5 values". */
function trendDetail(trend: Trend): string {
  const periods = trendPeriods(trend);
  if (!periods) return 'no values yet';
  return trend.used.length > 1 ? `${periods}, the last ${trend.used.length} values` : periods;
}

/**
 * Values as a table: area, period, value, 95% confidence limits when the data
 * has them, and the note. A missing value says "No value" (never 0) and its
 * note says why; its row carries data-null.
 */
function valuesTable(
  captionId: string,
  caption: string,
  values: readonly { areaId: string; point: Point }[],
  indicator: Indicator,
  areaName: (id: string) => string,
): TextTable {
  const unit = indicator.unit;
  const hasCi = values.some(({ point }) => point.lower !== undefined || point.upper !== undefined);
  const limit = (value: number | undefined) => ({
    text: value === undefined ? '' : formatIndicatorCell(indicator, value),
    numeric: true,
  });
  const columns: TableColumn[] = [
    { text: 'Area' },
    { text: 'Period' },
    { text: cellHeader('Value', unit), numeric: true },
    ...limitColumns(hasCi, unit),
    { text: 'Note' },
  ];
  const rows: TableRow[] = values.map(({ areaId, point }) => ({
    header: areaName(areaId),
    cells: [
      { text: point.period },
      { text: formatIndicatorCell(indicator, point.value), numeric: true },
      ...(hasCi ? [limit(point.lower), limit(point.upper)] : []),
      { text: point.note ?? '' },
    ],
    data: point.value === null ? { 'data-null': '' } : undefined,
  }));
  return {
    captionId: `${captionId}-caption`,
    caption: `${caption}${hasCi ? ', with 95% confidence limits' : ''}`,
    columns,
    rows,
  };
}

/**
 * The data of the trend chart as a table: one row per period, the lead area
 * with its 95% confidence limits, then each other area on the chart, and the
 * notes of every area for that period.
 */
function seriesTable(
  captionId: string,
  caption: string,
  series: readonly ChartSeries[],
  indicator: Indicator,
): TextTable {
  const [main, ...others] = series;
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort((a, b) =>
    comparePeriods(period(a), period(b)),
  );
  const at = (s: ChartSeries | undefined, label: string) => s?.points.find((p) => p.period === label);
  const unit = indicator.unit;
  const hasCi = main?.points.some((p) => p.lower !== undefined && p.upper !== undefined) ?? false;
  const show = (value: number | null | undefined) => ({
    text: value === undefined ? '' : formatIndicatorCell(indicator, value),
    numeric: true,
  });
  const columns: TableColumn[] = [
    { text: 'Period' },
    { text: cellHeader(main?.name ?? '', unit), numeric: true },
    ...(hasCi
      ? [
          { text: cellHeader('Lower 95% limit', unit), numeric: true },
          { text: cellHeader('Upper 95% limit', unit), numeric: true },
        ]
      : []),
    ...others.map((s) => ({ text: cellHeader(s.name, unit), numeric: true })),
    { text: 'Note' },
  ];
  const rows: TableRow[] = periods.map((label) => {
    const p = at(main, label);
    return {
      header: label,
      cells: [
        show(p?.value),
        ...(hasCi ? [show(p?.lower), show(p?.upper)] : []),
        ...others.map((s) => show(at(s, label)?.value)),
        {
          text: series
            .flatMap((s) => {
              const note = at(s, label)?.note;
              return note ? [`${s.name}: ${note}`] : [];
            })
            .join(' '),
        },
      ],
      data: p?.value === null ? { 'data-null': '' } : undefined,
    };
  });
  return { captionId: `${captionId}-caption`, caption, columns, rows };
}
