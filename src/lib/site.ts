/**
 * The loaded and checked site: what pages and scripts ask questions of.
 * Reads CONTENT_DIR and DATA_DIR (default content/ and data/).
 */

import path from 'node:path';
import { checkContent } from './contract/checks.ts';
import { loadContent } from './contract/load.ts';
import type { Content, Strategy, Version } from './contract/model.ts';
import { ContentError, sortProblems, type Problem } from './contract/problems.ts';
import type { Area, Indicator } from './contract/schemas.ts';
import { comparePeriods, period } from './periods.ts';

export interface Dirs {
  contentDir: string;
  dataDir: string;
}

export function dirsFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Dirs {
  return {
    contentDir: path.resolve(cwd, env.CONTENT_DIR || 'content'),
    dataDir: path.resolve(cwd, env.DATA_DIR || 'data'),
  };
}

export interface CheckResult {
  readonly content: Content;
  /** Every problem, in a stable order. */
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly warnings: number;
}

/** Loads and checks everything; never throws for bad content. */
export function checkSite(dirs: Dirs): CheckResult {
  const loaded = loadContent(dirs.contentDir, dirs.dataDir);
  const problems = sortProblems([...loaded.problems, ...checkContent(loaded.content)]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { content: loaded.content, problems, errors, warnings: problems.length - errors };
}

const cache = new Map<string, SiteModel>();

/**
 * A counter shared by every copy of this module in the process (the dev
 * server loads lib once for its config and again for its pages): bumping it
 * makes each copy read the content afresh on its next getSite().
 */
const GENERATION = Symbol.for('strategy-site.content-generation');
const shared = globalThis as { [GENERATION]?: number };
let seenGeneration = 0;

/** Forget every loaded site, so the next getSite() reads the files again (the dev server calls this on edits). */
export function invalidateSites(): void {
  shared[GENERATION] = (shared[GENERATION] ?? 0) + 1;
}

/** The checked site for pages: throws ContentError if anything is wrong, so nothing half-right is published. */
export function getSite(dirs: Dirs = dirsFromEnv()): SiteModel {
  if ((shared[GENERATION] ?? 0) !== seenGeneration) {
    seenGeneration = shared[GENERATION] ?? 0;
    cache.clear();
  }
  const key = `${dirs.contentDir}\u0000${dirs.dataDir}`;
  let site = cache.get(key);
  if (!site) {
    const result = checkSite(dirs);
    if (result.errors > 0) throw new ContentError(result.problems);
    site = new SiteModel(result.content);
    cache.set(key, site);
  }
  return site;
}

/** Questions pages ask of the content. Every lookup by id throws when the id is unknown. */
export class SiteModel {
  readonly content: Content;
  private readonly areas: Map<string, Area>;
  private readonly indicators: Map<string, Indicator>;

  constructor(content: Content) {
    this.content = content;
    this.areas = new Map(content.areas.map((a) => [a.id, a]));
    this.indicators = new Map(content.indicators.map((i) => [i.id, i]));
  }

  get config() {
    return this.content.site;
  }

  strategy(id: string): Strategy {
    const s = this.content.strategies.find((x) => x.id === id);
    if (!s) throw new Error(`No strategy "${id}"`);
    return s;
  }

  version(strategyId: string, versionId: string): Version {
    const v = this.strategy(strategyId).versions.find((x) => x.id === versionId);
    if (!v) throw new Error(`No version "${versionId}" of strategy "${strategyId}"`);
    return v;
  }

  area(id: string): Area {
    const a = this.areas.get(id);
    if (!a) throw new Error(`No area "${id}"`);
    return a;
  }

  indicator(id: string): Indicator {
    const i = this.indicators.get(id);
    if (!i) throw new Error(`No indicator "${id}"`);
    return i;
  }

  /** Where the indicator is used: each strategy version and section that names it. */
  usesOf(indicatorId: string): { strategy: Strategy; version: Version; sectionId: string; sectionTitle: string }[] {
    const uses = [];
    for (const strategy of this.content.strategies) {
      const version = currentVersion(strategy);
      for (const section of version.sections) {
        if ([...section.targets, ...section.measures].some((x) => x.indicator === indicatorId)) {
          uses.push({ strategy, version, sectionId: section.id, sectionTitle: section.title });
        }
      }
    }
    return uses;
  }
}

/** The version readers see first: the latest adopted, else the latest. */
export function currentVersion(strategy: Strategy): Version {
  const versions = strategy.versions;
  const adopted = versions.filter((v) => v.status === 'adopted');
  const current = adopted[adopted.length - 1] ?? versions[versions.length - 1];
  if (!current) throw new Error(`Strategy "${strategy.id}" has no versions`);
  return current;
}

/** An indicator's values for one area, oldest first. */
export function seriesFor(indicator: Indicator, areaId: string) {
  return indicator.series
    .filter((p) => p.area === areaId)
    .map((p) => ({ ...p, span: period(p.period) }))
    .sort((a, b) => comparePeriods(a.span, b.span));
}

/** The areas an indicator has values for, in order of first appearance. */
export function areasIn(indicator: Indicator): string[] {
  return [...new Set(indicator.series.map((p) => p.area))];
}
