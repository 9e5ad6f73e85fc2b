/**
 * The Analysis Function's categorical palette (dark blue, turquoise, dark
 * pink, orange, dark grey, plum), in the order it recommends, plus the shape
 * and dash that go with each series so that no series is told apart by
 * colour alone.
 */

export const COLOURS = {
  darkBlue: '#12436D',
  turquoise: '#28A197',
  darkPink: '#801650',
  orange: '#F46A25',
  darkGrey: '#3D3D3D',
  plum: '#A285D1',
} as const;

/**
 * Series colours after the main area (dark blue) and the benchmark (dark
 * grey). Dark pink is kept for targets, so at most three comparators are drawn.
 */
export const COMPARATOR_COLOURS = [COLOURS.turquoise, COLOURS.orange, COLOURS.plum] as const;
/** Point shapes, in Vega's names, for the main area, the benchmark, then comparators. */
export const SHAPES = ['circle', 'square', 'triangle-up', 'diamond', 'triangle-down', 'cross'] as const;
/** Line dashes for the same order: the main area solid, the benchmark dashed, comparators dotted variants. */
export const DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [6, 2, 2, 2], [4, 4], [1, 2]];

/** Text and axes: the palette's dark grey on white is 10.4:1. */
export const TEXT = COLOURS.darkGrey;
export const FONT = 'Arial, Helvetica, sans-serif';
