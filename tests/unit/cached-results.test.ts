/**
 * Comparisons and parsed MDX from the build cache: read back, they are the
 * same as when made (so a warm build draws the same pages as a cold one);
 * a changed section, version or body is a different entry, never served
 * the old result.
 */

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { cacheStats } from '../../src/lib/core/build-cache.ts';
import { freshBuildCachePerTest } from './fresh-build-cache.ts';

type DiffModule = typeof import('../../src/lib/diff/index.ts');
type ParseModule = typeof import('../../src/lib/mdx/parse.ts');
type LoadModule = typeof import('../../src/lib/site/load.ts');

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const cache = freshBuildCachePerTest('strategy-site-results');

/** Fresh copies of lib, as a new build would load it: only the cache on disk is shared. */
async function fresh(): Promise<{ diff: DiffModule; parse: ParseModule; load: LoadModule }> {
  vi.resetModules();
  return {
    diff: (await import('../../src/lib/diff/index.ts')) as DiffModule,
    parse: (await import('../../src/lib/mdx/parse.ts')) as ParseModule,
    load: (await import('../../src/lib/site/load.ts')) as LoadModule,
  };
}

/** A copy of the diff fixture's content, to edit. */
function diffContent(): { contentDir: string; dataDir: string } {
  const root = cache.tempDir();
  cpSync(path.join(FIXTURES, 'diff', 'content'), path.join(root, 'content'), { recursive: true });
  return { contentDir: path.join(root, 'content'), dataDir: path.join(FIXTURES, 'good', 'data') };
}

async function compare(dirs: { contentDir: string; dataDir: string }) {
  const lib = await fresh();
  const site = lib.load.getSite(dirs);
  const comparison = lib.diff.strategyComparison(site.content, 'sample-strategy', '1.0', '2.0');
  return {
    diff: comparison.diff,
    summary: comparison.summary,
    changes: lib.diff.comparisonView(comparison, 'changes'),
    full: lib.diff.comparisonView(comparison, 'full'),
  };
}

const stats = (kind: string) => cacheStats().get(kind) ?? { made: 0, read: 0 };

describe('comparisons from the build cache', () => {
  // Loading the site compares versions too (the consultation check), and the
  // pages' comparison then reads what the check stored: so reads are counted
  // from what one loaded site and one comparison read before.
  it('are the same as when they were made, and nothing is compared again', async () => {
    const dirs = diffContent();
    const cold = await compare(dirs);
    const { made, read } = stats('diffs');
    expect(made).toBe(1);
    const warm = await compare(dirs);
    // Every time a comparison was asked for, it is read this time.
    expect(stats('diffs')).toMatchObject({ made: 1, read: read + made + read });
    expect(JSON.stringify(warm)).toBe(JSON.stringify(cold));
  });

  it('are made again when a section of either version changes', async () => {
    const dirs = diffContent();
    const before = await compare(dirs);
    const { read } = stats('diffs');
    const file = path.join(dirs.contentDir, 'strategies', 'sample-strategy', '2.0', '01-foreword.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n$/, '\n\nA new closing sentence about parks.\n'));
    const after = await compare(dirs);
    // Made afresh, and read back no more often than a first comparison is.
    expect(stats('diffs')).toMatchObject({ made: 2, read: read * 2 });
    expect(JSON.stringify(after.diff)).toContain('A new closing sentence about parks.');
    expect(after.diff.totals).not.toEqual(before.diff.totals);
  });

  it('are made again when a version changes, though no section does', async () => {
    const dirs = diffContent();
    await compare(dirs);
    const { read } = stats('diffs');
    const file = path.join(dirs.contentDir, 'strategies', 'sample-strategy', '1.0', 'version.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2025-01-02'));
    await compare(dirs);
    expect(stats('diffs')).toMatchObject({ made: 2, read: read * 2 });
  });
});

describe('parsed MDX from the build cache', () => {
  const body = '\n\nSome *text* with <Measure indicator="x">a sentence</Measure>.\n\n- one\n- two\n';

  it('is the same tree and components as when parsed', async () => {
    const cold = (await fresh()).parse.parseMdxBody(body);
    const warm = (await fresh()).parse.parseMdxBody(body);
    expect(stats('mdx')).toMatchObject({ made: 1, read: 1 });
    expect(warm).toEqual(cold);
    expect(warm.components[0]).toMatchObject({ name: 'Measure', text: 'a sentence', line: 3 });
  });

  it('parses a changed body afresh', async () => {
    (await fresh()).parse.parseMdxBody(body);
    const changed = (await fresh()).parse.parseMdxBody(body.replace('a sentence', 'another sentence'));
    expect(stats('mdx')).toMatchObject({ made: 2, read: 0 });
    expect(changed.components[0]?.text).toBe('another sentence');
  });

  it('keeps no entry for a body that does not parse, and reports it each time', async () => {
    const broken = '\n<Measure indicator="x">never closed\n';
    for (let i = 0; i < 2; i++) {
      const { parse } = await fresh();
      expect(() => parse.parseMdxBody(broken)).toThrow(parse.MdxSyntaxError);
    }
    expect(stats('mdx')).toMatchObject({ made: 0, read: 0 });
  });
});
