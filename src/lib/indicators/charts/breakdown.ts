/**
 * A breakdown of one area's figures for one period (by sex, deprivation,
 * ethnic group, age): one bar per group in the order given (most deprived
 * first; youngest first), never re-sorted by value, so that a gradient
 * across deprivation tenths reads as one. Each bar has its 95% confidence
 * interval as a whisker, and the area's overall figure is a labelled dashed
 * line. A group with no value gets the words "No value" instead of a bar,
 * never a bar of zero.
 */

import { formatValue } from '../../core/numbers.ts';
import type { Unit } from '../../core/vocabulary.ts';
import { barAxes, barChartSpec, barLayers, inRightHalf, referenceLine } from './bars.ts';
import { COLOURS } from './palette.ts';
import type { TopLevelSpec } from './render.ts';
import type { ChartLayout } from './trend.ts';

export interface BreakdownBar {
  /** The group: "Male", "Most deprived decile", "10-14 yrs". */
  readonly label: string;
  readonly value: number | null;
  readonly lower?: number | undefined;
  readonly upper?: number | undefined;
}

export interface BreakdownInput {
  readonly unit: Unit;
  /** Decimal places values are shown to (the indicator's `decimals`). */
  readonly decimals?: number | undefined;
  /** In the order to draw, top to bottom. */
  readonly bars: readonly BreakdownBar[];
  /** The area's overall figure for the same period, drawn as a line: "Kent overall". */
  readonly overall?: { readonly name: string; readonly value: number } | undefined;
  readonly xTitle: string;
}

/** The wide layout's plot; labels of up to 240 pixels sit to its left (Arial widths, see text-width.ts). */
const WIDTH = 420;

/** The breakdown chart, wide or for a phone (bars.ts): in the given order, the overall figure as a grey line. */
export function breakdownSpec(input: BreakdownInput, layout: ChartLayout = 'wide'): TopLevelSpec {
  const show = (value: number) => formatValue(value, input.unit, input.decimals);
  const rows = input.bars.map((bar) => ({
    group: bar.label,
    value: bar.value,
    lower: bar.lower ?? null,
    upper: bar.upper ?? null,
    shown: bar.value === null ? 'No value' : show(bar.value),
    zero: 0,
  }));
  const { y, x } = barAxes(
    'group',
    rows.map((r) => r.group),
    input.xTitle,
    layout,
  );
  const layers = barLayers(y, x, { field: 'group', title: 'Group' }, layout, 0.65);
  const overall = input.overall;
  if (overall) {
    const line = { value: overall.value, label: `${overall.name}: ${show(overall.value)}` };
    const side = inRightHalf(overall.value, rows) ? 'left' : 'right';
    layers.push(referenceLine(x, line, COLOURS.darkGrey, rows, layout, side));
  }
  return barChartSpec(rows, layers, layout, WIDTH);
}
