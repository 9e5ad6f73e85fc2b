/**
 * Builds one Astro project in this process and prints, as one JSON line on
 * stdout, how long it took (on the clock, and in CPU time: this process's
 * threads and the child processes it waited for, such as Pagefind), the peak
 * memory of the process and what the build cache read and made. CPU time
 * barely moves when other work shares the machine, which the clock does. The benchmark runs it as a child so that each
 * build's memory is its own.
 *
 *   node scripts/bench/build-once.ts <project root>
 * (CONTENT_DIR, DATA_DIR, OUT_DIR, ASTRO_CACHE_DIR and BUILD_CACHE_DIR come from the environment.)
 */

import { readFileSync } from 'node:fs';
import { build } from 'astro';
import { cacheStats } from '../../src/lib/core/build-cache.ts';

const root = process.argv[2];
if (!root) throw new Error('Usage: node scripts/bench/build-once.ts <project root>');
process.env.ASTRO_TELEMETRY_DISABLED = '1';

/** CPU time of the child processes waited for, from /proc (Linux; 0 elsewhere). */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // After the command's name: field 3 (state) onwards; cutime and cstime are fields 16 and 17, in ticks of 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

const cpuMs = (): number => {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1000 + childrenCpuMs();
};

const started = performance.now();
const cpuBefore = cpuMs();
await build({ root, logLevel: 'error' });
const ms = performance.now() - started;
const cpu = cpuMs() - cpuBefore;
// maxRSS is in kibibytes.
const peakMiB = process.resourceUsage().maxRSS / 1024;
// The build's own copies of lib count into the same numbers (shared through globalThis).
const cache = Object.fromEntries(cacheStats());
process.stdout.write(`\n${JSON.stringify({ ms, cpuMs: cpu, peakMiB, cache })}\n`);
