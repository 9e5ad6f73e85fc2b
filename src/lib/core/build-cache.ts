/**
 * Work done once per input and kept between builds: rendered charts, version
 * comparisons and parsed MDX, each stored as a file named by a hash of
 * exactly what it depends on (the input itself, the version of the code that
 * makes it, the packages that code uses). A changed input has another name,
 * so it can never be served from the cache; an unchanged one is read back
 * byte for byte as it was written.
 *
 * The folder is `.cache/build/` in the project, or BUILD_CACHE_DIR. CI keeps
 * it between runs (docs/publishing.md). Each entry starts with a header
 * holding the SHA-256 and length of what follows; an entry whose header does
 * not match (a write cut short, a disk error, a hand edit) is ignored and
 * written again, never trusted. Writes go to a temporary file renamed into
 * place, so a reader never sees half an entry, and two builds (or two
 * threads) writing the same entry write the same bytes.
 *
 * The cache never fails a build: a folder that cannot be read or written
 * makes the build slower, and the counts (cacheStats) say so.
 */

import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** The entry format; a change to it makes every older entry unreadable, hence ignored. */
const FORMAT = 'strategy-site-cache/1';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The cache folder: BUILD_CACHE_DIR, else `.cache/build/` (the browser tests' builds use `.cache/test-builds/`). */
export function buildCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(cwd, env.BUILD_CACHE_DIR || path.join('.cache', 'build'));
}

/** A name for an entry: the SHA-256 of the parts, each prefixed by its length so that no two lists of parts collide. */
export function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest('hex');
}

export interface KindStats {
  /** Results read back from the cache. */
  read: number;
  /** Results worked out because the cache did not have them. */
  made: number;
  /** Entries found damaged (and made again). */
  damaged: number;
  /** Entries that could not be written, and the first reason. */
  unwritten: number;
  firstError?: string;
}

/**
 * Counts for the build's closing line. Shared by every copy of this module
 * in the process (the build loads lib once for its integrations and again
 * for its pages) and kept per kind ("charts", "diffs", "mdx").
 */
const STATS = Symbol.for('strategy-site.build-cache-stats');
const shared = globalThis as { [STATS]?: Map<string, KindStats> };

function statsOf(kind: string): KindStats {
  shared[STATS] ??= new Map();
  let stats = shared[STATS].get(kind);
  if (!stats) {
    stats = { read: 0, made: 0, damaged: 0, unwritten: 0 };
    shared[STATS].set(kind, stats);
  }
  return stats;
}

/** Results read and made, and entries damaged or not written, by kind, since the process started (or resetCacheStats). */
export function cacheStats(): ReadonlyMap<string, Readonly<KindStats>> {
  return new Map([...(shared[STATS] ?? new Map<string, KindStats>())].map(([kind, s]) => [kind, { ...s }]));
}

export function resetCacheStats(): void {
  shared[STATS]?.clear();
}

/** Counts a result worked out because the cache did not have it (cached() counts its own). */
export function noteMade(kind: string): void {
  statsOf(kind).made++;
}

function entryPath(dir: string, kind: string, key: string): string {
  return path.join(dir, kind, key.slice(0, 2), key);
}

/**
 * The entry stored under `key`, or undefined when there is none or it is
 * damaged. Reading an entry marks it used (its time, at most once a day), so
 * that pruneBuildCache keeps it.
 */
export function readCached(kind: string, key: string, dir = buildCacheDir()): string | undefined {
  const stats = statsOf(kind);
  const file = entryPath(dir, kind, key);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const payload = verified(bytes);
  if (payload === undefined) {
    stats.damaged++;
    return undefined;
  }
  stats.read++;
  markUsed(file);
  return payload;
}

function markUsed(file: string): void {
  try {
    if (Date.now() - statSync(file).mtimeMs > DAY_MS) utimesSync(file, new Date(), new Date());
  } catch {
    // Replaced or removed meanwhile: the next build reads the new one.
  }
}

/** The payload of an entry whose header matches it, else undefined. */
function verified(bytes: Buffer): string | undefined {
  const end = bytes.indexOf(0x0a);
  if (end < 0) return undefined;
  const [format, sha, length] = bytes.subarray(0, end).toString('latin1').split(' ');
  const payload = bytes.subarray(end + 1);
  if (format !== FORMAT || length !== String(payload.length)) return undefined;
  if (createHash('sha256').update(payload).digest('hex') !== sha) return undefined;
  return payload.toString('utf8');
}

let written = 0;
const made = new Set<string>();

/** Whether an entry is stored under `key` (not whether it is sound: reading it says that). */
export function isCached(kind: string, key: string, dir = buildCacheDir()): boolean {
  return existsSync(entryPath(dir, kind, key));
}

/** Stores an entry (replacing a damaged one). Never throws: a failure is counted in cacheStats. */
export function writeCached(kind: string, key: string, value: string, dir = buildCacheDir()): void {
  const file = entryPath(dir, kind, key);
  const temporary = `${file}.${process.pid}-${threadId}-${++written}.tmp`;
  try {
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const payload = Buffer.from(value, 'utf8');
    const sha = createHash('sha256').update(payload).digest('hex');
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${FORMAT} ${sha} ${payload.length}\n`, 'latin1'), payload]));
    renameSync(temporary, file);
  } catch (error) {
    const stats = statsOf(kind);
    stats.unwritten++;
    stats.firstError ??= error instanceof Error ? error.message : String(error);
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written, or it is already gone.
    }
  }
}

/** The stored result for `key`, else `compute()`'s, stored for next time. */
export function cached(kind: string, key: string, compute: () => string, dir = buildCacheDir()): string {
  const hit = readCached(kind, key, dir);
  if (hit !== undefined) return hit;
  const value = compute();
  noteMade(kind);
  writeCached(kind, key, value, dir);
  return value;
}

/**
 * Deletes entries no build has read or written for `days` days, and
 * temporary files a crashed build left behind, so that a folder CI keeps
 * between runs does not grow without end. Returns how many files it deleted.
 */
export function pruneBuildCache(days = 30, dir = buildCacheDir(), now = Date.now()): number {
  let deleted = 0;
  const walk = (folder: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      try {
        if (depth < 2) {
          walk(file, depth + 1);
          continue;
        }
        const age = now - statSync(file).mtimeMs;
        if (age > days * DAY_MS || (name.endsWith('.tmp') && age > DAY_MS)) {
          rmSync(file, { force: true });
          deleted++;
        }
      } catch {
        // Another build removed or replaced it meanwhile.
      }
    }
  };
  walk(dir, 0);
  return deleted;
}

const versions = new Map<string, { version: string; root: string } | null>();
const lockHashes = new Map<string, string>();

/**
 * The installed version of each package, and a hash of the lock file beside
 * the node_modules they are in (which fixes the packages they use in turn),
 * as parts of a cache key: upgrading anything a cached result depends on
 * renames it. Undefined when a package cannot be found: the caller then does
 * not cache, rather than cache under a name that would survive an upgrade.
 */
export function packageVersions(names: readonly string[]): string | undefined {
  const parts: string[] = [];
  let root: string | undefined;
  for (const name of names) {
    if (!versions.has(name)) versions.set(name, locatePackage(name) ?? null);
    const found = versions.get(name);
    if (!found) return undefined;
    parts.push(`${name}@${found.version}`);
    root ??= found.root;
  }
  if (root !== undefined) parts.push(lockHash(root));
  return parts.join(' ');
}

const require = createRequire(import.meta.url);

/** A package's version (from its own package.json, found above its entry point) and the folder holding its node_modules. */
function locatePackage(name: string): { version: string; root: string } | undefined {
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    return undefined;
  }
  for (let dir = path.dirname(entry); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    let json: { name?: string; version?: string };
    try {
      json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as typeof json;
    } catch {
      continue;
    }
    if (json.name === name && json.version) {
      const modules = dir.lastIndexOf(`${path.sep}node_modules${path.sep}`);
      return { version: json.version, root: modules < 0 ? dir : dir.slice(0, modules) };
    }
  }
  return undefined;
}

function lockHash(root: string): string {
  let hash = lockHashes.get(root);
  if (hash === undefined) {
    try {
      hash = `lock:${createHash('sha256')
        .update(readFileSync(path.join(root, 'package-lock.json')))
        .digest('hex')}`;
    } catch {
      hash = 'lock:none';
    }
    lockHashes.set(root, hash);
  }
  return hash;
}
