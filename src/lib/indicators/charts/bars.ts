/**
 * What every horizontal bar chart of values shares (areas.ts for wards,
 * breakdown.ts for groups of people), in both layouts (trend.ts
 * ChartLayout): a bar per row with its 95% confidence interval as a whisker,
 * the words "No value" where a value is missing (never a bar of zero), a
 * labelled dashed reference line (the benchmark, or the area's overall
 * figure), and the spec around them. Rows are drawn in the order given.
 *
 * The rows carry their label field, `value`, `lower`, `upper`, `shown` (the
 * value in words) and `zero`.
 *
 * Wide: labels in a column to the left of the bars. Narrow (a phone): each
 * label on a line of its own above its bar, so labels need no column, the
 * whole chart NARROW_WIDTH wide and its plot about PLOT_WIDTH once padding is
 * taken.
 */

import { COLOURS } from './palette.ts';
import type { TopLevelSpec } from './render.ts';
import { textWidth } from './text-width.ts';
import { CHART_FONT_SIZE, NARROW_WIDTH, chartConfig, type ChartLayout } from './trend.ts';

const PLOT_WIDTH = NARROW_WIDTH - 26;
const NARROW_STEP = 46;
/** How far below its label a bar sits, in the narrow layout. */
const BAR_DROP = 9;

interface BarRow {
  readonly value: number | null;
  readonly upper: number | null;
}

/** The y and x encodings: the rows in order by `label`, and their values. */
export function barAxes(label: string, order: readonly string[], xTitle: string, layout: ChartLayout) {
  const narrow = layout === 'narrow';
  const y = {
    field: label,
    type: 'nominal' as const,
    title: null,
    sort: order,
    axis: narrow ? null : { labelLimit: 240 },
  };
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: xTitle,
    scale: { zero: true, nice: true },
    ...(narrow ? { axis: { tickCount: 4 } } : {}),
  };
  return { y, x };
}

/** The bar, whisker and "No value" layers (and, narrow, the labels above the bars); `tooltip` names the label field and its title. */
export function barLayers(
  y: object,
  x: { readonly field: string } & object,
  tooltip: { readonly field: string; readonly title: string },
  layout: ChartLayout,
  band = 0.7,
): object[] {
  const narrow = layout === 'narrow';
  const drop = narrow ? { yOffset: BAR_DROP } : {};
  return [
    ...(narrow
      ? [
          {
            mark: { type: 'text', align: 'left', baseline: 'bottom', dy: -2, limit: PLOT_WIDTH },
            encoding: { y, x: { field: 'zero', type: 'quantitative' }, text: { field: tooltip.field } },
          },
        ]
      : []),
    {
      transform: [{ filter: 'datum.value !== null' }],
      mark: { type: 'bar', color: COLOURS.darkBlue, height: { band: narrow ? 0.36 : band }, ...drop },
      encoding: { y, x, tooltip: [tooltip, { field: 'shown', title: 'Value' }] },
    },
    {
      transform: [{ filter: 'datum.lower !== null && datum.upper !== null' }],
      mark: { type: 'rule', color: COLOURS.darkGrey, strokeWidth: 1.5, ...drop },
      encoding: { y, x: { ...x, field: 'lower' }, x2: { field: 'upper' } },
    },
    {
      transform: [{ filter: 'datum.value === null' }],
      mark: narrow
        ? {
            type: 'text',
            align: 'left',
            baseline: 'middle',
            dy: BAR_DROP,
            color: COLOURS.darkGrey,
            fontStyle: 'italic',
          }
        : { type: 'text', align: 'left', dx: 4, color: COLOURS.darkGrey, fontStyle: 'italic' },
      encoding: { y, x: { field: 'zero', type: 'quantitative' }, text: { field: 'shown' } },
    },
  ];
}

/**
 * A dashed reference line at `line.value`, its label above the plot (so it
 * never covers a bar), on the side of the line that has room for it: the
 * axis runs from 0 to about the largest value or upper limit of the rows.
 */
export function referenceLine(
  x: object,
  line: { readonly value: number; readonly label: string },
  colour: string,
  rows: readonly BarRow[],
  layout: ChartLayout,
  wideSide?: 'left' | 'right',
): object {
  const largest = Math.max(line.value, ...rows.flatMap((r) => [r.value ?? 0, r.upper ?? 0]));
  const share = largest > 0 ? line.value / largest : 0;
  let text: object;
  if (layout === 'narrow') {
    const room = share * PLOT_WIDTH;
    const right = PLOT_WIDTH - room;
    const width = textWidth(line.label, CHART_FONT_SIZE, true);
    const align = width + 4 <= right ? 'left' : width + 4 <= room ? 'right' : room > right ? 'right' : 'left';
    text = {
      type: 'text',
      align,
      baseline: 'bottom',
      dx: align === 'left' ? 4 : -4,
      y: -4,
      color: colour,
      fontWeight: 'bold',
      limit: Math.max(room, right),
    };
  } else {
    // Wide: running right from the line, or left when asked (a line in the right half, whose label would run off).
    const side = wideSide ?? 'right';
    text = {
      type: 'text',
      align: side === 'right' ? 'left' : 'right',
      baseline: 'bottom',
      dx: side === 'right' ? 4 : -4,
      y: -4,
      color: colour,
      fontWeight: 'bold',
    };
  }
  return {
    data: { values: [line] },
    layer: [
      { mark: { type: 'rule', color: colour, strokeDash: [6, 3], strokeWidth: 2 }, encoding: { x } },
      { mark: text, encoding: { x, text: { field: 'label' } } },
    ],
  };
}

/** Whether a wide reference line sits in the right half of the axis, where its label should run left. */
export function inRightHalf(value: number, rows: readonly BarRow[]): boolean {
  const largest = Math.max(value, ...rows.flatMap((r) => [r.value ?? 0, r.upper ?? 0]));
  return largest > 0 && value / largest > 0.5;
}

/** The spec around the layers: `wideWidth` for the wide layout's plot, NARROW_WIDTH in all for a phone. */
export function barChartSpec(
  rows: readonly object[],
  layers: readonly object[],
  layout: ChartLayout,
  wideWidth: number,
): TopLevelSpec {
  const size =
    layout === 'narrow'
      ? {
          width: NARROW_WIDTH,
          // A fixed height rather than a step per bar: Vega-Lite's fit-x autosize warns when a size is given as steps.
          height: rows.length * NARROW_STEP,
          autosize: { type: 'fit-x', contains: 'padding' },
        }
      : { width: wideWidth, height: { step: 28 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...size,
    background: 'white',
    padding: { left: 8, right: 8, top: 24, bottom: 8 },
    data: { values: rows },
    layer: layers,
    config: chartConfig(),
  } as TopLevelSpec;
}
