/**
 * globalSetup of the `site` project: builds every variant, one after another
 * (they share Astro's cache), and stops the whole run if any build fails.
 * A missing browser stops it before the builds, not a few minutes later in
 * the first browser test.
 */

import { rm } from 'node:fs/promises';
import { BUILD_CACHE_DIR, BUILD_NAMES, BUILDS_DIR, buildVariant } from './builds.ts';
import { requireBrowser } from './find-browser.ts';

const MIN_NODE_MAJOR = 22;

export default async function setup(): Promise<void> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE_MAJOR) {
    throw new Error(
      `The site tests run on Node ${process.versions.node}; Astro needs Node 24. ` +
        'Run them with `npm test` or `npx vitest run`, which use the Node 24 from node_modules.',
    );
  }
  requireBrowser();
  await rm(BUILDS_DIR, { recursive: true, force: true });
  // So that `root` builds cold and `again` warm (tests/site/determinism.test.ts).
  await rm(BUILD_CACHE_DIR, { recursive: true, force: true });
  const started = performance.now();
  for (const name of BUILD_NAMES) {
    const ms = await buildVariant(name);
    const line = `build ${name.padEnd(8)} ${(ms / 1000).toFixed(1).padStart(6)} s`;
    console.log(`[site tests] ${line}`);
  }
  console.log(`[site tests] all builds ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
