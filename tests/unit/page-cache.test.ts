/**
 * Pages kept between builds (src/lib/core/page-cache.ts): a page rendered
 * once is copied back byte for byte when its inputs are the same; a change to
 * its inputs, to the code, to the bundled assets or to the site's settings
 * renders it again; a damaged entry is never trusted; and without a build
 * under way every page is rendered.
 */

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { cacheStats, resetCacheStats } from '../../src/lib/core/build-cache.ts';
import { codeFingerprint, pagesToRender, startPageCache } from '../../src/lib/core/page-cache.ts';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'strategy-site-pages-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => resetCacheStats());

interface Project {
  root: string;
  cacheDir: string;
}

/** A project with some code and a bundled stylesheet in its build folder. */
function project(): Project {
  const root = freshDir();
  mkdirSync(path.join(root, 'src', 'components'), { recursive: true });
  writeFileSync(path.join(root, 'src', 'components', 'Page.astro'), '<p>{view}</p>');
  writeFileSync(path.join(root, 'astro.config.mjs'), 'export default {};');
  writeFileSync(path.join(root, 'package-lock.json'), '{}');
  return { root, cacheDir: path.join(root, '.cache') };
}

const PAGES = [{ id: 'a' }, { id: 'b' }];

/**
 * One build: the pages to render are listed through the cache, "rendered"
 * (written as Astro would) and stored. Returns the pages rendered and copied.
 */
async function build(
  p: Project,
  inputs: (id: string) => string,
  options: { settings?: string; asset?: string } = {},
): Promise<{ rendered: string[]; copied: string[]; outDir: string }> {
  const outDir = freshDir();
  mkdirSync(path.join(outDir, '_astro'));
  writeFileSync(path.join(outDir, '_astro', options.asset ?? 'Page.abc123.css'), '');
  const copied: string[] = [];
  const cache = startPageCache({
    root: p.root,
    outDir,
    settings: options.settings ?? '/',
    cacheDir: p.cacheDir,
    copied: (page) => copied.push(page),
  });
  const render = await pagesToRender(PAGES, async ({ id }) => ({ path: `/pages/${id}/`, inputs: inputs(id) }));
  for (const { id } of render) {
    mkdirSync(path.join(outDir, 'pages', id), { recursive: true });
    writeFileSync(path.join(outDir, 'pages', id, 'index.html'), `<!DOCTYPE html><p>Page ${inputs(id)} – é</p>\n`);
  }
  cache.finish();
  return { rendered: render.map((r) => r.id), copied, outDir };
}

const html = (outDir: string, id: string) => readFileSync(path.join(outDir, 'pages', id, 'index.html'));

describe('the page cache', () => {
  it('renders every page once, then copies them back byte for byte, telling the sitemap', async () => {
    const p = project();
    const cold = await build(p, (id) => id);
    expect(cold.rendered).toEqual(['a', 'b']);
    expect(cacheStats().get('pages')).toMatchObject({ made: 2, read: 0 });
    resetCacheStats();
    const warm = await build(p, (id) => id);
    expect(warm.rendered).toEqual([]);
    expect(warm.copied).toEqual(['/pages/a/', '/pages/b/']);
    expect(cacheStats().get('pages')).toMatchObject({ made: 0, read: 2 });
    for (const id of ['a', 'b']) expect(html(warm.outDir, id).equals(html(cold.outDir, id))).toBe(true);
  });

  it('renders a page again when its inputs change, and only that page', async () => {
    const p = project();
    await build(p, (id) => id);
    const changed = await build(p, (id) => (id === 'b' ? 'b, edited' : id));
    expect(changed.rendered).toEqual(['b']);
    expect(html(changed.outDir, 'b').toString()).toContain('b, edited');
  });

  it('renders every page again when the code, the bundled assets or the settings change', async () => {
    const p = project();
    await build(p, (id) => id);
    expect((await build(p, (id) => id, { asset: 'Page.def456.css' })).rendered).toEqual(['a', 'b']);
    expect((await build(p, (id) => id, { settings: '/health/' })).rendered).toEqual(['a', 'b']);
    const before = codeFingerprint(p.root);
    writeFileSync(path.join(p.root, 'src', 'components', 'Page.astro'), '<p class="x">{view}</p>');
    expect(codeFingerprint(p.root)).not.toBe(before);
    expect((await build(p, (id) => id)).rendered).toEqual(['a', 'b']);
  });

  it('never trusts a damaged entry: the page is rendered and stored again', async () => {
    const p = project();
    await build(p, (id) => id);
    const folder = path.join(p.cacheDir, 'pages');
    const entries = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(entries).toHaveLength(2);
    const damaged = path.join(entries[0]?.parentPath ?? '', entries[0]?.name ?? '');
    writeFileSync(damaged, readFileSync(damaged, 'utf8').replace('Page', 'Pgae'));
    resetCacheStats();
    const again = await build(p, (id) => id);
    expect(again.rendered).toHaveLength(1);
    expect(cacheStats().get('pages')).toMatchObject({ made: 1, read: 1, damaged: 1 });
    resetCacheStats();
    expect((await build(p, (id) => id)).rendered).toEqual([]);
  });

  it('renders every page when no build keeps pages (the dev server, tests)', async () => {
    let described = 0;
    const render = await pagesToRender(PAGES, async ({ id }) => {
      described++;
      return { path: `/pages/${id}/`, inputs: id };
    });
    expect(render).toEqual(PAGES);
    expect(described).toBe(0);
  });
});
