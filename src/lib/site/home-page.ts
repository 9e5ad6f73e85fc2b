/**
 * What the home page and the "page not found" page show: the strategies,
 * each with its current version, and (on the home page) the latest updates.
 */

import { currentVersion, type SiteModel } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { paths } from '../core/urls.ts';
import type { VersionStatus } from '../core/vocabulary.ts';
import { consultationOf } from '../strategy/consultation.ts';
import { openConsultationText } from '../strategy/notices.ts';
import { latestItems, type UpdateItem } from './updates.ts';

export interface StrategyItem {
  readonly title: string;
  readonly path: string;
  readonly summary: string | undefined;
  readonly current: { readonly id: string; readonly dateText: string; readonly status: VersionStatus };
  /** "Open, closes 31 January 2027", while its consultation is open. */
  readonly consultation?: string | undefined;
}

export interface HomePage {
  /** The site's name: the page's title and h1. */
  readonly title: string;
  readonly description: string;
  readonly strategies: readonly StrategyItem[];
  /** The three latest updates. */
  readonly updates: readonly UpdateItem[];
}

/** The strategies, each with its current version and, while it is open, its consultation (judged on `today`). */
function strategyItems(site: SiteModel, today: string): StrategyItem[] {
  return site.content.strategies.map((strategy) => {
    const current = currentVersion(strategy);
    const consultation = openConsultationText(consultationOf(strategy, today));
    return {
      title: strategy.title,
      path: paths.strategy(strategy.id),
      summary: strategy.summary,
      current: { id: current.id, dateText: formatDate(current.date), status: current.status },
      ...(consultation ? { consultation } : {}),
    };
  });
}

export function homePage(site: SiteModel, today: string): HomePage {
  const name = site.config.name;
  return {
    title: name,
    description: `The health and wellbeing strategies of ${name}: each version in full, what changed between drafts, and the figures behind every target.`,
    strategies: strategyItems(site, today),
    updates: latestItems(site, today).slice(0, 3),
  };
}

export interface NotFoundPage {
  readonly strategies: readonly StrategyItem[];
  /** Where to write when nothing else helps, when site.yaml gives an address. */
  readonly email: string | undefined;
}

export function notFoundPage(site: SiteModel, today: string): NotFoundPage {
  return { strategies: strategyItems(site, today), email: site.config.contact.email };
}
