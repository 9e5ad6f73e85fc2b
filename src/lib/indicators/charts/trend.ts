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

export interface ChartSeries {
  readonly name: string;
  readonly role: 'main' | 'benchmark' | 'comparator';
  /** Oldest first; nulls kept. */
  readonly points: readonly Point[];
}

export interface TrendInput {
  readonly unit: Unit;
  /** The main area first, then the benchmark, then comparators. */
  readonly series: readonly ChartSeries[];
  readonly target?: ResolvedTarget | undefined;
  /** The y-axis title. */
  readonly yTitle: string;
}

/** The target and its trajectory: dark pink, a colour no area line uses. */
const TARGET = COLOURS.darkPink;

export const TREND_SIZE = { width: 560, height: 300 } as const;

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

/** An axis label expression mapping each tick position to its period label (labels are validated period forms). */
function labelExpression(ticks: readonly { x: number; label: string }[]): string {
  return ticks.reduceRight(
    (rest, t) => `datum.value == ${t.x} ? '${t.label.replace(/[^0-9/ Q-]/g, '')}' : ${rest}`,
    "''",
  );
}

export function trendSpec(input: TrendInput): TopLevelSpec {
  const styles = seriesStyles(input.series);
  const rows = input.series.flatMap((s) =>
    s.points.map((p) => ({
      series: s.name,
      period: p.period,
      x: axisYears(p.period),
      value: p.value,
      lower: p.lower ?? null,
      upper: p.upper ?? null,
      shown: formatValue(p.value, input.unit),
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
  // Show at most about 8 labels, always the first and last, so they do not collide.
  const step = Math.max(1, Math.ceil(ticks.length / 8));
  const shownTicks = ticks.filter((_, i) => i % step === 0 || i === ticks.length - 1);

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
  const colour = {
    field: 'series',
    type: 'nominal' as const,
    title: null,
    scale: { domain: styles.map((s) => s.name), range: styles.map((s) => s.colour) },
    legend: {
      orient: 'bottom' as const,
      columns: styles.some((s) => s.name.length > 28) ? 1 : 2,
      symbolStrokeWidth: 0,
      labelLimit: 420,
    },
  };
  const shape = {
    field: 'series',
    type: 'nominal' as const,
    title: null,
    scale: { domain: styles.map((s) => s.name), range: styles.map((s) => s.shape) },
  };
  const dash = {
    field: 'series',
    type: 'nominal' as const,
    title: null,
    scale: { domain: styles.map((s) => s.name), range: styles.map((s) => [...s.dash]) },
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
      mark: { type: 'point', filled: true, size: 60, opacity: 1 },
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
    width: TREND_SIZE.width,
    height: TREND_SIZE.height,
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
      labelFontSize: 13,
      titleFontSize: 13,
      labelColor: TEXT,
      titleColor: TEXT,
      domainColor: TEXT,
      tickColor: TEXT,
      gridColor: '#d9d9d9',
    },
    legend: { labelFontSize: 13, labelColor: TEXT, symbolSize: 90 },
    text: { fontSize: 13, font: FONT },
  };
}
