/**
 * tests/support/weight.ts decides the budget tests (tests/site/weight.test.ts):
 * which bytes count as a page's first load, and which pages each budget
 * holds (by tests/support/kinds.ts). Sizes here are worked out by hand from
 * the small files written below.
 */

import { describe, expect, it } from 'vitest';
import { pageKind } from '../../support/kinds.ts';
import { BUDGETS, heaviestByKind, overBudget, pageWeight, staticImports } from '../../support/weight.ts';
import { scratchBuild } from './scratch-build.ts';

const { dir, write } = scratchBuild('weight');
write('_astro/site.css', 'body{margin:0}'.repeat(10));
write('_astro/chart.js', 'import{a as b}from"./helper.js";const c=()=>import("./lazy.js");console.log(1);');
write('_astro/helper.js', 'export const a=1;');
// Text that does not compress, so that the preloaded page is the heaviest gzipped.
let seed = 1;
const noise = Array.from({ length: 5000 }, () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return String.fromCharCode(33 + (seed % 90));
}).join('');
write('_astro/lazy.js', noise);
write(
  'strategies/a/1.0/index.html',
  '<link rel="stylesheet" href="/health/_astro/site.css"><p>Hello</p><script type="application/json">{"a":1}</script>',
);
write(
  'indicators/x/index.html',
  '<link rel="stylesheet" href="/health/_astro/site.css"><link rel="stylesheet" href="/health/_astro/site.css">' +
    '<script type="module" src="/health/_astro/chart.js"></script><script>var a = 1;</script>',
);
write('indicators/y/index.html', '<link rel="modulepreload" href="../../_astro/lazy.js">');
write('_astro/classic.js', 'var c = 1;');
write('_astro/preloaded.js', 'import "./helper.js";import "vega";');
write(
  'updates/index.html',
  '<script src="/health/_astro/classic.js"></script><script src="/health/_astro/classic.js"></script>' +
    '<link rel="preload" as="script" href="/health/_astro/preloaded.js">' +
    '<script type="module">import "../_astro/helper.js";</script>' +
    '<link rel="preload" as="style" href="/health/_astro/site.css"><link rel="prefetch" href="/health/_astro/lazy.js">' +
    '<!-- <script src="/health/_astro/lazy.js"></script> -->',
);
write('strategies/c/1.0/index.html', '<script src="https://cdn.example.org/x.js"></script>');
write('strategies/d/1.0/index.html', '<link rel="stylesheet" href="/site.css">');
write('strategies/b/1.0/index.html', '<script type="module" src="/health/_astro/missing.js"></script>');

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic imports', () => {
    expect(
      staticImports('import{a}from"./a.js";import "./b.js";export{c}from\'./c.js\';const d=import("./d.js");'),
    ).toEqual(['./a.js', './b.js', './c.js']);
  });

  it('reads every form of a static import, over several lines, and not import.meta', () => {
    const code = [
      'import * as all from "./all.js";',
      'import def, { a as b } from "./def.js";',
      'export * from "./star.js";',
      'import {',
      '  x,',
      '  y,',
      '} from "./lines.js";',
      'const u = new URL("./asset.svg", import.meta.url);',
      'export default "./not-a-module.js";',
    ].join('\n');
    expect(staticImports(code)).toEqual(['./all.js', './def.js', './star.js', './lines.js']);
  });
});

describe('pageWeight', () => {
  it('counts HTML and stylesheets, but no data blocks, on a reading page', () => {
    const weight = pageWeight(dir, '/health/', 'strategies/a/1.0/index.html', '/health/strategies/a/1.0/');
    expect(weight.kind).toBe('strategy version (reading)');
    expect(weight.css.raw).toBe(140);
    expect(weight.script).toEqual({ raw: 0, gzip: 0 });
    expect(weight.total.raw).toBe(weight.html.raw + 140);
    expect(weight.total.gzip).toBe(weight.html.gzip + weight.css.gzip);
  });

  it('counts a stylesheet once, external scripts, inline code and module preloads', () => {
    const x = pageWeight(dir, '/health/', 'indicators/x/index.html', '/health/indicators/x/');
    expect(x.css.raw).toBe(140);
    // chart.js and the helper it imports, not the module it imports only when asked.
    expect(x.script.raw).toBe(
      'import{a as b}from"./helper.js";const c=()=>import("./lazy.js");console.log(1);'.length +
        'export const a=1;'.length +
        'var a = 1;'.length,
    );
    const y = pageWeight(dir, '/health/', 'indicators/y/index.html', '/health/indicators/y/');
    expect(y.script.raw).toBe(5000);
  });

  it('counts a classic script once, a preloaded script with what it imports, and inline module imports', () => {
    const weight = pageWeight(dir, '/health/', 'updates/index.html', '/health/updates/');
    // classic.js once; preloaded.js and helper.js (once, though imported twice); the inline module's text.
    // Not vega (a bare name the build would have bundled), the style preload, the prefetch, or the commented-out script.
    expect(weight.script.raw).toBe(
      'var c = 1;'.length +
        'import "./helper.js";import "vega";'.length +
        'export const a=1;'.length +
        'import "../_astro/helper.js";'.length,
    );
    expect(weight.css.raw).toBe(0);
    expect(weight.kind).toBe('updates');
  });

  it('fails naming the page when an asset is missing', () => {
    expect(() => pageWeight(dir, '/health/', 'strategies/b/1.0/index.html', '/health/strategies/b/1.0/')).toThrow(
      /\/health\/strategies\/b\/1\.0\/ loads \/health\/_astro\/missing\.js/,
    );
  });

  it('fails naming the page when an asset is on another site or outside the base', () => {
    expect(() => pageWeight(dir, '/health/', 'strategies/c/1.0/index.html', '/health/strategies/c/1.0/')).toThrow(
      '/health/strategies/c/1.0/ loads https://cdn.example.org/x.js from another site.',
    );
    expect(() => pageWeight(dir, '/health/', 'strategies/d/1.0/index.html', '/health/strategies/d/1.0/')).toThrow(
      '/health/strategies/d/1.0/ loads /site.css, outside the base /health/.',
    );
  });

  it('finds pages over budget and the heaviest of each kind', () => {
    const cache = new Map();
    const pages = [
      pageWeight(dir, '/health/', 'strategies/a/1.0/index.html', '/health/strategies/a/1.0/', cache),
      pageWeight(dir, '/health/', 'indicators/x/index.html', '/health/indicators/x/', cache),
      pageWeight(dir, '/health/', 'indicators/y/index.html', '/health/indicators/y/', cache),
    ];
    expect(overBudget(pages)).toEqual([]);
    const [reading] = pages;
    if (!reading) throw new Error('no pages');
    const scripted = { ...reading, script: { raw: 10, gzip: 30 } };
    expect(overBudget([scripted]).map(({ budget }) => budget.what)).toEqual(['script']);
    const kinds = heaviestByKind(pages);
    expect(kinds.map((k) => [k.kind, k.pages])).toEqual([
      ['indicator', 2],
      ['strategy version (reading)', 1],
    ]);
    expect(kinds[0]?.heaviest.url).toBe('/health/indicators/y/');
  });
});

describe('overBudget', () => {
  const indicator = pageWeight(dir, '/health/', 'indicators/x/index.html', '/health/indicators/x/');
  const withTotal = (gzip: number) => ({ ...indicator, total: { raw: gzip * 3, gzip } });

  it('holds an indicator page to 60 KB gzipped in all, and no more', () => {
    expect(overBudget([withTotal(60 * 1024)])).toEqual([]);
    expect(overBudget([withTotal(60 * 1024 + 1)]).map(({ budget }) => budget.why)).toEqual([
      'an indicator page is at most 60 KB gzipped on first load',
    ]);
  });

  it('holds reading pages, area pages and indicator pages for one area, and no others, to no script', () => {
    const script = { raw: 1, gzip: 21 };
    const at = (url: string) => ({ ...indicator, url, kind: pageKind(url, '/health/'), script });
    expect(
      overBudget([
        at('/health/strategies/kent/'),
        at('/health/strategies/kent/8.0/'),
        at('/health/areas/E06000035/'),
        at('/health/indicators/smoking/areas/E06000035/'),
      ]).map(({ page }) => page.url),
    ).toEqual([
      '/health/strategies/kent/',
      '/health/strategies/kent/8.0/',
      '/health/areas/E06000035/',
      '/health/indicators/smoking/areas/E06000035/',
    ]);
    expect(
      overBudget([at('/health/strategies/kent/dashboard/'), at('/health/search/'), at('/health/indicators/smoking/')]),
    ).toEqual([]);
  });
});

describe('pageKind', () => {
  it.each([
    ['/health/', 'home'],
    ['/health/strategies/kent/', 'strategy (current version)'],
    ['/health/strategies/kent/8.0/', 'strategy version (reading)'],
    ['/health/strategies/kent/7.10/', 'strategy version (reading)'],
    ['/health/strategies/kent/compare/7.1/8.0/', 'compare'],
    ['/health/strategies/kent/compare/', 'compare'],
    ['/health/strategies/kent/consultation/7.1/', 'consultation'],
    ['/health/strategies/kent/dashboard/', 'dashboard'],
    ['/health/strategies/kent/8.0/dashboard/', 'dashboard'],
    ['/health/strategies/kent/delivery/', 'delivery'],
    ['/health/strategies/kent/delivery/2025-q1/', 'delivery'],
    ['/health/indicators/smoking/', 'indicator'],
    ['/health/indicators/smoking/areas/E06000035/', 'indicator (one area)'],
    ['/health/areas/E06000035/', 'area'],
    ['/health/methodology/', 'methodology'],
    ['/health/updates/', 'updates'],
    ['/health/updates/2026-01-01-news/', 'update'],
    ['/health/search/', 'search'],
    ['/health/accessibility/', 'accessibility'],
    ['/health/404.html', 'not found'],
    ['/health/indicators/', 'other'],
    ['/health/strategies/kent/8.0/print/', 'other'],
  ])('%s is %s', (url, kind) => {
    expect(pageKind(url, '/health/')).toBe(kind);
  });

  it('names every kind a budget holds', () => {
    const kinds = new Set([
      'strategy (current version)',
      'strategy version (reading)',
      'consultation',
      'indicator',
      'indicator (one area)',
      'area',
    ]);
    for (const budget of BUDGETS) for (const kind of budget.kinds) expect(kinds.has(kind)).toBe(true);
  });
});
