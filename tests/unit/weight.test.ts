import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { heaviestByKind, overBudget, pageWeight, staticImports } from '../support/weight.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'weight-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(file: string, content: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
}

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
write('strategies/b/1.0/index.html', '<script type="module" src="/health/_astro/missing.js"></script>');

describe('staticImports', () => {
  it('finds static imports and re-exports, not dynamic imports', () => {
    expect(
      staticImports('import{a}from"./a.js";import "./b.js";export{c}from\'./c.js\';const d=import("./d.js");'),
    ).toEqual(['./a.js', './b.js', './c.js']);
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

  it('fails naming the page when an asset is missing', () => {
    expect(() => pageWeight(dir, '/health/', 'strategies/b/1.0/index.html', '/health/strategies/b/1.0/')).toThrow(
      /\/health\/strategies\/b\/1\.0\/ loads \/health\/_astro\/missing\.js/,
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
