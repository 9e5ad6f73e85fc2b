/**
 * The diff engine's front door for pages and scripts: every pair of versions
 * of a strategy, and the comparison of one pair with its summary, computed
 * once per pair however many views show it.
 */

import type { Content, Strategy, Version } from '../contract/model.ts';
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

const cache = new WeakMap<Content, Map<string, StrategyComparison>>();

/** The comparison of two versions of a strategy, from the loaded content. */
export function strategyComparison(
  content: Content,
  strategyId: string,
  fromId: string,
  toId: string,
): StrategyComparison {
  let forContent = cache.get(content);
  if (!forContent) {
    forContent = new Map();
    cache.set(content, forContent);
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
  const diff = diffVersions(from, to, strategy.area);
  const result = { strategy, from, to, diff, summary: summariseChanges(diff, lookup, areaName) };
  forContent.set(key, result);
  return result;
}

/** Route parameters of every compare page: each strategy's version pairs. */
export function compareRoutes(strategies: readonly Strategy[]) {
  return strategies.flatMap((strategy) =>
    versionPairs(strategy).map(({ from, to }) => ({ params: { strategy: strategy.id, from: from.id, to: to.id } })),
  );
}
