/**
 * What the home page and the "page not found" page show: the strategies,
 * each with its current version, and (on the home page) the latest updates.
 */

import { currentVersion, type SiteModel } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { paths } from '../core/urls.ts';
import type { VersionStatus } from '../core/vocabulary.ts';
import { updateItems, type UpdateItem } from './updates.ts';

export interface StrategyItem {
  readonly title: string;
  readonly path: string;
  readonly summary: string | undefined;
  readonly current: { readonly id: string; readonly dateText: string; readonly status: VersionStatus };
}

export interface HomePage {
  /** The site's name: the page's title and h1. */
  readonly title: string;
  readonly description: string;
  readonly strategies: readonly StrategyItem[];
  /** The three latest updates. */
  readonly updates: readonly UpdateItem[];
}

function strategyItems(site: SiteModel): StrategyItem[] {
  return site.content.strategies.map((strategy) => {
    const current = currentVersion(strategy);
    return {
      title: strategy.title,
      path: paths.strategy(strategy.id),
      summary: strategy.summary,
      current: { id: current.id, dateText: formatDate(current.date), status: current.status },
    };
  });
}

export function homePage(site: SiteModel): HomePage {
  const name = site.config.name;
  return {
    title: name,
    description: `The health and wellbeing strategies of ${name}: each version in full, what changed between drafts, and the figures behind every target.`,
    strategies: strategyItems(site),
    updates: updateItems(site, site.content.updates.slice(0, 3)),
  };
}

export interface NotFoundPage {
  readonly strategies: readonly StrategyItem[];
  /** Where to write when nothing else helps, when site.yaml gives an address. */
  readonly email: string | undefined;
}

export function notFoundPage(site: SiteModel): NotFoundPage {
  return { strategies: strategyItems(site), email: site.config.contact.email };
}
