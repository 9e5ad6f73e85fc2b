/**
 * What a reader is told about where a strategy stands, in words: the
 * consultation (the banner while it is open, a summary in any state) and the
 * notice on a version that is not the one in force.
 */

import type { Strategy, Version } from '../contract/model.ts';
import type { SiteConfig } from '../contract/schemas.ts';
import { currentVersion } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { formatNumber } from '../core/numbers.ts';
import { plural, pluralWord } from '../core/text.ts';
import { paths } from '../core/urls.ts';
import {
  CONSULTATION_STATE_WORDS,
  outcomeCounts,
  outcomeCountsText,
  responseTotal,
  type Consultation,
  type ConsultationConfig,
  type ConsultationState,
  type OutcomeCount,
  type PublishedOutcome,
} from './consultation.ts';

export interface VersionLink {
  readonly id: string;
  /** A site path, without the base path. */
  readonly path: string;
}

/** Every way to reach the team about a consultation: the strategy's own, else the site's contact. */
export interface ContactWays {
  /** The online response form. */
  readonly form: string | undefined;
  readonly email: string | undefined;
  readonly phone: string | undefined;
  readonly address: string | undefined;
}

/** Undefined when there is no way at all: then a page says nothing rather than an empty list. */
export function contactWays(
  c: Partial<Pick<ConsultationConfig, 'respondUrl' | 'email' | 'phone' | 'address'>>,
  contact: SiteConfig['contact'],
): ContactWays | undefined {
  const ways = {
    form: c.respondUrl,
    email: c.email ?? contact.email,
    phone: c.phone ?? contact.phone,
    address: c.address ?? contact.address,
  };
  return Object.values(ways).some((way) => way !== undefined) ? ways : undefined;
}

export interface ConsultationBanner {
  /** "2 January 2027". */
  readonly opens: string;
  readonly closes: string;
  /** How to respond, in the strategy's own words. */
  readonly respond: string | undefined;
  /** Every way to respond: the form, email, phone and post (undefined: none is known). */
  readonly ways: ContactWays | undefined;
  /** The draft being consulted on, when the banner is not on the draft itself. */
  readonly draft: VersionLink | undefined;
  /** The build date the state was judged on, in words. */
  readonly checked: string;
}

/** The open-consultation banner; `onDraft` when the page is the consultation draft (then no link to it). */
export function consultationBanner(
  strategy: Strategy,
  c: Consultation,
  onDraft: boolean,
  contact: SiteConfig['contact'],
): ConsultationBanner {
  return {
    opens: formatDate(c.opens),
    closes: formatDate(c.closes),
    respond: c.respond,
    ways: contactWays(c, contact),
    draft: c.version && !onDraft ? { id: c.version.id, path: paths.version(strategy.id, c.version.id) } : undefined,
    checked: formatDate(c.today),
  };
}

/** "Open, closes 31 January 2027", for lists of strategies while a consultation is open. */
export function openConsultationText(c: Consultation | undefined): string | undefined {
  return c?.state === 'open' ? `Open, closes ${formatDate(c.closes)}` : undefined;
}

export interface ConsultationSummary {
  readonly state: ConsultationState;
  /** "Open", "Closed"... */
  readonly stateWord: string;
  /** When it opens and closes (or ran), and what happens next. */
  readonly sentence: string;
  /** Where the outcome is, once the consultation has concluded: another site's page. */
  readonly outcomeUrl: string | undefined;
  /** Where the outcome is, once the consultation has concluded: this site's page (a site path). */
  readonly outcomePath?: string | undefined;
  readonly checked: string;
}

export function consultationSummary(c: Consultation): ConsultationSummary {
  const opens = formatDate(c.opens);
  const closes = formatDate(c.closes);
  const sentence =
    c.state === 'upcoming'
      ? `The consultation opens on ${opens} and closes on ${closes}.`
      : c.state === 'open'
        ? `The consultation opened on ${opens} and closes at the end of ${closes}.`
        : `The consultation ran from ${opens} to ${closes}.`;
  return {
    state: c.state,
    stateWord: CONSULTATION_STATE_WORDS[c.state],
    sentence:
      c.state === 'closed' ? `${sentence} We are considering the responses and will publish what we heard.` : sentence,
    // The outcome on this site, joined to the changes, is preferred to one published elsewhere.
    outcomeUrl: c.state === 'concluded' && !c.outcome ? c.outcomeUrl : undefined,
    ...(c.state === 'concluded' && c.outcome
      ? { outcomePath: paths.consultation(c.outcome.version.strategyId, c.outcome.version.id) }
      : {}),
    checked: formatDate(c.today),
  };
}

/** The heading of a consultation's outcome: the page's h1 and every link to it. */
export function outcomeTitle(versionId: string): string {
  return `What you told us about version ${versionId}, and what we did`;
}

/** A published outcome as pages announce it: on the strategy page, the versions it joins, and the updates. */
export interface OutcomeAnnouncement {
  /** The version consulted on. */
  readonly versionId: string;
  /** The version that shows the changes, when there is one. */
  readonly nextId: string | undefined;
  /** "What you told us about version 7.1, and what we did". */
  readonly title: string;
  /** The consultation page, a site path. */
  readonly path: string;
  /** ISO, and in words. */
  readonly date: string;
  readonly dateText: string;
  /**
   * "663 responses, grouped into 11 themes: 7 changed, 2 partly changed and
   * 1 not changed." ("What people said, in 11 themes: ..." when the file
   * gives no counts of responses).
   */
  readonly summary: string;
  /** How many themes had each outcome. */
  readonly counts: readonly OutcomeCount[];
}

export function outcomeAnnouncement(outcome: PublishedOutcome): OutcomeAnnouncement {
  const { version, next, file } = outcome;
  const counts = outcomeCounts(file.themes);
  const total = responseTotal(file);
  const themes = plural(file.themes.length, 'theme');
  return {
    versionId: version.id,
    nextId: next?.id,
    title: outcomeTitle(version.id),
    path: paths.consultation(version.strategyId, version.id),
    date: outcome.date,
    dateText: formatDate(outcome.date),
    summary: `${
      total === undefined
        ? `What people said, in ${themes}`
        : `${formatNumber(total)} ${pluralWord(total, 'response')}, grouped into ${themes}`
    }: ${outcomeCountsText(counts)}.`,
    counts,
  };
}

export interface VersionNotice {
  readonly status: Version['status'];
  readonly text: string;
  /** A warning (with its "!" icon) rather than an inset note: the version is not, or no longer, the one in force. */
  readonly warn: boolean;
  /** The version in force, when this is not it. */
  readonly current: (VersionLink & { readonly dateText: string }) | undefined;
}

/** What a reader must know before reading a version that is not the one in force; undefined for the current adopted one. */
export function versionNotice(strategy: Strategy, version: Version): VersionNotice | undefined {
  const current = currentVersion(strategy);
  const isCurrent = current.id === version.id;
  const sentence: Record<Version['status'], string | undefined> = {
    superseded: 'This version has been replaced by a newer one.',
    withdrawn: 'This version has been withdrawn and no longer applies.',
    draft: 'This is a draft. It may change before it is agreed.',
    consultation: 'This is a draft for consultation. It may change in the light of what people tell us.',
    adopted: isCurrent ? undefined : 'A newer version of this strategy has been agreed.',
  };
  const text = sentence[version.status];
  if (text === undefined) return undefined;
  return {
    status: version.status,
    text,
    warn: version.status === 'superseded' || version.status === 'withdrawn' || !isCurrent,
    current: isCurrent
      ? undefined
      : { id: current.id, path: paths.version(strategy.id, current.id), dateText: formatDate(current.date) },
  };
}
