/**
 * The diff engine's front door for pages and scripts: every pair of versions
 * of a strategy, and the comparison of one pair with its summary, computed
 * once per pair and kept in the build cache (core/build-cache.ts) until
 * either version or the engine changes.
 */

import type { Content, Strategy, Version } from '../contract/model.ts';
import { cached, cacheKey, packageVersions } from '../core/build-cache.ts';
import { CODE_VERSIONS } from '../core/code-versions.ts';
import { sortVersions, versionOrder } from '../core/versions.ts';
import { diffVersions, type VersionDiff } from './compare.ts';
import { summariseChanges, type ChangeSummary, type IndicatorLookup } from './summary.ts';

export type { SectionDiff, VersionDiff } from './compare.ts';
export type { BlockDiff, SentenceDiff } from './sections.ts';
export type { ChangeSummary } from './summary.ts';
export {
  comparisonView,
  placeOf,
  type CompareMode,
  type ComparisonView,
  type ConsultationJoin,
  type ThemeNote,
} from './view.ts';
export type { TargetChange } from './targets.ts';

export interface VersionPair {
  readonly from: Version;
  readonly to: Version;
}

/** Every pair of different versions, the newer as `to`: what the compare pages are built for. */
export function versionPairs(strategy: Strategy): VersionPair[] {
  const versions = sortVersions(strategy.versions, (v) => v.id);
  const pairs: VersionPair[] = [];
  versions.forEach((to, j) => {
    for (const from of versions.slice(0, j)) {
      // A version is never compared with itself.
      if (from.id !== to.id) pairs.push({ from, to });
    }
  });
  return pairs;
}

/**
 * The pairs grouped by their newer version, newest first, and in a group the
 * nearest older version first: the strategy page's "Compare versions" list.
 */
export function pairsByNewer(strategy: Strategy): { readonly to: Version; readonly froms: readonly Version[] }[] {
  const pairs = versionPairs(strategy);
  return [...new Set(pairs.map((p) => p.to))].reverse().map((to) => ({
    to,
    froms: pairs
      .filter((p) => p.to === to)
      .map((p) => p.from)
      .reverse(),
  }));
}

/** The version before this one, if any: what its "what changed" link compares with. */
export function previousVersion(strategy: Strategy, version: Version): Version | undefined {
  const versions = sortVersions(strategy.versions, (v) => v.id);
  const index = versions.findIndex((v) => v.id === version.id);
  return index > 0 ? versions[index - 1] : undefined;
}

export interface StrategyComparison {
  readonly strategy: Strategy;
  readonly from: Version;
  readonly to: Version;
  readonly diff: VersionDiff;
  readonly summary: ChangeSummary;
}

/** The last few comparisons: a pair's two compare pages ask one after the other. The cache on disk keeps the rest. */
const recent = new WeakMap<Content, Map<string, StrategyComparison>>();
const RECENT = 4;

/** The comparison of two versions of a strategy, from the loaded content. */
export function strategyComparison(
  content: Content,
  strategyId: string,
  fromId: string,
  toId: string,
): StrategyComparison {
  let forContent = recent.get(content);
  if (!forContent) {
    forContent = new Map();
    recent.set(content, forContent);
  }
  const key = `${strategyId}\u0000${fromId}\u0000${toId}`;
  const hit = forContent.get(key);
  if (hit) return hit;
  const strategy = content.strategies.find((s) => s.id === strategyId);
  if (!strategy) throw new Error(`No strategy "${strategyId}"`);
  const from = strategy.versions.find((v) => v.id === fromId);
  const to = strategy.versions.find((v) => v.id === toId);
  if (!from || !to) throw new Error(`No version "${from ? toId : fromId}" of strategy "${strategyId}"`);
  if (versionOrder(fromId, toId) >= 0) {
    throw new Error(`Cannot compare version ${fromId} with ${toId} of "${strategyId}": the first must be older`);
  }
  const lookup: IndicatorLookup = (id) => content.indicators.find((i) => i.id === id);
  const areaName = (id: string) => content.areas.find((a) => a.id === id)?.name ?? id;
  const diff = cachedDiff(from, to, strategy.area);
  const result = { strategy, from, to, diff, summary: summariseChanges(diff, lookup, areaName) };
  forContent.set(key, result);
  if (forContent.size > RECENT) forContent.delete(forContent.keys().next().value as string);
  return result;
}

/** A version as the engine may read it: everything but where its files sit on this machine. */
function engineInput(version: Version): unknown {
  return { ...version, sections: version.sections.map(({ path: _path, ...section }) => section) };
}

/**
 * diffVersions from the build cache, named by both versions (every field
 * but their files' absolute paths), the strategy's area, the engine's code
 * and the packages it parses and diffs with. Always read back from JSON, so
 * that a comparison made now and one read from the cache are the same data.
 */
function cachedDiff(from: Version, to: Version, strategyArea: string | undefined): VersionDiff {
  const packages = packageVersions(['diff', 'unified', 'remark-parse', 'remark-gfm', 'remark-mdx']);
  const make = () => JSON.stringify(diffVersions(from, to, strategyArea));
  if (packages === undefined) return JSON.parse(make()) as VersionDiff;
  const input = JSON.stringify([strategyArea ?? null, engineInput(from), engineInput(to)]);
  const key = cacheKey(['diffs', CODE_VERSIONS.diffs, packages, input]);
  return JSON.parse(cached('diffs', key, make)) as VersionDiff;
}

/** Route parameters of every compare page: each strategy's version pairs. */
export function compareRoutes(strategies: readonly Strategy[]) {
  return strategies.flatMap((strategy) =>
    versionPairs(strategy).map(({ from, to }) => ({ params: { strategy: strategy.id, from: from.id, to: to.id } })),
  );
}
