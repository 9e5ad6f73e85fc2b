/**
 * The build cache (src/lib/core/build-cache.ts): an entry reads back byte
 * for byte; a damaged or half-written entry is never trusted, but made
 * again and rewritten; a folder that cannot be written never fails the
 * work; old entries are pruned; and each kind's code version is the hash of
 * the code that makes it, so that changing that code renames its entries.
 */

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import {
  cached,
  cacheKey,
  cacheStats,
  isCached,
  packageVersions,
  pruneBuildCache,
  readCached,
  resetCacheStats,
  writeCached,
} from '../../src/lib/core/build-cache.ts';
import { CODE_VERSIONS } from '../../src/lib/core/code-versions.ts';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'strategy-site-cache-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => resetCacheStats());

/** Every file under a folder, relative to it. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

const KEY = cacheKey(['test', 'one']);
const VALUE = 'Kensington & Chelsea: 21.4% — “quoted” ✓\nsecond line\n';

describe('entries', () => {
  it('reads back what was written, byte for byte, and counts it', () => {
    const dir = freshDir();
    expect(readCached('test', KEY, dir)).toBeUndefined();
    writeCached('test', KEY, VALUE, dir);
    expect(readCached('test', KEY, dir)).toBe(VALUE);
    expect(isCached('test', KEY, dir)).toBe(true);
    expect(cacheStats().get('test')).toMatchObject({ read: 1, made: 0, damaged: 0, unwritten: 0 });
    // No temporary file is left beside it.
    expect(filesIn(dir)).toEqual([path.join('test', KEY.slice(0, 2), KEY)]);
  });

  it('makes a result once and reads it back after', () => {
    const dir = freshDir();
    let calls = 0;
    const make = () => `made ${++calls}`;
    expect(cached('test', KEY, make, dir)).toBe('made 1');
    expect(cached('test', KEY, make, dir)).toBe('made 1');
    expect(calls).toBe(1);
    expect(cacheStats().get('test')).toMatchObject({ read: 1, made: 1 });
  });

  it('names entries by every part, so that no two lists of parts share a name', () => {
    expect(cacheKey(['ab', 'c'])).not.toBe(cacheKey(['a', 'bc']));
    expect(cacheKey(['a'])).not.toBe(cacheKey(['a', '']));
    expect(cacheKey(['a', 'b'])).toBe(cacheKey(['a', 'b']));
    expect(cacheKey(['a'])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('a damaged entry is ignored and made again', () => {
  const file = (dir: string) => path.join(dir, 'test', KEY.slice(0, 2), KEY);
  const damages: Record<string, (bytes: Buffer) => Buffer> = {
    'cut short': (b) => b.subarray(0, b.length - 3),
    'a changed byte': (b) => {
      const copy = Buffer.from(b);
      copy[copy.length - 2] = (copy[copy.length - 2] ?? 0) ^ 0x20;
      return copy;
    },
    'a longer tail': (b) => Buffer.concat([b, Buffer.from('x')]),
    'no header': (b) => b.subarray(b.indexOf(0x0a) + 1),
    'another format': (b) => Buffer.from(b.toString('latin1').replace(/^strategy-site-cache\/1/, 'other/1'), 'latin1'),
    empty: () => Buffer.alloc(0),
  };
  for (const [name, damage] of Object.entries(damages)) {
    it(`(${name})`, () => {
      const dir = freshDir();
      writeCached('test', KEY, VALUE, dir);
      writeFileSync(file(dir), damage(readFileSync(file(dir))));
      expect(readCached('test', KEY, dir)).toBeUndefined();
      // Found damaged again by cached(), which makes it and writes it anew.
      expect(cached('test', KEY, () => VALUE, dir)).toBe(VALUE);
      expect(cacheStats().get('test')).toMatchObject({ damaged: 2, made: 1, read: 0 });
      // Rewritten whole: the next read trusts it.
      expect(readCached('test', KEY, dir)).toBe(VALUE);
    });
  }
});

describe('a folder that cannot be used', () => {
  it('never fails the work: the result is made and the failure counted', () => {
    const dir = freshDir();
    // A file where the kind's folder should be: nothing can be written under it.
    writeFileSync(path.join(dir, 'test'), 'in the way');
    expect(cached('test', KEY, () => VALUE, dir)).toBe(VALUE);
    expect(cached('test', KEY, () => VALUE, dir)).toBe(VALUE);
    const stats = cacheStats().get('test');
    expect(stats).toMatchObject({ made: 2, read: 0, unwritten: 2 });
    expect(stats?.firstError).toBeTruthy();
  });

  it('reads nothing where an entry cannot be read, and counts it as no entry', () => {
    const dir = freshDir();
    // A folder where the entry's file should be: reading it fails, as an unreadable file would (even for root).
    mkdirSync(path.join(dir, 'test', KEY.slice(0, 2), KEY), { recursive: true });
    expect(readCached('test', KEY, dir)).toBeUndefined();
    expect(cacheStats().get('test')).toMatchObject({ read: 0, damaged: 0 });
  });
});

describe('pruning', () => {
  it('deletes entries unused for the given days and stray temporary files, and keeps the rest', () => {
    const dir = freshDir();
    const old = cacheKey(['old']);
    const recent = cacheKey(['recent']);
    writeCached('test', old, 'old', dir);
    writeCached('test', recent, 'recent', dir);
    const stray = path.join(dir, 'test', recent.slice(0, 2), `${recent}.123-0-1.tmp`);
    writeFileSync(stray, 'half');
    const now = Date.now();
    const daysAgo = (days: number) => new Date(now - days * 24 * 60 * 60 * 1000);
    utimesSync(path.join(dir, 'test', old.slice(0, 2), old), daysAgo(31), daysAgo(31));
    utimesSync(stray, daysAgo(2), daysAgo(2));
    expect(pruneBuildCache(30, dir, now)).toBe(2);
    expect(readCached('test', old, dir)).toBeUndefined();
    expect(readCached('test', recent, dir)).toBe('recent');
  });

  it('marks an entry used when it is read, so that an entry in use is kept', () => {
    const dir = freshDir();
    writeCached('test', KEY, VALUE, dir);
    const entry = path.join(dir, 'test', KEY.slice(0, 2), KEY);
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    utimesSync(entry, longAgo, longAgo);
    expect(readCached('test', KEY, dir)).toBe(VALUE);
    expect(pruneBuildCache(30, dir)).toBe(0);
    expect(readCached('test', KEY, dir)).toBe(VALUE);
  });
});

describe('package versions', () => {
  it('names each package with its installed version, and the lock file', () => {
    const versions = packageVersions(['vega', 'vega-lite']) ?? '';
    const vega = JSON.parse(
      readFileSync(fileURLToPath(new URL('../../node_modules/vega/package.json', import.meta.url)), 'utf8'),
    ) as {
      version: string;
    };
    expect(versions).toContain(`vega@${vega.version}`);
    expect(versions).toMatch(/vega-lite@\d+\.\d+\.\d+/);
    expect(versions).toMatch(/lock:[0-9a-f]{64}$/);
  });

  it('is undefined for a package that is not there, so that nothing is cached under it', () => {
    expect(packageVersions(['vega', 'no-such-package-here'])).toBeUndefined();
  });
});

/**
 * Each kind's code version is a hash of the source of the module that makes
 * it and every lib module it imports for use at run time (type-only imports
 * change nothing that runs), leaving out the cache and the versions file.
 */
describe('code versions', () => {
  const LIB = fileURLToPath(new URL('../../src/lib/', import.meta.url));
  const LEFT_OUT = new Set(['core/code-versions.ts', 'core/build-cache.ts']);
  const IMPORT = /^\s*(?:import|export)\s+(?!type\s)[^;]*?\sfrom\s+'(\.[^']+)'/gms;

  function closure(entry: string): string[] {
    const seen = new Set<string>();
    const visit = (rel: string): void => {
      if (seen.has(rel) || LEFT_OUT.has(rel)) return;
      seen.add(rel);
      const text = readFileSync(path.join(LIB, rel), 'utf8');
      for (const match of text.matchAll(IMPORT)) {
        visit(path.posix.normalize(path.posix.join(path.posix.dirname(rel), match[1] ?? '')));
      }
    };
    visit(entry);
    return [...seen].sort();
  }

  function versionOf(entry: string): string {
    const hash = createHash('sha256');
    for (const rel of closure(entry)) {
      hash.update(`${rel}\n${readFileSync(path.join(LIB, rel), 'utf8').replace(/\r\n?/g, '\n')}\n`);
    }
    return hash.digest('hex').slice(0, 16);
  }

  const kinds = {
    charts: 'indicators/charts/render.ts',
    diffs: 'diff/compare.ts',
    mdx: 'mdx/parse.ts',
  } as const;

  for (const [kind, entry] of Object.entries(kinds) as [keyof typeof kinds, string][]) {
    it(`${kind}: the hash of ${entry} and what it imports`, () => {
      expect(
        CODE_VERSIONS[kind],
        `${closure(entry).join(', ')} changed, so results cached by the old code must not be used: ` +
          `set CODE_VERSIONS.${kind} in src/lib/core/code-versions.ts to '${versionOf(entry)}'.`,
      ).toBe(versionOf(entry));
    });
  }

  it('follows imports through lib, but not type-only ones', () => {
    expect(closure('diff/compare.ts')).toContain('mdx/parse.ts');
    expect(closure('diff/compare.ts')).not.toContain('contract/model.ts');
    expect(closure('indicators/charts/render.ts')).toContain('indicators/charts/text-width.ts');
  });
});
