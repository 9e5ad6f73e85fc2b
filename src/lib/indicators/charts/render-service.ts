/**
 * Charts drawn on every core while a site builds: a pool of worker threads
 * (render-worker.ts) that draws, ahead of the pages, every chart the build
 * will show and the cache does not hold yet, and draws on request any other
 * a page asks for. Pages ask render.ts as always; it finds this service
 * through globalThis and reads the drawings from the cache. A drawing made
 * on a worker is the same bytes as one made on the main thread: the same
 * code draws both (tests/unit/chart-cache.test.ts).
 */

import { buildCacheDir, isCached, noteMade } from '../../core/build-cache.ts';
import { poolSize, WorkerPool } from '../../core/worker-pool.ts';
import type { DrawTask } from './render-worker.ts';
import { chartKey, DRAWING_SERVICE, type ChartDrawing, type DrawingService, type TopLevelSpec } from './render.ts';

export interface ChartService {
  readonly workers: number;
  /** Starts drawing each spec the cache does not hold; says how many were already there. */
  drawAhead(specs: Iterable<TopLevelSpec>): { readonly queued: number; readonly cached: number };
  /** Waits for drawings under way, then stops the workers and withdraws the service. */
  close(): Promise<void>;
}

const shared = globalThis as { [DRAWING_SERVICE]?: DrawingService };

/** How long the workers wait for more charts before they stop and give back their memory. */
const IDLE_MS = 2_000;

export function startChartService(size = poolSize()): ChartService {
  // Started on the first chart to draw: a build whose charts are all in the
  // cache loads no Vega on any thread (about a second of CPU per worker).
  // Stopped once idle: each worker holds its own copy of Vega and its heap,
  // which the pages, rendered after the charts drawn ahead, should not pay for.
  let started: WorkerPool<DrawTask, ChartDrawing | undefined> | undefined;
  let pending = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const run = async (task: DrawTask): Promise<ChartDrawing | undefined> => {
    clearTimeout(idle);
    pending++;
    try {
      return await (started ??= new WorkerPool(new URL('./render-worker.ts', import.meta.url), size)).run(task);
    } finally {
      if (--pending === 0) {
        idle = setTimeout(() => {
          const retired = started;
          started = undefined;
          void retired?.close();
        }, IDLE_MS);
        idle.unref();
      }
    }
  };
  const cacheDir = buildCacheDir();
  const ahead = new Map<string, Promise<void>>();
  shared[DRAWING_SERVICE] = {
    settled: (key) => ahead.get(key) ?? Promise.resolve(),
    draw: async (specJson, key) => {
      const drawing = await run({ specJson, key, cacheDir, reply: true });
      if (!drawing) throw new Error('A chart worker sent no drawing back');
      noteMade('charts');
      return drawing;
    },
  };
  return {
    workers: size,
    drawAhead(specs) {
      let queued = 0;
      let cached = 0;
      for (const spec of specs) {
        const specJson = JSON.stringify(spec);
        const key = chartKey(specJson);
        if (key === undefined || ahead.has(key)) continue;
        if (isCached('charts', key, cacheDir)) {
          cached++;
          continue;
        }
        // A failure is left for the page that shows the chart to meet again and report.
        const drawn = run({ specJson, key, cacheDir, reply: false }).then(
          () => noteMade('charts'),
          () => undefined,
        );
        ahead.set(key, drawn);
        queued++;
      }
      return { queued, cached };
    },
    async close() {
      await Promise.all(ahead.values());
      shared[DRAWING_SERVICE] = undefined;
      clearTimeout(idle);
      await started?.close();
      started = undefined;
    },
  };
}
