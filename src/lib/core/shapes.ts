/**
 * The small shape drawn before each status word (indicators/judgements.ts *_SHAPES, delivery/rag.ts),
 * as SVG markup for a 16 by 16 box. Numbers only: nothing from authors' files.
 */

/** Shapes drawn next to each word, so that colour never carries a judgement alone. */
export type Shape = 'star' | 'circle' | 'triangle-down' | 'square' | 'ring' | 'triangle-up' | 'diamond' | 'dash';

const PATHS: Record<Shape, string> = {
  star: '<path d="M8 1l2.1 4.5 4.9.6-3.6 3.4.9 4.9L8 12l-4.3 2.4.9-4.9L1 6.1l4.9-.6z"/>',
  circle: '<circle cx="8" cy="8" r="6"/>',
  ring: '<circle cx="8" cy="8" r="5" fill="none" stroke="currentColor" stroke-width="2.5"/>',
  square: '<rect x="2.5" y="2.5" width="11" height="11"/>',
  'triangle-up': '<path d="M8 2l6.5 11.5h-13z"/>',
  'triangle-down': '<path d="M8 14L1.5 2.5h13z"/>',
  diamond: '<path d="M8 1l7 7-7 7-7-7z"/>',
  dash: '<rect x="2" y="6.5" width="12" height="3"/>',
};

export function shapeSvg(shape: Shape): string {
  return `<svg class="app-status__shape" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="currentColor">${PATHS[shape]}</svg>`;
}
