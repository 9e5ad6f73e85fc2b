/**
 * Benchmark of build-time charts: every chart of the example site's indicator
 * pages (trend charts and ward breakdowns), timed three ways in one run:
 * - compile: Vega-Lite to Vega only (the baseline);
 * - layout: compile, parse and lay out, without SVG output;
 * - with SVG: what a page pays (src/lib/indicators/charts/render.ts, from an
 *   empty cache).
 * Each is reported per chart and as a ratio to the compile baseline. The
 * timing is all here: the chart module itself carries no measuring hooks.
 */

import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from '../../src/lib/indicators/charts/render.ts';
import { dirsFromEnv } from '../../src/lib/contract/site-model.ts';
import { indicatorView } from '../../src/lib/indicators/view.ts';
import { getSite } from '../../src/lib/site/load.ts';

type Table = (title: string, head: readonly string[], rows: readonly (readonly string[])[]) => void;
type RenderModule = typeof import('../../src/lib/indicators/charts/render.ts');

const RENDER = new URL('../../src/lib/indicators/charts/render.ts', import.meta.url);
let copies = 0;

/**
 * A new instance of the chart module, so that its caches start empty: the
 * same file imported under a URL it has not been imported under before.
 */
async function freshRender(): Promise<RenderModule> {
  const url = new URL(RENDER);
  url.search = `?bench=${++copies}`;
  return (await import(url.href)) as RenderModule;
}

/** Compile, parse and lay out, as renderChart does, but write no SVG. */
async function layout(spec: TopLevelSpec): Promise<void> {
  const view = new vega.View(vega.parse(compile(spec).spec as vega.Spec), { renderer: 'none' });
  await view.runAsync();
  view.finalize();
}

async function timeEach(
  specs: readonly TopLevelSpec[],
  run: (spec: TopLevelSpec, i: number) => unknown,
): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < specs.length; i++) await run(specs[i] as TopLevelSpec, i);
  return performance.now() - started;
}

export async function runChartsBench(options: { quick: boolean; print: Table }): Promise<Record<string, unknown>> {
  const site = getSite(dirsFromEnv({}));
  const specs: TopLevelSpec[] = [];
  for (const indicator of site.content.indicators) {
    const view = indicatorView(site, indicator);
    if (view.trend) specs.push(view.trend.spec);
    if (view.breakdown) specs.push(view.breakdown.spec);
  }
  const rounds = options.quick ? 1 : 3;
  // Warm up once (module loading, JIT), then keep the best of the rounds.
  const warm = await freshRender();
  await timeEach(specs.slice(0, 5), (spec, i) => warm.renderChart(spec, `warm-${i}`));
  let compiled = Infinity;
  let laidOut = Infinity;
  let svg = Infinity;
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    compiled = Math.min(compiled, await timeEach(specs, (spec) => compile(spec)));
    laidOut = Math.min(laidOut, await timeEach(specs, (spec) => layout(spec)));
    const render = await freshRender();
    bytes = 0;
    svg = Math.min(
      svg,
      await timeEach(specs, async (spec, i) => {
        bytes += (await render.renderChart(spec, `c${i}`)).inline.length;
      }),
    );
  }
  const per = (ms: number): string => `${(ms / specs.length).toFixed(1)} ms`;
  options.print(
    `Charts: ${specs.length} charts of the example indicator pages, best of ${rounds}`,
    ['step', 'per chart', 'vs compile'],
    [
      ['compile Vega-Lite to Vega (baseline)', per(compiled), '1.00x'],
      ['+ parse and lay out, no SVG', per(laidOut), `${(laidOut / compiled).toFixed(2)}x`],
      ['+ SVG output (what a page pays)', per(svg), `${(svg / compiled).toFixed(2)}x`],
    ],
  );
  console.log(`  SVG written: ${(bytes / specs.length / 1024).toFixed(1)} KB per chart on average.`);
  return {
    charts: specs.length,
    msPerChart: { compile: compiled / specs.length, layout: laidOut / specs.length, svg: svg / specs.length },
    ratioToCompile: { layout: laidOut / compiled, svg: svg / compiled },
    svgBytesPerChart: bytes / specs.length,
  };
}
