/**
 * What a reader is told about where a strategy stands, in words: the
 * consultation (the banner while it is open, a summary in any state) and the
 * notice on a version that is not the one in force.
 */

import type { Strategy, Version } from '../contract/model.ts';
import { currentVersion } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { paths } from '../core/urls.ts';
import { CONSULTATION_STATE_WORDS, type Consultation, type ConsultationState } from './consultation.ts';

export interface VersionLink {
  readonly id: string;
  /** A site path, without the base path. */
  readonly path: string;
}

export interface ConsultationBanner {
  /** "2 January 2027". */
  readonly opens: string;
  readonly closes: string;
  /** How to respond, in the strategy's own words. */
  readonly respond: string | undefined;
  readonly respondUrl: string | undefined;
  /** The draft being consulted on, when the banner is not on the draft itself. */
  readonly draft: VersionLink | undefined;
  /** The build date the state was judged on, in words. */
  readonly checked: string;
}

/** The open-consultation banner; `onDraft` when the page is the consultation draft (then no link to it). */
export function consultationBanner(strategy: Strategy, c: Consultation, onDraft: boolean): ConsultationBanner {
  return {
    opens: formatDate(c.opens),
    closes: formatDate(c.closes),
    respond: c.respond,
    respondUrl: c.respondUrl,
    draft: c.version && !onDraft ? { id: c.version.id, path: paths.version(strategy.id, c.version.id) } : undefined,
    checked: formatDate(c.today),
  };
}

export interface ConsultationSummary {
  readonly state: ConsultationState;
  /** "Open", "Closed"... */
  readonly stateWord: string;
  /** When it opens and closes (or ran), and what happens next. */
  readonly sentence: string;
  /** Where the outcome is, once the consultation has concluded. */
  readonly outcomeUrl: string | undefined;
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
    outcomeUrl: c.state === 'concluded' ? c.outcomeUrl : undefined,
    checked: formatDate(c.today),
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
