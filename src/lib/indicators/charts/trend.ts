/**
 * The trend chart of an indicator page, as a Vega-Lite spec: the main area
 * with its 95% confidence intervals as whiskers, the benchmark and comparator
 * areas, and the target as a marked point with the straight trajectory from
 * the baseline. Periods sit on a time axis (judgements.ts axisYears), so a
 * target "by 2028" and data in financial years line up. A null value leaves a
 * gap in its line; it is never drawn as zero.
 */

import type { Point } from '../../contract/schemas.ts';
import type { ResolvedTarget } from '../judgements.ts';
import { axisYears } from '../judgements.ts';
import { formatValue } from '../../core/numbers.ts';
import type { Unit } from '../../core/vocabulary.ts';
import { COLOURS, COMPARATOR_COLOURS, DASHES, FONT, SHAPES, TEXT } from './palette.ts';
import type { TopLevelSpec } from './render.ts';
import { textWidth, wrapText } from './text-width.ts';

export interface ChartSeries {
  readonly name: string;
  readonly role: 'main' | 'benchmark' | 'comparator';
  /** Oldest first; nulls kept. */
  readonly points: readonly Point[];
}

export interface TrendInput {
  readonly unit: Unit;
  /** Decimal places values are shown to (the indicator's `decimals`); undefined: as the data has them. */
  readonly decimals?: number | undefined;
  /** The main area first, then the benchmark, then comparators. */
  readonly series: readonly ChartSeries[];
  readonly target?: ResolvedTarget | undefined;
  /** The y-axis title. */
  readonly yTitle: string;
}

/** The target and its trajectory: dark pink, a colour no area line uses. */
const TARGET = COLOURS.darkPink;

/**
 * Each chart is drawn twice at build time, and the page shows one
 * (Chart.astro): `wide` for a column of 700 px or more, `narrow` for a
 * phone, laid out to be drawn at its own size in a 290 px column (a 320 px
 * screen) so that its 13 px text is never scaled below 12 px. Text is the
 * same size in both; the narrow layout has fewer axis labels and a key in one
 * column whose long names wrap.
 */
export type ChartLayout = 'wide' | 'narrow';

export const TREND_SIZE = { width: 560, height: 300 } as const;
/**
 * The narrow layout's whole width, axes and padding included (Vega's `fit`
 * autosize shrinks the plot to leave room for them): a 320 px screen's
 * column is 290 px. Its plot is about 210 px wide, once the y axis has taken
 * its labels' width.
 */
export const NARROW_WIDTH = 288;
const TREND_NARROW_SIZE = { width: NARROW_WIDTH, height: 220, plot: 210 } as const;
/** The charts' text size, in CSS pixels as laid out (chartConfig). */
export const CHART_FONT_SIZE = 13;
/** The narrow layouts' widest key label, and their space between axis labels. */
const NARROW_KEY_WIDTH = 230;
const LABEL_GAP = 12;

/** The colour, shape and dash of each series, in order: the same in the chart, its key and the dashboard. */
export function seriesStyles(series: readonly ChartSeries[]) {
  let comparator = 0;
  return series.map((s, i) => {
    const colour =
      s.role === 'main'
        ? COLOURS.darkBlue
        : s.role === 'benchmark'
          ? COLOURS.darkGrey
          : (COMPARATOR_COLOURS[comparator++ % COMPARATOR_COLOURS.length] ?? COLOURS.plum);
    return {
      name: s.name,
      colour,
      shape: SHAPES[i % SHAPES.length] ?? 'circle',
      dash: DASHES[i % DASHES.length] ?? [],
    };
  });
}

/**
 * An axis label expression mapping each tick position to its period label.
 * Labels are validated period forms, letters included ("Aug 2023 - Jul
 * 2024"); a backslash or quote could only end the string early, so both are
 * escaped rather than any character dropped.
 */
function labelExpression(ticks: readonly { x: number; label: string }[]): string {
  const quoted = (label: string) => `'${label.replace(/[\\']/g, (c) => `\\${c}`)}'`;
  return ticks.reduceRight((rest, t) => `datum.value == ${t.x} ? ${quoted(t.label)} : ${rest}`, "''");
}

/**
 * Axis labels a narrow plot has room for: the first, the last and as many
 * evenly spaced between them as fit side by side without touching.
 */
export function evenTicks<T extends { label: string }>(ticks: readonly T[], plotWidth: number): T[] {
  const widest = Math.max(...ticks.map((t) => textWidth(t.label, CHART_FONT_SIZE)));
  const room = Math.max(2, Math.floor((plotWidth + LABEL_GAP) / (widest + LABEL_GAP)));
  if (ticks.length <= room) return [...ticks];
  const picked = new Set(Array.from({ length: room }, (_, i) => Math.round((i * (ticks.length - 1)) / (room - 1))));
  return ticks.filter((_, i) => picked.has(i));
}

/** A key label wrapped to the narrow key's width, as one string with line breaks, which the key splits. */
function keyLabel(name: string, layout: ChartLayout): string {
  return layout === 'narrow' ? wrapText(name, NARROW_KEY_WIDTH, CHART_FONT_SIZE).join('\n') : name;
}

export function trendSpec(input: TrendInput, layout: ChartLayout = 'wide'): TopLevelSpec {
  const narrow = layout === 'narrow';
  const size = narrow ? TREND_NARROW_SIZE : TREND_SIZE;
  const styles = seriesStyles(input.series).map((style) => ({ ...style, key: keyLabel(style.name, layout) }));
  const keyOf = new Map(styles.map((style) => [style.name, style.key]));
  const rows = input.series.flatMap((s) =>
    s.points.map((p) => ({
      series: s.name,
      ...(narrow ? { key: keyOf.get(s.name) ?? s.name } : {}),
      period: p.period,
      x: axisYears(p.period),
      value: p.value,
      lower: p.lower ?? null,
      upper: p.upper ?? null,
      shown: formatValue(p.value, input.unit, input.decimals),
    })),
  );
  const main = input.series.find((s) => s.role === 'main');
  const t = input.target;
  const tickMap = new Map<number, string>();
  for (const r of rows) tickMap.set(r.x, r.period);
  if (t) {
    tickMap.set(axisYears(t.since), t.since);
    tickMap.set(axisYears(t.by), t.by);
  }
  const ticks = [...tickMap].map(([x, label]) => ({ x, label })).sort((a, b) => a.x - b.x);
  const xs = ticks.map((tk) => tk.x);
  const domain = [Math.min(...xs) - 0.5, Math.max(...xs) + 0.5];
  // Wide: at most about 8 labels, always the first and last, so they do not collide. Narrow: as many as fit.
  const step = Math.max(1, Math.ceil(ticks.length / 8));
  const shownTicks = narrow
    ? evenTicks(ticks, TREND_NARROW_SIZE.plot)
    : ticks.filter((_, i) => i % step === 0 || i === ticks.length - 1);

  const x = {
    field: 'x',
    type: 'quantitative' as const,
    title: 'Period',
    scale: { domain, nice: false, zero: false },
    axis: {
      values: shownTicks.map((tk) => tk.x),
      labelExpr: labelExpression(shownTicks),
      labelOverlap: 'greedy' as const,
      labelSeparation: 8,
      grid: false,
    },
  };
  const y = {
    field: 'value',
    type: 'quantitative' as const,
    title: input.yTitle,
    // Padding keeps the target's label inside the plot when the target is the lowest or highest value.
    scale: { zero: false, nice: true, padding: 24 },
    axis: { format: ',~r' },
  };
  // The key's entries: each series' name, wrapped onto lines in the narrow layout (the `key` field).
  const keyField = narrow ? 'key' : 'series';
  const keys = styles.map((s) => (narrow ? s.key : s.name));
  const colour = {
    field: keyField,
    type: 'nominal' as const,
    title: null,
    scale: { domain: keys, range: styles.map((s) => s.colour) },
    legend: narrow
      ? {
          orient: 'bottom' as const,
          direction: 'vertical' as const,
          columns: 1,
          symbolStrokeWidth: 0,
          labelLimit: NARROW_KEY_WIDTH + 10,
          labelExpr: "split(datum.label, '\\n')",
        }
      : {
          orient: 'bottom' as const,
          columns: styles.some((s) => s.name.length > 28) ? 1 : 2,
          symbolStrokeWidth: 0,
          labelLimit: 420,
        },
  };
  const shape = {
    field: keyField,
    type: 'nominal' as const,
    title: null,
    scale: { domain: keys, range: styles.map((s) => s.shape) },
  };
  const dash = {
    field: keyField,
    type: 'nominal' as const,
    title: null,
    scale: { domain: keys, range: styles.map((s) => [...s.dash]) },
  };

  const layers: object[] = [
    // Whiskers: the main area's 95% confidence intervals.
    {
      data: { values: rows.filter((r) => r.series === main?.name && r.lower !== null && r.upper !== null) },
      mark: { type: 'rule', color: COLOURS.darkBlue, strokeWidth: 1.5, opacity: 0.6 },
      encoding: { x, y: { ...y, field: 'lower' }, y2: { field: 'upper' } },
    },
    {
      mark: { type: 'line', strokeWidth: 2.5 },
      encoding: { x, y, color: colour, strokeDash: dash, detail: { field: 'series' } },
    },
    {
      mark: { type: 'point', filled: true, size: narrow ? 40 : 60, opacity: 1 },
      encoding: {
        x,
        y,
        color: colour,
        shape,
        tooltip: [
          { field: 'series', title: 'Area' },
          { field: 'period', title: 'Period' },
          { field: 'shown', title: 'Value' },
        ],
      },
    },
  ];
  if (t) {
    const path = [
      { x: axisYears(t.since), value: t.baseline },
      { x: axisYears(t.by), value: t.value },
    ];
    layers.push(
      {
        data: { values: path },
        mark: { type: 'line', color: TARGET, strokeDash: [3, 3], strokeWidth: 1.5 },
        encoding: { x, y },
      },
      {
        data: {
          values: [
            { x: axisYears(t.by), value: t.value, label: `Target: ${formatValue(t.value, input.unit)} by ${t.by}` },
          ],
        },
        layer: [
          {
            mark: { type: 'point', shape: 'diamond', size: 160, filled: true, color: TARGET, opacity: 1 },
            encoding: { x, y },
          },
          {
            // Below the diamond when the trajectory comes down to it, above when it rises, so the label never crosses it.
            mark: {
              type: 'text',
              align: 'right',
              dx: 6,
              dy: t.value < t.baseline ? 20 : -14,
              color: TARGET,
              fontWeight: 'bold',
            },
            encoding: { x, y, text: { field: 'label' } },
          },
        ],
      },
    );
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: size.width,
    height: size.height,
    ...(narrow ? { autosize: { type: 'fit-x', contains: 'padding' } } : {}),
    background: 'white',
    padding: 8,
    data: { values: rows },
    layer: layers,
    config: chartConfig(),
  } as TopLevelSpec;
}

export function chartConfig() {
  return {
    font: FONT,
    // The wrapper is the accessible image; marks get no roles of their own.
    aria: false,
    view: { stroke: null },
    axis: {
      labelFontSize: CHART_FONT_SIZE,
      titleFontSize: CHART_FONT_SIZE,
      labelColor: TEXT,
      titleColor: TEXT,
      domainColor: TEXT,
      tickColor: TEXT,
      gridColor: '#d9d9d9',
    },
    legend: { labelFontSize: CHART_FONT_SIZE, labelColor: TEXT, symbolSize: 90 },
    text: { fontSize: CHART_FONT_SIZE, font: FONT },
  };
}
