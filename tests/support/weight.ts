/**
 * Page weight of a built site: for each HTML page, the bytes a first visit
 * loads before the reader does anything (the HTML, its stylesheets, its
 * scripts with the modules they import statically, and module preloads), raw
 * and gzipped. Scripts a page imports only later with `import()` (a chart's
 * tooltips, loaded when asked) are not first load and are not counted; a
 * `<link rel="modulepreload">` would make them so, and is.
 *
 * Used by the budget tests (tests/site/weight.test.ts) and `npm run bench`.
 */

import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isExecutableScript, readTags } from './html.ts';
import { pageKind, type PageKind } from './kinds.ts';

export interface Bytes {
  readonly raw: number;
  readonly gzip: number;
}

export interface PageWeight {
  /** URL path, with the base. */
  readonly url: string;
  readonly kind: PageKind;
  readonly html: Bytes;
  readonly css: Bytes;
  /** External scripts, module preloads and inline script code. */
  readonly script: Bytes;
  /** Everything above. */
  readonly total: Bytes;
}

const ZERO: Bytes = { raw: 0, gzip: 0 };

function add(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

function measure(content: Buffer | string): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/** Reads a site-relative or base-relative URL's file from the build, or throws naming the page. */
function assetFile(dir: string, base: string, pageUrl: string, href: string): string {
  const url = new URL(href, `http://site${pageUrl}`);
  if (url.host !== 'site') throw new Error(`${pageUrl} loads ${href} from another site.`);
  if (!url.pathname.startsWith(base)) throw new Error(`${pageUrl} loads ${href}, outside the base ${base}.`);
  const file = path.join(dir, decodeURIComponent(url.pathname.slice(base.length)));
  if (!existsSync(file)) throw new Error(`${pageUrl} loads ${href}, which the build does not contain.`);
  return file;
}

/**
 * The first-load weight of one page. `file` is the HTML file's path inside
 * `dir`; `url` is the URL path it is served at. Asset sizes are cached in
 * `cache` across pages, since most pages share one stylesheet.
 */
/** Specifiers of a module's static imports (`import x from "y"`, `import "y"`, `export ... from "y"`), not `import()`. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) out.push(match[1]);
  return out;
}

export function pageWeight(
  dir: string,
  base: string,
  file: string,
  url: string,
  cache: Map<string, Bytes> = new Map(),
): PageWeight {
  const html = readFileSync(path.join(dir, file), 'utf8');
  const tags = readTags(html);
  const asset = (href: string, from = url): Bytes => {
    const target = assetFile(dir, base, from, href);
    let bytes = cache.get(target);
    if (!bytes) {
      bytes = measure(readFileSync(target));
      cache.set(target, bytes);
    }
    return bytes;
  };
  let css = ZERO;
  let script = ZERO;
  const seen = new Set<string>();
  const loaded = new Set<string>();
  /** A module script and, once each, every module it imports statically. */
  const moduleScript = (href: string, from: string): void => {
    const target = assetFile(dir, base, from, href);
    if (loaded.has(target)) return;
    loaded.add(target);
    script = add(script, asset(href, from));
    const fileUrl = new URL(href, `http://site${from}`).pathname;
    for (const specifier of staticImports(readFileSync(target, 'utf8'))) {
      if (specifier.startsWith('.') || specifier.startsWith('/')) moduleScript(specifier, fileUrl);
    }
  };
  for (const tag of tags) {
    const rel = (tag.attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (tag.name === 'link' && tag.attrs.href && !seen.has(tag.attrs.href)) {
      if (rel.includes('stylesheet')) {
        seen.add(tag.attrs.href);
        css = add(css, asset(tag.attrs.href));
      } else if (rel.includes('modulepreload') || (rel.includes('preload') && tag.attrs.as === 'script')) {
        seen.add(tag.attrs.href);
        moduleScript(tag.attrs.href, url);
      }
    } else if (tag.name === 'script' && isExecutableScript(tag)) {
      if (tag.attrs.src) {
        if (!seen.has(tag.attrs.src)) {
          seen.add(tag.attrs.src);
          if ((tag.attrs.type ?? '').toLowerCase() === 'module') moduleScript(tag.attrs.src, url);
          else script = add(script, asset(tag.attrs.src));
        }
      } else if (tag.text) {
        script = add(script, measure(tag.text));
        if ((tag.attrs.type ?? '').toLowerCase() === 'module') {
          for (const specifier of staticImports(tag.text)) {
            if (specifier.startsWith('.') || specifier.startsWith('/')) moduleScript(specifier, url);
          }
        }
      }
    }
  }
  const htmlBytes = measure(html);
  return {
    url,
    kind: pageKind(url, base),
    html: htmlBytes,
    css,
    script,
    total: add(add(htmlBytes, css), script),
  };
}

export interface KindWeight {
  readonly kind: PageKind;
  readonly pages: number;
  /** The heaviest page of the kind, by gzipped first load. */
  readonly heaviest: PageWeight;
}

/** Groups page weights by kind, keeping the heaviest page of each, in kind order. */
export function heaviestByKind(weights: readonly PageWeight[]): KindWeight[] {
  const byKind = new Map<PageKind, { pages: number; heaviest: PageWeight }>();
  for (const weight of weights) {
    const entry = byKind.get(weight.kind);
    if (!entry) byKind.set(weight.kind, { pages: 1, heaviest: weight });
    else {
      entry.pages += 1;
      if (weight.total.gzip > entry.heaviest.total.gzip) entry.heaviest = weight;
    }
  }
  return [...byKind.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([kind, { pages, heaviest }]) => ({ kind, pages, heaviest }));
}

/** A budget on first load, in gzipped bytes (script) or gzipped bytes of everything (total). */
export interface Budget {
  readonly kinds: readonly PageKind[];
  readonly what: 'script' | 'total';
  readonly maxGzip: number;
  readonly why: string;
}

/** The budgets that matter to readers; tests enforce them and the benchmark reports them. */
export const BUDGETS: readonly Budget[] = [
  {
    kinds: ['strategy version (reading)', 'strategy (current version)', 'consultation'],
    what: 'script',
    maxGzip: 0,
    why: 'reading pages ship no script at all',
  },
  {
    kinds: ['indicator', 'indicator (one area)'],
    what: 'total',
    maxGzip: 60 * 1024,
    why: 'an indicator page is at most 60 KB gzipped on first load',
  },
  {
    // Complete as built: their charts are SVG with tables, and the live enhancement is the indicator's own page's.
    kinds: ['indicator (one area)', 'area'],
    what: 'script',
    maxGzip: 0,
    why: "an area's page, and an indicator's page for one area, ship no script",
  },
];

/** Every page that breaks a budget, with the budget it breaks. */
export function overBudget(weights: readonly PageWeight[]): { page: PageWeight; budget: Budget }[] {
  const out: { page: PageWeight; budget: Budget }[] = [];
  for (const budget of BUDGETS) {
    for (const page of weights) {
      if (!budget.kinds.includes(page.kind)) continue;
      const value = budget.what === 'script' ? page.script.gzip : page.total.gzip;
      if (value > budget.maxGzip) out.push({ page, budget });
    }
  }
  return out;
}
