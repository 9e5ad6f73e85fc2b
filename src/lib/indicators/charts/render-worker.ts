/**
 * A worker thread of the chart service (render-service.ts): draws each spec
 * it is given with the same code as the main thread (render.ts drawChart),
 * stores the drawing in the build cache, and sends it back when asked.
 * Loaded by Node itself, not bundled: it imports only lib modules and packages.
 */

import { writeCached } from '../../core/build-cache.ts';
import { serveTasks } from '../../core/worker-pool.ts';
import { drawChart, encodeDrawing, type ChartDrawing } from './render.ts';

export interface DrawTask {
  readonly specJson: string;
  /** The cache entry to store it under (render.ts chartKey); none when the cache is not used. */
  readonly key: string | undefined;
  /** The cache folder, as the main thread resolved it. */
  readonly cacheDir: string;
  /** Whether to send the drawing back (a page waits for it) or only store it (drawn ahead). */
  readonly reply: boolean;
}

serveTasks<DrawTask, ChartDrawing | undefined>(async ({ specJson, key, cacheDir, reply }) => {
  const drawing = await drawChart(specJson);
  if (key !== undefined) writeCached('charts', key, encodeDrawing(drawing), cacheDir);
  return reply ? drawing : undefined;
});
