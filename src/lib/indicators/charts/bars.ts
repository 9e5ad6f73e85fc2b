/**
 * The pieces every horizontal bar chart of values shares (areas.ts for wards,
 * breakdown.ts for groups of people): a bar per value with its 95%
 * confidence interval as a whisker, the words "No value" where a value is
 * missing (never a bar of zero), and a labelled reference line (the
 * benchmark, or the area's overall figure). The data rows carry `value`,
 * `lower`, `upper`, `shown` (the value in words) and `zero`.
 */

import { COLOURS } from './palette.ts';

/** The bar, whisker and "No value" layers; `tooltip` names the row's label field and its title. */
export function intervalBarLayers(
  y: object,
  x: { readonly field: string } & object,
  band: number,
  tooltip: { readonly field: string; readonly title: string },
): object[] {
  return [
    {
      transform: [{ filter: 'datum.value !== null' }],
      mark: { type: 'bar', color: COLOURS.darkBlue, height: { band } },
      encoding: {
        y,
        x,
        tooltip: [tooltip, { field: 'shown', title: 'Value' }],
      },
    },
    {
      transform: [{ filter: 'datum.lower !== null && datum.upper !== null' }],
      mark: { type: 'rule', color: COLOURS.darkGrey, strokeWidth: 1.5 },
      encoding: { y, x: { ...x, field: 'lower' }, x2: { field: 'upper' } },
    },
    {
      transform: [{ filter: 'datum.value === null' }],
      mark: { type: 'text', align: 'left', dx: 4, color: COLOURS.darkGrey, fontStyle: 'italic' },
      encoding: { y, x: { field: 'zero', type: 'quantitative' }, text: { field: 'shown' } },
    },
  ];
}

/**
 * A dashed reference line at `value`, its label above the plot (so it never
 * covers a bar), running right from the line, or left when `side` is "left"
 * (a line in the right half of the plot, whose label would run off it).
 */
export function referenceLine(
  x: object,
  line: { readonly value: number; readonly label: string },
  colour: string,
  side: 'right' | 'left' = 'right',
): object {
  return {
    data: { values: [line] },
    layer: [
      { mark: { type: 'rule', color: colour, strokeDash: [6, 3], strokeWidth: 2 }, encoding: { x } },
      {
        mark: {
          type: 'text',
          align: side === 'right' ? 'left' : 'right',
          baseline: 'bottom',
          dx: side === 'right' ? 4 : -4,
          y: -4,
          color: colour,
          fontWeight: 'bold',
        },
        encoding: { x, text: { field: 'label' } },
      },
    ],
  };
}
