/**
 * What vega-embed gets in the browser in place of Vega-Lite (astro.config.mjs
 * swaps it in): the site's specs are compiled to Vega at build time, so the
 * live charts (./charts-live.ts) never compile one, and the 86 KB gzipped of
 * Vega-Lite stay out of the chunk. vega-embed only reads `version` unless it
 * is asked to compile.
 */

export const version = 'not loaded: specs are compiled to Vega at build time';

export function compile(): never {
  throw new Error('Vega-Lite is not loaded in the browser: pass vega-embed a compiled Vega spec with mode "vega".');
}
