/**
 * What a strategy's own page (/strategies/<id>/) shows: what the strategy
 * is, its current version, its consultation, where progress is reported,
 * every version with what changed, and its latest updates. It sits in site/
 * because it gathers every feature's part of a strategy.
 */

import type { Strategy } from '../contract/model.ts';
import { currentVersion, type SiteModel } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { paths } from '../core/urls.ts';
import type { VersionStatus } from '../core/vocabulary.ts';
import { consultationOf, publishedOutcomes, showsBanner } from '../strategy/consultation.ts';
import {
  consultationBanner,
  consultationSummary,
  outcomeAnnouncement,
  type ConsultationBanner,
  type ConsultationSummary,
  type OutcomeAnnouncement,
} from '../strategy/notices.ts';
import { latestItems, type UpdateItem } from './updates.ts';

export interface VersionRow {
  readonly id: string;
  readonly path: string;
  readonly dateText: string;
  readonly status: VersionStatus;
  readonly isCurrent: boolean;
  readonly note: string | undefined;
  /** What changed since the version before, for every version but the first. */
  readonly changes: { readonly fromId: string; readonly path: string } | undefined;
}

export interface StrategyPage {
  readonly strategy: Strategy;
  readonly banner: ConsultationBanner | undefined;
  readonly consultation: ConsultationSummary | undefined;
  /** What people told us in each consultation, and what we did: published outcomes, newest first. */
  readonly outcomes: readonly OutcomeAnnouncement[];
  readonly partners: string | undefined;
  /** "2023 to 2028". */
  readonly covers: string | undefined;
  readonly current: {
    readonly id: string;
    readonly path: string;
    readonly dateText: string;
    readonly status: VersionStatus;
  };
  readonly dashboardPath: string;
  /** The delivery reports, when the strategy has any. */
  readonly deliveryPath: string | undefined;
  readonly versionsCaption: string;
  /** Newest first. */
  readonly versions: readonly VersionRow[];
  /** The three latest updates about this strategy. */
  readonly updates: readonly UpdateItem[];
}

export function strategyPage(site: SiteModel, strategy: Strategy, today: string): StrategyPage {
  const current = currentVersion(strategy);
  const consultation = consultationOf(strategy, today);
  const versions = strategy.versions;
  return {
    strategy,
    banner:
      consultation && showsBanner(consultation)
        ? consultationBanner(strategy, consultation, false, site.config.contact)
        : undefined,
    consultation: consultation && consultationSummary(consultation),
    outcomes: publishedOutcomes(strategy, today).map(outcomeAnnouncement).reverse(),
    partners: strategy.organisations.length > 0 ? strategy.organisations.join(', ') : undefined,
    covers: strategy.period && `${strategy.period.start} to ${strategy.period.end}`,
    current: {
      id: current.id,
      path: paths.version(strategy.id, current.id),
      dateText: formatDate(current.date),
      status: current.status,
    },
    dashboardPath: paths.dashboard(strategy.id),
    deliveryPath: site.content.delivery.some((r) => r.strategyId === strategy.id)
      ? paths.delivery(strategy.id)
      : undefined,
    versionsCaption: `Versions of ${strategy.title}, newest first`,
    // Each version with the one before it (versions are oldest first), shown newest first.
    versions: versions
      .map((version, i) => {
        const previous = versions[i - 1];
        return {
          id: version.id,
          path: paths.version(strategy.id, version.id),
          dateText: formatDate(version.date),
          status: version.status,
          isCurrent: version.id === current.id,
          note: version.note,
          changes: previous && { fromId: previous.id, path: paths.compare(strategy.id, previous.id, version.id) },
        };
      })
      .reverse(),
    updates: latestItems(site, today, strategy.id).slice(0, 3),
  };
}
