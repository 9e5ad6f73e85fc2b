/**
 * `npm run bench`: how fast, how heavy and how far it scales. Prints a short
 * table per part and writes everything to bench-results/bench.json.
 *
 * These machines are noisy, so every timing is reported with a ratio against
 * a baseline measured in the same run: the product's build against plain
 * Astro building the same MDX; each micro-benchmark against its own simpler
 * baseline (see each part). Page weight and Lighthouse scores are not timings
 * and stand alone, against their budgets.
 *
 *   npm run bench [-- --quick] [-- --skip lighthouse,scale,...]
 *   npm run bench -- --scale strategies=10,versions=3
 *   npm run bench -- --fingertips indicators=1000
 *
 * Parts: scale (the default fixture: a cold build, then a warm rebuild after
 * one section is edited, each against plain Astro on the same text),
 * fingertips (2,000 indicators x 40 areas x 12 periods with breakdowns, and
 * a fifth of it, to see how the build grows), diff, charts, weight,
 * lighthouse, phones (every page at 320 and 390 px, with screenshots in
 * bench-results/screenshots/; scripts/screenshots.ts).
 */

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { heaviestByKind, overBudget, pageWeight, type PageWeight } from '../tests/support/weight.ts';
import { listPages, listFiles } from '../tests/support/files.ts';
import { pageKind, type PageKind } from '../tests/support/kinds.ts';
import { requireBrowser } from '../tests/support/find-browser.ts';
import { serveBuild } from '../tests/support/server.ts';
import { DEFAULT_SCALE, FINGERTIPS_SCALE, writeScaleFixture, type ScaleParams } from './bench/scale-fixture.ts';
import { runChartsBench } from './bench/charts.ts';
import { printPhones, runPhones } from './screenshots.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WORK = path.join(ROOT, '.cache', 'bench');
const RESULTS_DIR = path.join(ROOT, 'bench-results');
const PARTS = ['scale', 'fingertips', 'diff', 'charts', 'weight', 'lighthouse', 'phones'] as const;
type Part = (typeof PARTS)[number];

interface Options {
  quick: boolean;
  skip: Set<Part>;
  scale: ScaleParams;
  fingertips: ScaleParams;
}

/** `key=N,...` over `params`: every key one of theirs, every N a whole number (breakdowns may be 0). */
function scaleOption(flag: string, text: string, params: ScaleParams): ScaleParams {
  const scale: Record<string, number> = { ...params };
  for (const pair of text.split(',')) {
    const [key = '', value] = pair.split('=');
    const least = key === 'breakdowns' ? 0 : 1;
    if (!(key in scale) || !Number.isInteger(Number(value)) || Number(value) < least) {
      throw new Error(`${flag}: bad "${pair}" (expected ${Object.keys(scale).join('|')}=N)`);
    }
    scale[key] = Number(value);
  }
  return scale as unknown as ScaleParams;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    quick: false,
    skip: new Set(),
    scale: { ...DEFAULT_SCALE },
    fingertips: { ...FINGERTIPS_SCALE },
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') {
      options.quick = true;
      options.scale = {
        strategies: 4,
        versions: 3,
        sections: 8,
        words: 300,
        indicators: 40,
        areas: 10,
        periods: 8,
        breakdowns: 0,
      };
      options.fingertips = { ...options.scale, indicators: 200, areas: 12, breakdowns: 1 };
    } else if (arg === '--skip') {
      for (const part of (argv[++i] ?? '').split(',')) {
        if (!(PARTS as readonly string[]).includes(part))
          throw new Error(`--skip: unknown part "${part}" (${PARTS.join(', ')})`);
        options.skip.add(part as Part);
      }
    } else if (arg === '--scale') {
      options.scale = scaleOption(arg, argv[++i] ?? '', options.scale);
    } else if (arg === '--fingertips') {
      options.fingertips = scaleOption(arg, argv[++i] ?? '', options.fingertips);
    } else {
      throw new Error(`Unknown option ${arg}. Use --quick, --skip <parts>, --scale key=N,..., --fingertips key=N,...`);
    }
  }
  return options;
}

// ---------------------------------------------------------------- helpers

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

function table(title: string, head: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  console.log(`\n${title}\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

interface BuildRun {
  ms: number;
  /** CPU time of the build's threads and the processes it ran. */
  cpuMs: number;
  peakMiB: number;
  pages: number;
  /** What the build cache read and made, by kind. */
  cache: Record<string, { read: number; made: number }>;
}

/** Builds one project in a child process (scripts/bench/build-once.ts) and counts its pages. */
async function buildOnce(root: string, env: Record<string, string>, outDir: string): Promise<BuildRun> {
  rmSync(outDir, { recursive: true, force: true });
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/bench/build-once.ts'), root], {
    cwd: ROOT,
    env: { ...process.env, ...env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const last = stdout.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('{')) {
    throw new Error(`Building ${root} failed (exit ${code}):\n${stderr.slice(-4000)}\n${stdout.slice(-2000)}`);
  }
  const { ms, cpuMs, peakMiB, cache } = JSON.parse(last) as Omit<BuildRun, 'pages'>;
  const pages = listFiles(outDir).filter((file) => file.endsWith('.html')).length;
  return { ms, cpuMs, peakMiB, pages, cache };
}

const mib = (run: BuildRun): string => `${run.peakMiB.toFixed(0)} MiB`;

/** A row of the scale table: our build against the baseline's mean, with its goal. */
function buildRow(label: string, run: BuildRun, goal: string, base: { ms: number; cpuMs: number }): string[] {
  return [
    label,
    seconds(run.ms),
    ratio(run.ms, base.ms),
    seconds(run.cpuMs),
    ratio(run.cpuMs, base.cpuMs),
    goal,
    mib(run),
    String(run.pages),
  ];
}

/** "charts 0 made, 812 read; ..." */
const cacheWords = (run: BuildRun): string =>
  Object.entries(run.cache)
    .map(([kind, s]) => `${kind} ${s.made} made, ${s.read} read`)
    .join('; ');

const BASELINE_ROOT = path.join(ROOT, 'scripts/bench/baseline');

/** Plain Astro building the fixture's section files as bare MDX pages. */
function baselineBuild(dir: string, env: Record<string, string>, name: string): Promise<BuildRun> {
  const cacheDir = path.join(dir, `cache-${name}`);
  rmSync(cacheDir, { recursive: true, force: true });
  return buildOnce(BASELINE_ROOT, { ...env, ASTRO_CACHE_DIR: cacheDir }, path.join(dir, 'out-baseline'));
}

/** Our caches for one series of builds, emptied so that the first build is cold. */
function coldCaches(dir: string, name: string): Record<string, string> {
  const caches = {
    ASTRO_CACHE_DIR: path.join(dir, `cache-${name}`),
    BUILD_CACHE_DIR: path.join(dir, `build-cache-${name}`),
  };
  for (const folder of Object.values(caches)) rmSync(folder, { recursive: true, force: true });
  return caches;
}

/** Edits one section of the newest version of the first strategy, as an author would: one sentence added. */
function editOneSection(contentDir: string): string {
  const strategy = path.join(contentDir, 'strategies', 'strategy-01');
  const versions = readdirSync(strategy).filter((name) => /^\d/.test(name));
  const newest = versions.sort((a, b) => Number(a) - Number(b)).at(-1) ?? '1.0';
  const file = path.join(
    strategy,
    newest,
    readdirSync(path.join(strategy, newest)).find((f) => f.endsWith('.mdx')) ?? '',
  );
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nWe added this sentence to see how fast one edit is rebuilt.\n`);
  return path.relative(contentDir, file);
}

// ---------------------------------------------------------------- parts

async function scalePart(options: Options): Promise<Record<string, unknown>> {
  const dir = path.join(WORK, 'scale');
  let started = performance.now();
  const fixture = writeScaleFixture(path.join(dir, 'input'), options.scale);
  const generateMs = performance.now() - started;
  const env = { CONTENT_DIR: fixture.contentDir, DATA_DIR: fixture.dataDir };

  started = performance.now();
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const checkMs = performance.now() - started;

  // Baseline first, then ours cold and warm, then the baseline again: the mean
  // of the two baseline runs evens out a machine that speeds up or slows down
  // over the run. `npm run build` is astro build: it checks the content itself.
  const base1 = await baselineBuild(dir, env, 'baseline-1');
  const caches = coldCaches(dir, 'ours');
  const cold = await buildOnce(ROOT, { ...env, ...caches }, path.join(dir, 'out-ours'));
  const edited = editOneSection(fixture.contentDir);
  const warm = await buildOnce(ROOT, { ...env, ...caches }, path.join(dir, 'out-ours'));
  const base2 = await baselineBuild(dir, env, 'baseline-2');
  const baselineMs = (base1.ms + base2.ms) / 2;
  const baselineCpuMs = (base1.cpuMs + base2.cpuMs) / 2;
  const baseline = { ms: baselineMs, cpuMs: baselineCpuMs };

  const oursPages = listFiles(path.join(dir, 'out-ours')).filter((file) => file.endsWith('.html'));
  const byKind = new Map<PageKind, number>();
  for (const file of oursPages) {
    const kind = pageKind(`/${file.replace(/index\.html$/, '')}`, '/');
    byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }

  table(
    `Scale: ${options.scale.strategies} strategies x ${options.scale.versions} versions x ${options.scale.sections} sections ` +
      `(${fixture.sectionFiles} section files, ${fixture.words} words); ${options.scale.indicators} indicators x ` +
      `${options.scale.areas} areas x ${options.scale.periods} periods (${fixture.values} values)`,
    ['build', 'time', 'vs baseline', 'CPU time', 'vs baseline', 'goal', 'peak memory', 'pages'],
    [
      [
        'baseline: plain Astro, same MDX',
        seconds(baselineMs),
        '1.00x',
        seconds(baselineCpuMs),
        '1.00x',
        '',
        mib(base1),
        String(base1.pages),
      ],
      ['npm run check (validation only)', seconds(checkMs), ratio(checkMs, baselineMs), '', '', '', '', ''],
      buildRow('ours cold: npm run build, cache empty', cold, '3.0x', baseline),
      buildRow('ours warm: one section edited', warm, '1.5x', baseline),
    ],
  );
  console.log(`  peak memory goal: under 1,536 MiB (cold ${mib(cold)}, warm ${mib(warm)})`);
  console.log(`  build cache, cold: ${cacheWords(cold)}`);
  console.log(`  build cache, warm: ${cacheWords(warm)} (edited ${edited})`);
  console.log(`  pages by kind: ${[...byKind.entries()].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(
    `  (baseline runs: ${seconds(base1.ms)} and ${seconds(base2.ms)}; fixture written in ${seconds(generateMs)})`,
  );
  return {
    params: options.scale,
    fixture: { sectionFiles: fixture.sectionFiles, words: fixture.words, values: fixture.values, generateMs },
    baseline: {
      ms: baselineMs,
      cpuMs: baselineCpuMs,
      runs: [base1.ms, base2.ms],
      peakMiB: base1.peakMiB,
      pages: base1.pages,
    },
    check: { ms: checkMs, ratio: checkMs / baselineMs },
    cold: { ...cold, ratio: cold.ms / baselineMs, cpuRatio: cold.cpuMs / baselineCpuMs },
    warm: { ...warm, ratio: warm.ms / baselineMs, cpuRatio: warm.cpuMs / baselineCpuMs, edited },
    pagesByKind: Object.fromEntries(byKind),
  };
}

/**
 * A council that loads all of Fingertips: the fixture at full size and at a
 * fifth of its indicators, both built cold, against plain Astro on the same
 * text (the strategies are the same at both sizes). Growth is linear or
 * better when five times the indicators cost at most five times the CPU time
 * that the indicators add over the baseline.
 */
async function fingertipsPart(options: Options): Promise<Record<string, unknown>> {
  const dir = path.join(WORK, 'fingertips');
  const full = options.fingertips;
  const fifth = { ...full, indicators: Math.max(1, Math.round(full.indicators / 5)) };
  const runs: { params: ScaleParams; values: number; run: BuildRun }[] = [];
  let baseline: BuildRun | undefined;
  for (const params of [fifth, full]) {
    const fixture = writeScaleFixture(path.join(dir, 'input'), params);
    const env = { CONTENT_DIR: fixture.contentDir, DATA_DIR: fixture.dataDir };
    baseline ??= await baselineBuild(dir, env, 'baseline');
    const run = await buildOnce(ROOT, { ...env, ...coldCaches(dir, 'ours') }, path.join(dir, 'out-ours'));
    runs.push({ params, values: fixture.values, run });
  }
  const base = baseline as BuildRun;
  const [small, large] = runs as [(typeof runs)[number], (typeof runs)[number]];
  const added = (r: BuildRun) => Math.max(1, r.cpuMs - base.cpuMs);
  const growth = added(large.run) / added(small.run);
  const scale = large.params.indicators / small.params.indicators;
  table(
    `Fingertips-sized: ${full.areas} areas x ${full.periods} periods` +
      (full.breakdowns > 0 ? ', male and female everywhere, deprivation deciles for England' : ''),
    ['build', 'time', 'vs baseline', 'CPU time', 'vs baseline', 'peak memory', 'pages', 'values'],
    [
      [
        'baseline: plain Astro, same MDX',
        seconds(base.ms),
        '1.00x',
        seconds(base.cpuMs),
        '1.00x',
        mib(base),
        String(base.pages),
        '',
      ],
      ...runs.map(({ params, values, run }) => [
        `ours cold: ${params.indicators} indicators`,
        seconds(run.ms),
        ratio(run.ms, base.ms),
        seconds(run.cpuMs),
        ratio(run.cpuMs, base.cpuMs),
        mib(run),
        String(run.pages),
        String(values),
      ]),
    ],
  );
  console.log(
    `  growth: ${scale.toFixed(1)}x the indicators added ${growth.toFixed(2)}x the CPU time over the baseline ` +
      `(linear or better: at most ${scale.toFixed(1)}x); peak memory goal for ${full.indicators}: under 4,096 MiB`,
  );
  return {
    params: full,
    baseline: base,
    runs: runs.map(({ params, values, run }) => ({
      indicators: params.indicators,
      values,
      ...run,
      ratio: run.ms / base.ms,
    })),
    growth,
    scale,
  };
}

/** Builds the example site once for the weight and Lighthouse parts. */
async function exampleBuild(): Promise<{ dir: string; run: BuildRun }> {
  const dir = path.join(WORK, 'example');
  const run = await buildOnce(ROOT, { ASTRO_CACHE_DIR: path.join(WORK, 'cache-example') }, dir);
  return { dir, run };
}

function weightPart(dir: string): Record<string, unknown> {
  const cache = new Map();
  const weights: PageWeight[] = listPages(dir, '/').map((page) => pageWeight(dir, '/', page.file, page.url, cache));
  const kinds = heaviestByKind(weights);
  table(
    'Page weight: heaviest page of each kind in the example build, first load (gzipped)',
    ['kind', 'pages', 'HTML', 'CSS', 'script', 'total', 'heaviest page'],
    kinds.map(({ kind, pages, heaviest }) => [
      kind,
      String(pages),
      kb(heaviest.html.gzip),
      kb(heaviest.css.gzip),
      kb(heaviest.script.gzip),
      kb(heaviest.total.gzip),
      heaviest.url,
    ]),
  );
  const over = overBudget(weights);
  console.log(
    over.length === 0
      ? '  Every page is within its budget (reading pages: no script; indicator pages: at most 60 KB).'
      : over.map(({ page, budget }) => `  OVER BUDGET ${page.url}: ${budget.why}`).join('\n'),
  );
  return {
    kinds: kinds.map(({ kind, pages, heaviest }) => ({ kind, pages, heaviest })),
    overBudget: over.map(({ page, budget }) => ({ url: page.url, budget: budget.why })),
  };
}

async function lighthousePart(dir: string): Promise<Record<string, unknown>> {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const server = await serveBuild(dir, '/', { gzip: true });
  // One page of each kind: the first in file order.
  const pages = new Map<PageKind, string>();
  for (const page of listPages(dir, '/')) {
    const kind = pageKind(page.url, '/');
    if (!pages.has(kind)) pages.set(kind, page.url);
  }
  const chrome = await chromeLauncher.launch({
    chromePath: requireBrowser(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
  const results: { kind: PageKind; url: string; scores: Record<string, number>; failing: string[] }[] = [];
  try {
    for (const [kind, url] of pages) {
      const result = await lighthouse(`${server.origin}${url}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...categories],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const lhr = result.lhr;
      const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failing = Object.entries(lhr.audits)
        .filter(
          ([, audit]) =>
            audit.score !== null &&
            audit.score < 0.9 &&
            !['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode),
        )
        .map(([id]) => id);
      results.push({ kind, url, scores, failing });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  table(
    'Lighthouse (mobile, simulated throttling): one page of each kind; target 100 in every category',
    ['kind', ...categories, 'audits below 0.9'],
    results.map(({ kind, scores, failing }) => [
      kind,
      ...categories.map((c) => String(scores[c])),
      failing.join(', ') || '-',
    ]),
  );
  return { pages: results };
}

/** The diff engine's benchmark (scripts/bench/diff.ts) runs as its own process, printing its own table. */
function diffPart(): Record<string, unknown> {
  console.log('');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/bench/diff.ts')], { cwd: ROOT, stdio: 'inherit' });
  return JSON.parse(readFileSync(path.join(WORK, 'diff.json'), 'utf8')) as Record<string, unknown>;
}

// ---------------------------------------------------------------- main

const options = parseOptions(process.argv.slice(2));
mkdirSync(WORK, { recursive: true });
mkdirSync(RESULTS_DIR, { recursive: true });
const startedAt = performance.now();
const results: Record<string, unknown> = {
  machine: {
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  quick: options.quick,
};

if (!options.skip.has('scale')) results.scale = await scalePart(options);
if (!options.skip.has('fingertips')) results.fingertips = await fingertipsPart(options);
if (!options.skip.has('diff')) results.diff = diffPart();
if (!options.skip.has('charts')) results.charts = await runChartsBench({ quick: options.quick, print: table });
if (!options.skip.has('weight') || !options.skip.has('lighthouse') || !options.skip.has('phones')) {
  const example = await exampleBuild();
  results.exampleBuild = example.run;
  if (!options.skip.has('weight')) results.weight = weightPart(example.dir);
  if (!options.skip.has('lighthouse')) results.lighthouse = await lighthousePart(example.dir);
  if (!options.skip.has('phones')) {
    const shots = path.join(RESULTS_DIR, 'screenshots');
    const phones = await runPhones(example.dir, '/', shots);
    printPhones(phones, shots);
    results.phones = phones.totals;
  }
}

results.totalMs = performance.now() - startedAt;
writeFileSync(path.join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote bench-results/bench.json in ${seconds(performance.now() - startedAt)}.`);
