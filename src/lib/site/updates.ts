/**
 * What the update pages and lists show: each update as a list item (date in
 * words, the strategy it is about), the updates page, and one update's page.
 * The lists and the feed also announce each consultation outcome once it is
 * published: it has its own page, so it needs no update written by hand.
 */

import type { Update } from '../contract/model.ts';
import type { SiteModel } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { paths } from '../core/urls.ts';
import { publishedOutcomes } from '../strategy/consultation.ts';
import { outcomeAnnouncement } from '../strategy/notices.ts';
import { searchFilters } from './search.ts';

export interface Link {
  readonly text: string;
  /** A site path, without the base path. */
  readonly path: string;
}

export interface UpdateItem {
  readonly title: string;
  readonly path: string;
  /** The ISO date, for <time datetime>. */
  readonly date: string;
  /** "2 November 2026". */
  readonly dateText: string;
  readonly summary: string | undefined;
  /** The strategy it is about, when it names one. */
  readonly strategy: Link | undefined;
  /** The title where it stands alone (the feed), when the title does not say which strategy it is about. */
  readonly feedTitle?: string;
}

export function updateItems(site: SiteModel, updates: readonly Update[]): UpdateItem[] {
  return updates.map((update) => ({
    title: update.title,
    path: paths.update(update.id),
    date: update.date,
    dateText: formatDate(update.date),
    summary: update.summary,
    strategy: strategyLink(site, update),
  }));
}

/**
 * The updates and the published consultation outcomes (judged on `today`),
 * newest first; on the same day, written updates first. `strategyId` keeps
 * those about one strategy.
 */
export function latestItems(site: SiteModel, today: string, strategyId?: string): UpdateItem[] {
  const updates = site.content.updates.filter((u) => strategyId === undefined || u.strategy === strategyId);
  const outcomes = site.content.strategies
    .filter((strategy) => strategyId === undefined || strategy.id === strategyId)
    .flatMap((strategy) =>
      publishedOutcomes(strategy, today).map((outcome): UpdateItem => {
        const a = outcomeAnnouncement(outcome);
        return {
          title: a.title,
          path: a.path,
          date: a.date,
          dateText: a.dateText,
          summary: a.summary,
          strategy: { text: strategy.title, path: paths.strategy(strategy.id) },
          feedTitle: `${strategy.title}: ${a.title.charAt(0).toLowerCase()}${a.title.slice(1)}`,
        };
      }),
    );
  // A stable sort keeps each group's own order (updates newest first, outcomes by strategy) within a day.
  return [...updateItems(site, updates), ...outcomes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

function strategyLink(site: SiteModel, update: Update): Link | undefined {
  return update.strategy === undefined
    ? undefined
    : { text: site.strategy(update.strategy).title, path: paths.strategy(update.strategy) };
}

export interface UpdatesPage {
  readonly description: string;
  /** Whether the site has a feed (it needs site.yaml's `url`). */
  readonly feed: boolean;
  readonly updates: readonly UpdateItem[];
}

export function updatesPage(site: SiteModel, today: string): UpdatesPage {
  return {
    description: `News about the strategies of ${site.config.name}: new drafts, consultations and new figures.`,
    feed: Boolean(site.config.url),
    updates: latestItems(site, today),
  };
}

export interface UpdatePage {
  readonly title: string;
  readonly summary: string | undefined;
  readonly date: string;
  readonly dateText: string;
  /** The MDX file to render, inside the content folder. */
  readonly file: string;
  readonly strategy: Link | undefined;
  /** What the search index records: the update's own article is what is indexed. */
  readonly searchFilters: readonly string[];
}

export function updatePage(site: SiteModel, update: Update): UpdatePage {
  const strategy = strategyLink(site, update);
  return {
    title: update.title,
    summary: update.summary,
    date: update.date,
    dateText: formatDate(update.date),
    file: update.file,
    strategy,
    searchFilters: searchFilters({ kind: 'Update', strategy: strategy?.text }),
  };
}
