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
import { intervalBarLayers, referenceLine } from './bars.ts';
import { COLOURS } from './palette.ts';
import { textWidth } from './text-width.ts';
import type { TopLevelSpec } from './render.ts';
import { CHART_FONT_SIZE, NARROW_WIDTH, chartConfig, type ChartLayout } from './trend.ts';

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

/**
 * The narrow layout: each area's name on a line of its own above its bar, so
 * names need no column; the whole chart NARROW_WIDTH wide, its plot about
 * PLOT_WIDTH once padding is taken.
 */
const PLOT_WIDTH = NARROW_WIDTH - 26;
const NARROW_STEP = 46;
/** How far below its name a bar sits, in the narrow layout. */
const BAR_DROP = 9;

export function areasSpec(input: AreasInput, layout: ChartLayout = 'wide'): TopLevelSpec {
  return layout === 'narrow' ? narrowAreasSpec(input) : wideAreasSpec(input);
}

function wideAreasSpec(input: AreasInput): TopLevelSpec {
  const sorted = sortBars(input.bars);
  const rows = sorted.map((b) => ({
    area: b.name,
    value: b.point.value,
    lower: b.point.lower ?? null,
    upper: b.point.upper ?? null,
    shown: b.point.value === null ? 'No value' : formatValue(b.point.value, input.unit, input.decimals),
    zero: 0,
  }));
  const order = sorted.map((b) => b.name);
  const y = { field: 'area', type: 'nominal' as const, title: null, sort: order, axis: { labelLimit: 240 } };
  const x = { field: 'value', type: 'quantitative' as const, title: input.xTitle, scale: { zero: true, nice: true } };
  const layers: object[] = intervalBarLayers(y, x, 0.7, { field: 'area', title: 'Area' });
  if (input.benchmark) {
    const label = `${input.benchmark.name}: ${formatValue(input.benchmark.value, input.unit, input.decimals)}`;
    layers.push(referenceLine(x, { value: input.benchmark.value, label }, COLOURS.darkPink));
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 460,
    height: { step: 28 },
    background: 'white',
    padding: { left: 8, right: 8, top: 24, bottom: 8 },
    data: { values: rows },
    layer: layers,
    config: chartConfig(),
  } as TopLevelSpec;
}

/**
 * The breakdown for a phone: every bar the full width of the plot, with the
 * area's name above it (cut short with an ellipsis only past the plot's
 * width: the table below has every name), and the benchmark's label placed
 * on the side of its line that has room.
 */
function narrowAreasSpec(input: AreasInput): TopLevelSpec {
  const sorted = sortBars(input.bars);
  const rows = sorted.map((b) => ({
    area: b.name,
    value: b.point.value,
    lower: b.point.lower ?? null,
    upper: b.point.upper ?? null,
    shown: b.point.value === null ? 'No value' : formatValue(b.point.value, input.unit),
    zero: 0,
  }));
  const y = { field: 'area', type: 'nominal' as const, title: null, sort: sorted.map((b) => b.name), axis: null };
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: input.xTitle,
    scale: { zero: true, nice: true },
    axis: { tickCount: 4 },
  };
  const layers: object[] = [
    {
      mark: { type: 'text', align: 'left', baseline: 'bottom', dy: -2, limit: PLOT_WIDTH },
      encoding: { y, x: { field: 'zero', type: 'quantitative' }, text: { field: 'area' } },
    },
    {
      transform: [{ filter: 'datum.value !== null' }],
      mark: { type: 'bar', color: COLOURS.darkBlue, height: { band: 0.36 }, yOffset: BAR_DROP },
      encoding: {
        y,
        x,
        tooltip: [
          { field: 'area', title: 'Area' },
          { field: 'shown', title: 'Value' },
        ],
      },
    },
    {
      transform: [{ filter: 'datum.lower !== null && datum.upper !== null' }],
      mark: { type: 'rule', color: COLOURS.darkGrey, strokeWidth: 1.5, yOffset: BAR_DROP },
      encoding: { y, x: { ...x, field: 'lower' }, x2: { field: 'upper' } },
    },
    {
      transform: [{ filter: 'datum.value === null' }],
      mark: {
        type: 'text',
        align: 'left',
        baseline: 'middle',
        dy: BAR_DROP,
        color: COLOURS.darkGrey,
        fontStyle: 'italic',
      },
      encoding: { y, x: { field: 'zero', type: 'quantitative' }, text: { field: 'shown' } },
    },
  ];
  if (input.benchmark) {
    const label = `${input.benchmark.name}: ${formatValue(input.benchmark.value, input.unit)}`;
    // Which side of its line the label has room on: the axis runs from 0 to about the largest value shown.
    const largest = Math.max(input.benchmark.value, ...sorted.flatMap((b) => [b.point.value ?? 0, b.point.upper ?? 0]));
    const share = largest > 0 ? input.benchmark.value / largest : 0;
    const room = share * PLOT_WIDTH;
    const right = PLOT_WIDTH - room;
    const width = textWidth(label, CHART_FONT_SIZE, true);
    const align = width + 4 <= right ? 'left' : width + 4 <= room ? 'right' : room > right ? 'right' : 'left';
    layers.push({
      data: { values: [{ value: input.benchmark.value, label }] },
      layer: [
        { mark: { type: 'rule', color: COLOURS.darkPink, strokeDash: [6, 3], strokeWidth: 2 }, encoding: { x } },
        {
          mark: {
            type: 'text',
            align,
            baseline: 'bottom',
            dx: align === 'left' ? 4 : -4,
            y: -4,
            color: COLOURS.darkPink,
            fontWeight: 'bold',
            limit: Math.max(room, right),
          },
          encoding: { x, text: { field: 'label' } },
        },
      ],
    });
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: NARROW_WIDTH,
    // A fixed height rather than a step per bar: Vega-Lite's fit-x autosize warns when a size is given as steps.
    height: rows.length * NARROW_STEP,
    autosize: { type: 'fit-x', contains: 'padding' },
    background: 'white',
    padding: { left: 8, right: 8, top: 24, bottom: 8 },
    data: { values: rows },
    layer: layers,
    config: chartConfig(),
  } as TopLevelSpec;
}
