/**
 * An indicator's figures as files to download: CSV (one row per value, with
 * area names and period dates, for spreadsheets) and JSON (the indicator as
 * the site read it, plus the areas it names). Built at build time, the same
 * bytes every build; the page states each file's type and size.
 */

import { compiledChart, renderChartFile, type TopLevelSpec } from './charts/render.ts';
import { breakdownKey, breakdownOf, isHeadline } from '../contract/breakdowns.ts';
import type { Area, Indicator } from '../contract/schemas.ts';
import { comparePeriods, period } from '../core/periods.ts';

const CSV_COLUMNS = [
  'indicator_id',
  'indicator_title',
  'unit',
  'area_code',
  'area_name',
  'area_type',
  'sex',
  'age',
  'category_type',
  'category',
  'period',
  'period_start',
  'period_end',
  'value',
  'lower_95',
  'upper_95',
  'count',
  'denominator',
  'note',
  'published_trend',
  'published_benchmark',
] as const;

/**
 * One CSV field. Quoted when it holds a comma, quote or line break; text that
 * a spreadsheet would run as a formula (=, +, -, @ at the start) gets a
 * leading apostrophe, so that a note in the data cannot become a formula.
 */
export function csvField(value: string | number | null | undefined, text = true): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The values of an indicator, sorted by area (as listed in areas.json), then
 * breakdown (the headline first, then breakdowns in the order the file first
 * gives them), then period.
 */
function sortedSeries(indicator: Indicator, areas: readonly Area[]) {
  const order = new Map(areas.map((a, i) => [a.id, i]));
  const breakdownOrder = new Map<string, number>();
  const rank = (p: Indicator['series'][number]) => {
    if (isHeadline(indicator, p)) return -1;
    const key = breakdownKey(breakdownOf(indicator, p));
    if (!breakdownOrder.has(key)) breakdownOrder.set(key, breakdownOrder.size);
    return breakdownOrder.get(key) ?? 0;
  };
  for (const p of indicator.series) rank(p);
  return [...indicator.series].sort(
    (a, b) =>
      (order.get(a.area) ?? Infinity) - (order.get(b.area) ?? Infinity) ||
      (a.area < b.area ? -1 : a.area > b.area ? 1 : 0) ||
      rank(a) - rank(b) ||
      comparePeriods(period(a.period), period(b.period)),
  );
}

export function indicatorCsv(indicator: Indicator, areas: readonly Area[]): string {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const lines = [CSV_COLUMNS.join(',')];
  for (const p of sortedSeries(indicator, areas)) {
    const area = byId.get(p.area);
    const span = period(p.period);
    const num = (n: number | null | undefined) => csvField(n, false);
    const breakdown = breakdownOf(indicator, p);
    lines.push(
      [
        csvField(indicator.id),
        csvField(indicator.title),
        csvField(indicator.unit),
        csvField(p.area),
        csvField(area?.name),
        csvField(area?.type),
        csvField(breakdown.sex),
        csvField(breakdown.age),
        csvField(breakdown.categoryType),
        csvField(breakdown.category),
        csvField(p.period),
        span.start,
        span.end,
        num(p.value),
        num(p.lower),
        num(p.upper),
        num(p.count),
        num(p.denominator),
        csvField(p.note),
        csvField(p.published?.trend),
        csvField(p.published?.benchmark),
      ].join(','),
    );
  }
  // CRLF line ends, as RFC 4180 and spreadsheet programs expect.
  return `${lines.join('\r\n')}\r\n`;
}

export function indicatorJson(indicator: Indicator, areas: readonly Area[]): string {
  const used = new Set([
    ...indicator.series.map((p) => p.area),
    ...indicator.comparators,
    ...(indicator.benchmark ? [indicator.benchmark] : []),
  ]);
  const data = {
    ...indicator,
    series: sortedSeries(indicator, areas),
    areas: areas.filter((a) => used.has(a.id)),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A size as people read it: "850 bytes", "2 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

// ------------------------------------------------------------ the files of one indicator page

export interface DownloadFile {
  /** The file name, inside /indicators/<id>/. */
  readonly name: string;
  /** What it is, for the link: "CSV", "JSON", "SVG". */
  readonly type: 'CSV' | 'JSON' | 'SVG';
  readonly mediaType: string;
  /** Link text. */
  readonly label: string;
  /** Whether the page lists it (the Vega spec for the client script is not a download). */
  readonly listed: boolean;
  readonly body: () => Promise<string>;
}

interface ChartForDownload {
  readonly spec: TopLevelSpec;
  /** The phone's layout: only its compiled spec is written, for the live chart on a phone. */
  readonly narrowSpec: TopLevelSpec;
  readonly title: string;
  readonly summary: string;
}

/** The files for an indicator: its data as CSV and JSON, and each chart as SVG and as a compiled Vega spec. */
export function downloadFiles(
  indicator: Indicator,
  areas: readonly Area[],
  charts: { readonly trend?: ChartForDownload | undefined; readonly areas?: ChartForDownload | undefined },
): DownloadFile[] {
  const files: DownloadFile[] = [
    {
      name: `${indicator.id}.csv`,
      type: 'CSV',
      mediaType: 'text/csv; charset=utf-8',
      label: 'All values as a spreadsheet',
      listed: true,
      body: () => Promise.resolve(indicatorCsv(indicator, areas)),
    },
    {
      name: `${indicator.id}.json`,
      type: 'JSON',
      mediaType: 'application/json',
      label: 'All values and the definition as data',
      listed: true,
      body: () => Promise.resolve(indicatorJson(indicator, areas)),
    },
  ];
  for (const [key, chart, label] of [
    ['trend', charts.trend, 'The trend chart as an image'],
    ['areas', charts.areas, 'The area chart as an image'],
  ] as const) {
    if (!chart) continue;
    files.push(
      {
        name: `${indicator.id}-${key}.svg`,
        type: 'SVG',
        mediaType: 'image/svg+xml',
        label,
        listed: true,
        body: () => renderChartFile(chart.spec, chart.title, chart.summary),
      },
      {
        name: `${indicator.id}-${key}.vg.json`,
        type: 'JSON',
        mediaType: 'application/json',
        label: 'Vega specification',
        listed: false,
        body: () => compiledChart(chart.spec),
      },
      {
        name: `${indicator.id}-${key}-narrow.vg.json`,
        type: 'JSON',
        mediaType: 'application/json',
        label: 'Vega specification, phone layout',
        listed: false,
        body: () => compiledChart(chart.narrowSpec),
      },
    );
  }
  return files;
}
