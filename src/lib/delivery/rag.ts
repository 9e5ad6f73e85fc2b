/**
 * The fixed RAG vocabulary of a delivery return: the key an author writes, the
 * word every page shows, the shape drawn before it (colour is never the only
 * cue), the GOV.UK tag colour, and a sentence for the key on each page.
 */

import type { Shape } from '../core/shapes.ts';
import type { RagKey } from '../core/vocabulary.ts';

export const RAG_WORDS: Record<RagKey, string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  complete: 'Complete',
  'not-started': 'Not started',
};

/** What each rating means, for the key shown with the counts. */
export const RAG_MEANINGS: Record<RagKey, string> = {
  red: 'serious problems: the project will not deliver without help',
  amber: 'some problems or risks, which the project is managing',
  green: 'on track',
  complete: 'finished: what was promised has been delivered',
  'not-started': 'planned, but work has not begun',
};

/** Different shapes for every rating, so the table reads in greyscale and for people who cannot tell red from green. */
export const RAG_SHAPES: Record<RagKey, Shape> = {
  red: 'diamond',
  amber: 'triangle-up',
  green: 'circle',
  complete: 'star',
  'not-started': 'ring',
};

/** GOV.UK Frontend tag modifiers: each meets contrast for its text. Blue (no modifier) for complete. */
export const RAG_TAG_CLASSES: Record<RagKey, string> = {
  red: 'govuk-tag--red',
  amber: 'govuk-tag--yellow',
  green: 'govuk-tag--green',
  complete: '',
  'not-started': 'govuk-tag--grey',
};

/**
 * Order for judging movement between periods: higher is further along.
 * "Not started" is outside the scale: a move to or from it is a change, not
 * better or worse.
 */
const RANK: Partial<Record<RagKey, number>> = { red: 1, amber: 2, green: 3, complete: 4 };

export type Movement = 'better' | 'worse' | 'same' | 'changed';

export const MOVEMENT_WORDS: Record<Movement, string> = {
  better: 'Improved',
  worse: 'Worse',
  same: 'No change',
  changed: 'Changed',
};

/** How a rating moved from one period to the next. */
export function ragMovement(from: RagKey, to: RagKey): Movement {
  if (from === to) return 'same';
  const a = RANK[from];
  const b = RANK[to];
  if (a === undefined || b === undefined) return 'changed';
  return b > a ? 'better' : 'worse';
}
