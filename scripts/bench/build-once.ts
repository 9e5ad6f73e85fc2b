/**
 * Builds one Astro project in this process and prints, as one JSON line on
 * stdout, how long it took, the peak memory of the process and what the
 * build cache read and made. The benchmark runs it as a child so that each
 * build's memory is its own.
 *
 *   node scripts/bench/build-once.ts <project root>
 * (CONTENT_DIR, DATA_DIR, OUT_DIR, ASTRO_CACHE_DIR and BUILD_CACHE_DIR come from the environment.)
 */

import { build } from 'astro';
import { cacheStats } from '../../src/lib/core/build-cache.ts';

const root = process.argv[2];
if (!root) throw new Error('Usage: node scripts/bench/build-once.ts <project root>');
process.env.ASTRO_TELEMETRY_DISABLED = '1';

const started = performance.now();
await build({ root, logLevel: 'error' });
const ms = performance.now() - started;
// maxRSS is in kibibytes.
const peakMiB = process.resourceUsage().maxRSS / 1024;
// The build's own copies of lib count into the same numbers (shared through globalThis).
const cache = Object.fromEntries(cacheStats());
process.stdout.write(`\n${JSON.stringify({ ms, peakMiB, cache })}\n`);
