/**
 * For tests of the build cache (src/lib/core/build-cache.ts): each test gets
 * an empty cache folder as BUILD_CACHE_DIR and fresh counts, so that no test
 * reads what another stored; every folder made here is deleted when the
 * file's tests are done.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { resetCacheStats } from '../../src/lib/core/build-cache.ts';

export function freshBuildCachePerTest(prefix: string): {
  /** The current test's cache folder. */
  readonly dir: () => string;
  /** Another empty folder, deleted with the rest. */
  readonly tempDir: () => string;
} {
  const folders: string[] = [];
  const saved = process.env.BUILD_CACHE_DIR;
  const tempDir = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    folders.push(dir);
    return dir;
  };
  beforeEach(() => {
    process.env.BUILD_CACHE_DIR = tempDir();
    resetCacheStats();
  });
  afterEach(() => {
    // Assigning undefined would set the text "undefined".
    if (saved === undefined) delete process.env.BUILD_CACHE_DIR;
    else process.env.BUILD_CACHE_DIR = saved;
  });
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  return { dir: () => process.env.BUILD_CACHE_DIR ?? '', tempDir };
}
