/**
 * What a version's page (/strategies/<id>/<version>/) shows around the
 * author's sections: its title and status, the consultation banner or
 * summary, the notice for a version not in force, the document's facts, the
 * numbered contents, and the ids the page keeps for itself.
 */

import type { Section, Strategy, Version } from '../contract/model.ts';
import type { SiteConfig } from '../contract/schemas.ts';
import { currentVersion } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { paths } from '../core/urls.ts';
import { VERSION_STATUS_WORDS } from '../core/vocabulary.ts';
import { consultationOf, publishedOutcomes, showsBanner } from './consultation.ts';
import {
  consultationBanner,
  consultationSummary,
  outcomeAnnouncement,
  versionNotice,
  type ConsultationBanner,
  type ConsultationSummary,
  type OutcomeAnnouncement,
  type VersionNotice,
} from './notices.ts';
import { documentOutline, type OutlineEntry } from './outline.ts';

export interface VersionPage {
  readonly strategy: Strategy;
  readonly version: Version;
  /** "Kent and Medway Integrated Care Strategy, version 8.0 (adopted)". */
  readonly title: string;
  readonly description: string;
  /** The search index's facts: pages of other versions are filtered out by default. */
  readonly search: {
    readonly kind: 'Strategy';
    readonly strategy: string;
    readonly current: boolean;
    readonly status: string;
  };
  readonly banner: ConsultationBanner | undefined;
  /** The consultation on this version, once it is not open (the banner says it while it is). */
  readonly consultation: ConsultationSummary | undefined;
  readonly notice: VersionNotice | undefined;
  /**
   * Published consultation outcomes this version is part of: the one on this
   * version (it was consulted on), and the one whose changes it shows.
   */
  readonly outcomes: readonly VersionOutcome[];
  /** The partners, as a list in words. */
  readonly partners: string | undefined;
  /** "2023 to 2028". */
  readonly covers: string | undefined;
  readonly dateText: string;
  readonly updatedText: string | undefined;
  /** Whether there is a "what changed" note or an earlier version to compare with. */
  readonly showsChange: boolean;
  readonly dashboardPath: string;
  readonly outline: readonly OutlineEntry[];
  /** Marks the contents entry of the section the reader has jumped to, without script. */
  readonly currentSectionCss: string;
}

export interface VersionOutcome extends OutcomeAnnouncement {
  /** What the outcome has to do with this version, in a sentence. */
  readonly sentence: string;
}

export function versionPage(
  strategy: Strategy,
  version: Version,
  today: string,
  contact: SiteConfig['contact'],
): VersionPage {
  const consultation = consultationOf(strategy, today);
  const banner = showsBanner(consultation, version);
  const consulted = consultation && consultation.version?.id === version.id ? consultation : undefined;
  const outline = documentOutline(version.sections);
  const statusWord = VERSION_STATUS_WORDS[version.status];
  // Versions are in version order (contract/load.ts sorts them), so the one before is the previous version.
  const isFirst = strategy.versions.findIndex((v) => v.id === version.id) <= 0;
  return {
    strategy,
    version,
    title: `${strategy.title}, version ${version.id} (${statusWord.toLowerCase()})`,
    description: strategy.summary ?? `${strategy.title}, version ${version.id}.`,
    search: {
      kind: 'Strategy',
      strategy: strategy.title,
      current: currentVersion(strategy).id === version.id,
      status: statusWord,
    },
    banner: banner && consultation ? consultationBanner(strategy, consultation, true, contact) : undefined,
    consultation: consulted && !banner ? consultationSummary(consulted) : undefined,
    notice: versionNotice(strategy, version),
    outcomes: versionOutcomes(strategy, version, today),
    partners: strategy.organisations.length > 0 ? strategy.organisations.join(', ') : undefined,
    covers: strategy.period && `${strategy.period.start} to ${strategy.period.end}`,
    dateText: formatDate(version.date),
    updatedText: version.updated && formatDate(version.updated),
    showsChange: Boolean(version.note) || !isFirst,
    dashboardPath: paths.versionDashboard(strategy.id, version.id),
    outline,
    currentSectionCss: currentSectionCss(outline.map((o) => o.section)),
  };
}

/**
 * One rule per section: the contents link of a section that holds the
 * :target is bold. Section ids are checked to be lower-case letters, digits
 * and hyphens, so they are safe inside CSS.
 */
function currentSectionCss(sections: readonly Section[]): string {
  const selectors = sections.map(
    (section) => `main:has([data-section="${section.id}"] :target) .app-contents a[href="#${section.id}"]`,
  );
  return selectors.length > 0 ? `${selectors.join(',\n')} { font-weight: 700; }` : '';
}

function versionOutcomes(strategy: Strategy, version: Version, today: string): VersionOutcome[] {
  return publishedOutcomes(strategy, today).flatMap((outcome): VersionOutcome[] => {
    const announcement = outcomeAnnouncement(outcome);
    if (outcome.version.id === version.id) {
      return [
        {
          ...announcement,
          sentence:
            'We asked people what they thought of this version. We have published what they told us, and what we did.',
        },
      ];
    }
    if (outcome.next?.id === version.id) {
      return [
        {
          ...announcement,
          sentence: `We changed this version after the consultation on version ${outcome.version.id}.`,
        },
      ];
    }
    return [];
  });
}
