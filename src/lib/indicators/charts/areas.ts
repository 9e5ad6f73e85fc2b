/**
 * The area breakdown of an indicator page (wards, usually): one bar per area
 * for one period, sorted from highest to lowest, with 95% confidence
 * intervals as whiskers and the benchmark's value as a labelled line. An
 * area with no value gets the words "No value" instead of a bar, never a
 * bar of zero.
 */

import type { Point } from '../../contract/schemas.ts';
import { formatValue } from '../../core/numbers.ts';
import type { Unit } from '../../core/vocabulary.ts';
import { barAxes, barChartSpec, barLayers, referenceLine } from './bars.ts';
import { COLOURS } from './palette.ts';
import type { TopLevelSpec } from './render.ts';
import type { ChartLayout } from './trend.ts';

export interface AreaBar {
  readonly name: string;
  readonly point: Point;
}

export interface AreasInput {
  readonly unit: Unit;
  /** Decimal places values are shown to (the indicator's `decimals`); undefined: as the data has them. */
  readonly decimals?: number | undefined;
  readonly bars: readonly AreaBar[];
  readonly benchmark?: { readonly name: string; readonly value: number } | undefined;
  readonly xTitle: string;
}

/** Highest first; areas without a value last, by name. */
export function sortBars(bars: readonly AreaBar[]): AreaBar[] {
  return [...bars].sort((a, b) => {
    const av = a.point.value;
    const bv = b.point.value;
    if (av === null && bv === null) return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    if (av === null) return 1;
    if (bv === null) return -1;
    return bv - av || (a.name < b.name ? -1 : 1);
  });
}

/** The ward chart, wide or for a phone (bars.ts): highest first, the benchmark as a dark pink line. */
export function areasSpec(input: AreasInput, layout: ChartLayout = 'wide'): TopLevelSpec {
  const sorted = sortBars(input.bars);
  const rows = sorted.map((b) => ({
    area: b.name,
    value: b.point.value,
    lower: b.point.lower ?? null,
    upper: b.point.upper ?? null,
    shown: b.point.value === null ? 'No value' : formatValue(b.point.value, input.unit, input.decimals),
    zero: 0,
  }));
  const { y, x } = barAxes(
    'area',
    sorted.map((b) => b.name),
    input.xTitle,
    layout,
  );
  const layers = barLayers(y, x, { field: 'area', title: 'Area' }, layout);
  if (input.benchmark) {
    const label = `${input.benchmark.name}: ${formatValue(input.benchmark.value, input.unit, input.decimals)}`;
    layers.push(referenceLine(x, { value: input.benchmark.value, label }, COLOURS.darkPink, rows, layout));
  }
  return barChartSpec(rows, layers, layout, 460);
}
