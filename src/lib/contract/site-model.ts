/**
 * The loaded content, indexed for the questions pages and views ask of it.
 * Every lookup by id throws when the id is unknown, so a page can never
 * silently drop what it was asked to show. site/load.ts builds one from
 * checked content; views in indicators/, delivery/ and strategy/ take it.
 */

import path from 'node:path';
import type { Content, Strategy, Version } from './model.ts';
import type { Area, Indicator } from './schemas.ts';

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

/**
 * The folder of static files copied into the site as they are (the logo, a
 * council's own images): public/, beside the content folder, so that a test
 * site under tests/fixtures/ has its own.
 */
export function publicDirOf(contentDir: string): string {
  return path.join(path.dirname(path.resolve(contentDir)), 'public');
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

  /** Every version of every strategy as route parameters, for the pages made once per version. */
  versionRoutes(): { params: { strategy: string; version: string } }[] {
    return this.content.strategies.flatMap((strategy) =>
      strategy.versions.map((version) => ({ params: { strategy: strategy.id, version: version.id } })),
    );
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
