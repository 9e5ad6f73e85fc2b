/**
 * Pages kept between builds: a page whose inputs are exactly those of a page
 * an earlier build wrote is copied from the build cache (build-cache.ts)
 * into the build, and Astro is not asked to render it at all. Each entry is
 * the HTML Astro wrote, named by a hash of everything the page is made from:
 * - the code: every file under src/, astro.config.mjs and package-lock.json
 *   (so the components, the libraries and Astro itself);
 * - the bundled styles and scripts the pages link to, by their hashed names;
 * - the base path, the site's address and the page's own path;
 * - the page's inputs as the route gives them: the site's settings and the
 *   page's view, which is all a component draws from (lib decides,
 *   components draw; none reads the site model itself).
 * A change to any of them names another entry, so a page is never served
 * from the cache after its inputs changed. A damaged entry is ignored, and
 * the page rendered and stored again.
 *
 * Only a build starts the service (integrations/build-content.ts); without
 * it (the dev server, tests) every page is rendered as usual.
 */

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCacheDir, cacheKey, noteMade, readCached, writeCached } from './build-cache.ts';

const KIND = 'pages';

export interface PageCache {
  /**
   * Whether the page at `page` (a site path such as "/indicators/x/areas/y/",
   * without the base) made from `inputs` is in the cache. If it is, it has
   * been written into the build and must not be rendered; if not, the page
   * Astro renders is stored once the build is done.
   */
  restore(page: string, inputs: string): boolean;
}

interface PageCacheService extends PageCache {
  /** Stores every page rendered because the cache lacked it; returns how many. */
  finish(): number;
}

const SERVICE = Symbol.for('strategy-site.page-cache');
const shared = globalThis as { [SERVICE]?: PageCacheService };

/** The page cache of the build under way, if any: shared through globalThis, as the build loads lib twice. */
export function pageCache(): PageCache | undefined {
  return shared[SERVICE];
}

/**
 * The pages of a route that Astro must render: all of them without a page
 * cache; with one, those it does not hold for exactly their inputs (it
 * writes the others into the build). `describe` gives a page's site path
 * and its inputs as text: everything its component is given.
 */
export async function pagesToRender<T>(
  pages: readonly T[],
  describe: (page: T) => Promise<{ path: string; inputs: string }>,
): Promise<T[]> {
  const cache = pageCache();
  if (!cache) return [...pages];
  const render: T[] = [];
  for (const page of pages) {
    const { path: at, inputs } = await describe(page);
    if (!cache.restore(at, inputs)) render.push(page);
  }
  return render;
}

export interface PageCacheOptions {
  /** The project's folder: its src/, astro.config.mjs and package-lock.json are the code. */
  readonly root: string;
  /** The build's output folder. */
  readonly outDir: string;
  /** What else every page depends on: the base path, the site's address, the output format. */
  readonly settings: string;
  readonly cacheDir?: string;
  /** Told each page copied from the cache (its site path), which Astro never sees. */
  readonly copied?: ((page: string) => void) | undefined;
}

/** Starts keeping pages for this build. */
export function startPageCache(options: PageCacheOptions): { finish(): number } {
  const cacheDir = options.cacheDir ?? buildCacheDir();
  const code = codeFingerprint(options.root);
  // The bundled assets exist once Vite has built them, before any page is listed.
  let assets: string | undefined;
  const rendered = new Map<string, string>();
  const folders = new Set<string>();
  const file = (page: string) => path.join(options.outDir, ...page.split('/').filter(Boolean), 'index.html');
  const service: PageCacheService = {
    restore(page, inputs) {
      assets ??= assetNames(options.outDir);
      const key = cacheKey([KIND, code, assets, options.settings, page, inputs]);
      const html = readCached(KIND, key, cacheDir);
      if (html === undefined) {
        rendered.set(page, key);
        return false;
      }
      const target = file(page);
      const folder = path.dirname(target);
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        folders.add(folder);
      }
      writeFileSync(target, html);
      options.copied?.(page);
      return true;
    },
    finish() {
      let stored = 0;
      for (const [page, key] of rendered) {
        let html: string;
        try {
          html = readFileSync(file(page), 'utf8');
        } catch {
          continue;
        }
        noteMade(KIND);
        writeCached(KIND, key, html, cacheDir);
        stored++;
      }
      rendered.clear();
      if (shared[SERVICE] === service) shared[SERVICE] = undefined;
      return stored;
    },
  };
  shared[SERVICE] = service;
  return service;
}

/**
 * A hash of the code that renders pages: every file under src/, and
 * astro.config.mjs and package-lock.json, by their paths and bytes.
 */
export function codeFingerprint(root: string): string {
  const hash = createHash('sha256');
  const add = (relative: string) => {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(root, relative));
    } catch {
      bytes = Buffer.alloc(0);
    }
    hash.update(`${relative}\n${bytes.length}\n`).update(bytes);
  };
  for (const relative of filesUnder(root, 'src')) add(relative);
  add('astro.config.mjs');
  add('package-lock.json');
  return hash.digest('hex');
}

function filesUnder(root: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (relative: string) => {
    const entries = readdirSync(path.join(root, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk(folder);
  return out;
}

/** The names of the bundled styles and scripts (each carries a hash of its content), sorted. */
function assetNames(outDir: string): string {
  try {
    return readdirSync(path.join(outDir, '_astro')).sort().join('\n');
  } catch {
    return '';
  }
}
