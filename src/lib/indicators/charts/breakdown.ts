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
import { intervalBarLayers, referenceLine } from './bars.ts';
import { COLOURS } from './palette.ts';
import type { TopLevelSpec } from './render.ts';
import { textWidth } from './text-width.ts';
import { CHART_FONT_SIZE, NARROW_WIDTH, chartConfig, type ChartLayout } from './trend.ts';

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

/** Width of the plot; labels of up to 240 pixels sit to its left (Arial widths, see render.ts). */
const WIDTH = 420;

/** The narrow layout (a phone): each group's name on a line of its own above its bar, as the ward chart does. */
const PLOT_WIDTH = NARROW_WIDTH - 26;
const NARROW_STEP = 46;
const BAR_DROP = 9;

export function breakdownSpec(input: BreakdownInput, layout: ChartLayout = 'wide'): TopLevelSpec {
  return layout === 'narrow' ? narrowBreakdownSpec(input) : wideBreakdownSpec(input);
}

function wideBreakdownSpec(input: BreakdownInput): TopLevelSpec {
  const show = (value: number) => formatValue(value, input.unit, input.decimals);
  const rows = input.bars.map((bar) => ({
    group: bar.label,
    value: bar.value,
    lower: bar.lower ?? null,
    upper: bar.upper ?? null,
    shown: bar.value === null ? 'No value' : show(bar.value),
    zero: 0,
  }));
  const y = {
    field: 'group',
    type: 'nominal' as const,
    title: null,
    sort: rows.map((r) => r.group),
    axis: { labelLimit: 240 },
  };
  const x = { field: 'value', type: 'quantitative' as const, title: input.xTitle, scale: { zero: true, nice: true } };
  const layers: object[] = intervalBarLayers(y, x, 0.65, { field: 'group', title: 'Group' });
  const overall = input.overall;
  if (overall) {
    const label = `${overall.name}: ${show(overall.value)}`;
    // A label that runs away from the nearer edge of the plot.
    const top = Math.max(overall.value, ...input.bars.flatMap((b) => [b.value ?? 0, b.upper ?? 0]));
    const side = top > 0 && overall.value / top > 0.5 ? 'left' : 'right';
    layers.push(referenceLine(x, { value: overall.value, label }, COLOURS.darkGrey, side));
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: { step: 28 },
    background: 'white',
    padding: { left: 8, right: 8, top: 24, bottom: 8 },
    data: { values: rows },
    layer: layers,
    config: chartConfig(),
  } as TopLevelSpec;
}

function narrowBreakdownSpec(input: BreakdownInput): TopLevelSpec {
  const show = (value: number) => formatValue(value, input.unit, input.decimals);
  const rows = input.bars.map((bar) => ({
    group: bar.label,
    value: bar.value,
    lower: bar.lower ?? null,
    upper: bar.upper ?? null,
    shown: bar.value === null ? 'No value' : show(bar.value),
    zero: 0,
  }));
  const y = { field: 'group', type: 'nominal' as const, title: null, sort: rows.map((r) => r.group), axis: null };
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
      encoding: { y, x: { field: 'zero', type: 'quantitative' }, text: { field: 'group' } },
    },
    {
      transform: [{ filter: 'datum.value !== null' }],
      mark: { type: 'bar', color: COLOURS.darkBlue, height: { band: 0.36 }, yOffset: BAR_DROP },
      encoding: {
        y,
        x,
        tooltip: [
          { field: 'group', title: 'Group' },
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
  const overall = input.overall;
  if (overall) {
    const label = `${overall.name}: ${show(overall.value)}`;
    const largest = Math.max(overall.value, ...input.bars.flatMap((b) => [b.value ?? 0, b.upper ?? 0]));
    const room = (largest > 0 ? overall.value / largest : 0) * PLOT_WIDTH;
    const right = PLOT_WIDTH - room;
    const width = textWidth(label, CHART_FONT_SIZE, true);
    const align = width + 4 <= right ? 'left' : width + 4 <= room ? 'right' : room > right ? 'right' : 'left';
    layers.push({
      data: { values: [{ value: overall.value, label }] },
      layer: [
        { mark: { type: 'rule', color: COLOURS.darkGrey, strokeDash: [6, 3], strokeWidth: 2 }, encoding: { x } },
        {
          mark: {
            type: 'text',
            align,
            baseline: 'bottom',
            dx: align === 'left' ? 4 : -4,
            y: -4,
            color: COLOURS.darkGrey,
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
    height: rows.length * NARROW_STEP,
    autosize: { type: 'fit-x', contains: 'padding' },
    background: 'white',
    padding: { left: 8, right: 8, top: 24, bottom: 8 },
    data: { values: rows },
    layer: layers,
    config: chartConfig(),
  } as TopLevelSpec;
}
