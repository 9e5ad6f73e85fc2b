/**
 * Charts from the build cache and from the build's worker threads: a chart
 * read back from the cache is the same bytes as one drawn now; a changed
 * spec, or a damaged entry, is drawn again; and drawings made on worker
 * threads are the same bytes as drawings made on the main thread.
 */

import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cacheStats, readCached } from '../../src/lib/core/build-cache.ts';
import { areasSpec } from '../../src/lib/indicators/charts/areas.ts';
import { startChartService } from '../../src/lib/indicators/charts/render-service.ts';
import { chartKey, drawChart, encodeDrawing, type TopLevelSpec } from '../../src/lib/indicators/charts/render.ts';
import { indicatorPage } from '../../src/lib/indicators/indicator-page.ts';
import { indicatorChartSpecs } from '../../src/lib/indicators/view.ts';
import { getSite } from '../../src/lib/site/load.ts';
import { freshBuildCachePerTest } from './fresh-build-cache.ts';
import { FIXTURES, goodDirs, overlay } from './overlay.ts';

type RenderModule = typeof import('../../src/lib/indicators/charts/render.ts');

/** An area chart whose first bar is `abbey`. */
const areas = (abbey: number) =>
  areasSpec({
    unit: 'percent',
    bars: [
      { name: 'Abbey <ward>', point: { period: '2023/24', area: 'a', value: abbey, lower: 20, upper: 23 } },
      { name: 'Brompton', point: { period: '2023/24', area: 'b', value: null, note: 'Suppressed' } },
      { name: 'Chelsea', point: { period: '2023/24', area: 'c', value: 18.2 } },
    ],
    benchmark: { name: 'England', value: 20.1 },
    xTitle: 'Percentage',
  });
const spec = areas(21.5);
const changed = areas(21.6);

const cache = freshBuildCachePerTest('strategy-site-charts');

/** A fresh copy of the chart module, so that nothing comes from its memory: only the cache on disk is shared. */
async function freshRender(): Promise<RenderModule> {
  vi.resetModules();
  return (await import('../../src/lib/indicators/charts/render.ts')) as RenderModule;
}

/** Everything a build writes for a chart: the page's SVG, the download and the compiled spec. */
async function everything(render: RenderModule, s: TopLevelSpec) {
  const page = await render.renderChart(s, 'areas');
  return {
    page,
    file: await render.renderChartFile(s, 'Title <b>', 'Description'),
    vega: await render.compiledChart(s),
  };
}

const made = () => cacheStats().get('charts')?.made ?? 0;

describe('charts from the build cache', () => {
  it('reads back the same bytes as it drew, and draws nothing', async () => {
    const cold = await everything(await freshRender(), spec);
    expect(made()).toBe(1);
    const warm = await everything(await freshRender(), spec);
    expect(made()).toBe(1);
    expect(cacheStats().get('charts')?.read).toBeGreaterThan(0);
    expect(warm).toEqual(cold);
  });

  it('draws a changed spec again: one changed value is another entry', async () => {
    const before = await everything(await freshRender(), spec);
    const after = await everything(await freshRender(), changed);
    expect(made()).toBe(2);
    expect(after.page.inline).not.toBe(before.page.inline);
    expect(chartKey(JSON.stringify(changed))).not.toBe(chartKey(JSON.stringify(spec)));
  });

  it('draws a damaged entry again, to the same bytes, and rewrites it', async () => {
    const cold = await everything(await freshRender(), spec);
    const key = chartKey(JSON.stringify(spec)) ?? '';
    writeFileSync(path.join(cache.dir(), 'charts', key.slice(0, 2), key), 'strategy-site-cache/1 0000 4\n<svg');
    const again = await everything(await freshRender(), spec);
    expect(again).toEqual(cold);
    expect(made()).toBe(2);
    expect(cacheStats().get('charts')?.damaged).toBe(1);
    expect(readCached('charts', key)).toBe(encodeDrawing(await drawChart(JSON.stringify(spec))));
  });
});

describe('charts drawn on worker threads', () => {
  // Every chart of the good fixture's indicator pages, wide and narrow.
  const specs = [...indicatorChartSpecs(getSite(goodDirs()))];

  it('are the same bytes as the main thread draws, ahead of the pages and on request', async () => {
    expect(specs.length).toBeGreaterThan(3);
    const single = await Promise.all(specs.map(async (s) => encodeDrawing(await drawChart(JSON.stringify(s)))));

    const service = startChartService(2);
    const ahead = service.drawAhead(specs.slice(1));
    expect(ahead).toEqual({ queued: specs.length - 1, cached: 0 });
    // The first is not drawn ahead: a page asks for it, and a worker draws it.
    const render = await freshRender();
    const first = specs[0] as TopLevelSpec;
    const onRequest = await render.renderChart(first, 'trend');
    await service.close();

    const stored = specs.map((s) => readCached('charts', chartKey(JSON.stringify(s)) ?? ''));
    expect(stored).toEqual(single);
    expect(made()).toBe(specs.length);
    process.env.BUILD_CACHE_DIR = cache.tempDir();
    expect(onRequest).toEqual(await (await freshRender()).renderChart(first, 'trend'));
  });

  it('are not drawn again when the cache has them', async () => {
    const service = startChartService(1);
    service.drawAhead(specs);
    await service.close();
    const again = startChartService(1);
    expect(again.drawAhead(specs)).toEqual({ queued: 0, cached: specs.length });
    await again.close();
    expect(readdirSync(path.join(cache.dir(), 'charts')).length).toBeGreaterThan(0);
  });
});

describe('charts drawn ahead', () => {
  // The breakdowns fixture: a trend, breakdowns by sex and by deprivation, and pages for other areas.
  const dirs = overlay(path.join(FIXTURES, 'breakdowns'));
  afterAll(() => dirs.cleanup());

  it("are every chart of each indicator's own page: trend, areas and breakdowns, wide and narrow", async () => {
    const site = getSite(dirs);
    const listed = new Set([...indicatorChartSpecs(site)].map((s) => JSON.stringify(s)));
    const shown: string[] = [];
    for (const indicator of site.content.indicators) {
      const page = await indicatorPage(site, indicator);
      const charts = [page.trendChart, page.areasChart, ...page.breakdowns.map((b) => b.chart)];
      for (const chart of charts) if (chart) shown.push(JSON.stringify(chart.spec), JSON.stringify(chart.narrowSpec));
    }
    expect(new Set(shown)).toEqual(listed);
    // Breakdown charts among them, not only the trend.
    expect(listed.size).toBeGreaterThan(2 * site.content.indicators.length);
  });
});
