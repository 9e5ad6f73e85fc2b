/**
 * Benchmark of build-time charts: every chart of the example site's indicator
 * pages (trend charts and ward breakdowns), timed three ways in one run:
 * - compile: Vega-Lite to Vega only (the baseline);
 * - layout: compile, parse and lay out, without SVG output;
 * - with SVG: what a page pays (src/lib/charts/render.ts, cache cleared).
 * Each is reported per chart and as a ratio to the compile baseline.
 */

import { dirsFromEnv } from '../../src/lib/contract/site-model.ts';
import { clearChartCache, compileToVega, layoutChart, renderChart } from '../../src/lib/indicators/charts/render.ts';
import type { TopLevelSpec } from '../../src/lib/indicators/charts/render.ts';
import { indicatorView } from '../../src/lib/indicators/view.ts';
import { getSite } from '../../src/lib/site/load.ts';

type Table = (title: string, head: readonly string[], rows: readonly (readonly string[])[]) => void;

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
  await timeEach(specs.slice(0, 5), (spec, i) => renderChart(spec, `warm-${i}`));
  let compile = Infinity;
  let layout = Infinity;
  let svg = Infinity;
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    clearChartCache();
    compile = Math.min(compile, await timeEach(specs, (spec) => compileToVega(spec)));
    layout = Math.min(layout, await timeEach(specs, (spec) => layoutChart(spec)));
    clearChartCache();
    bytes = 0;
    svg = Math.min(
      svg,
      await timeEach(specs, async (spec, i) => {
        bytes += (await renderChart(spec, `c${i}`)).inline.length;
      }),
    );
  }
  const per = (ms: number): string => `${(ms / specs.length).toFixed(1)} ms`;
  options.print(
    `Charts: ${specs.length} charts of the example indicator pages, best of ${rounds}`,
    ['step', 'per chart', 'vs compile'],
    [
      ['compile Vega-Lite to Vega (baseline)', per(compile), '1.00x'],
      ['+ parse and lay out, no SVG', per(layout), `${(layout / compile).toFixed(2)}x`],
      ['+ SVG output (what a page pays)', per(svg), `${(svg / compile).toFixed(2)}x`],
    ],
  );
  console.log(`  SVG written: ${(bytes / specs.length / 1024).toFixed(1)} KB per chart on average.`);
  return {
    charts: specs.length,
    msPerChart: { compile: compile / specs.length, layout: layout / specs.length, svg: svg / specs.length },
    ratioToCompile: { layout: layout / compile, svg: svg / compile },
    svgBytesPerChart: bytes / specs.length,
  };
}
