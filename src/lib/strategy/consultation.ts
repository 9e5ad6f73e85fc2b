/**
 * Where a strategy's consultation stands on a given day (the build date):
 *
 * - `upcoming`  before `opens`
 * - `open`      from `opens` to `closes`, both days included
 * - `closed`    after `closes`, with no outcome published yet
 * - `concluded` after `closes`, with the outcome published: on this site (a
 *               version's consultation.yaml, published on or after the
 *               closing day) or at `outcomeUrl`
 *
 * And what a published outcome says: when it is published, and how many
 * themes had each outcome. Dates are ISO strings (YYYY-MM-DD), so they
 * compare as text.
 */

import type { ConsultationTheme } from '../contract/consultation-schema.ts';
import type { ConsultationFile, Strategy, Version } from '../contract/model.ts';
import type { StrategyConfig } from '../contract/schemas.ts';
import type { Shape } from '../core/shapes.ts';
import { listing, plural } from '../core/text.ts';
import { THEME_OUTCOMES, type ThemeOutcome } from '../core/vocabulary.ts';

export type ConsultationState = 'upcoming' | 'open' | 'closed' | 'concluded';

export type ConsultationConfig = NonNullable<StrategyConfig['consultation']>;

export interface Consultation extends ConsultationConfig {
  readonly state: ConsultationState;
  /** The day the state was judged on (the build date). */
  readonly today: string;
  /** The version being consulted on: the latest with status "consultation", if any. */
  readonly version: Version | undefined;
  /** The outcome published on this site that concludes it, if any. */
  readonly outcome?: PublishedOutcome | undefined;
}

export const CONSULTATION_STATE_WORDS: Record<ConsultationState, string> = {
  upcoming: 'Opens soon',
  open: 'Open',
  closed: 'Closed',
  concluded: 'Concluded',
};

/** `outcomePublished`: an outcome of this consultation is published on the site. */
export function consultationState(
  config: ConsultationConfig,
  today: string,
  outcomePublished = false,
): ConsultationState {
  if (today < config.opens) return 'upcoming';
  if (today <= config.closes) return 'open';
  return config.outcomeUrl || outcomePublished ? 'concluded' : 'closed';
}

/** The strategy's consultation as of `today`, or undefined when it has none. */
export function consultationOf(strategy: Strategy, today: string): Consultation | undefined {
  const config = strategy.consultation;
  if (!config) return undefined;
  const consulted = strategy.versions.filter((v) => v.status === 'consultation');
  // An outcome published before this consultation closed belongs to an earlier one.
  const outcome = publishedOutcomes(strategy, today)
    .filter((o) => o.date >= config.closes)
    .at(-1);
  return {
    ...config,
    state: consultationState(config, today, outcome !== undefined),
    today,
    version: consulted[consulted.length - 1],
    ...(outcome ? { outcome } : {}),
  };
}

/** Whether the open-consultation banner belongs on the page for `version` (undefined: the strategy page). */
export function showsBanner(consultation: Consultation | undefined, version?: Version): boolean {
  if (consultation?.state !== 'open') return false;
  if (version === undefined) return true;
  return consultation.version?.id === version.id;
}

// ------------------------------------------------ what was said, and done

export const THEME_OUTCOME_WORDS: Record<ThemeOutcome, string> = {
  changed: 'Changed',
  'partly-changed': 'Partly changed',
  'not-changed': 'Not changed',
  'already-covered': 'Already covered',
};

/** Drawn before each word, so that colour never carries the outcome alone. */
export const THEME_OUTCOME_SHAPES: Record<ThemeOutcome, Shape> = {
  changed: 'circle',
  'partly-changed': 'triangle-up',
  'not-changed': 'dash',
  'already-covered': 'square',
};

/** Outcomes whose changes the next version must show (lib/strategy/consultation-checks.ts). */
export const CHANGING_OUTCOMES: readonly ThemeOutcome[] = ['changed', 'partly-changed'];

/** A version's consultation.yaml, published on or before the day the site is built. */
export interface PublishedOutcome {
  /** The version consulted on. */
  readonly version: Version;
  /** The version after it, where the changes are; undefined when there is none yet. */
  readonly next: Version | undefined;
  readonly file: ConsultationFile;
  /** The day it was published (ISO). */
  readonly date: string;
}

/** The version after `version`, if any (versions are in version order: contract/load.ts sorts them). */
export function nextVersion(strategy: Strategy, version: Version): Version | undefined {
  const index = strategy.versions.findIndex((v) => v.id === version.id);
  return index < 0 ? undefined : strategy.versions[index + 1];
}

/**
 * The day a version's consultation outcome is published: its own
 * `published`, else the date of the next version; undefined when it has
 * neither (then it is not published yet) or has no consultation.yaml.
 */
export function outcomeDate(strategy: Strategy, version: Version): string | undefined {
  if (!version.consultation) return undefined;
  return version.consultation.published ?? nextVersion(strategy, version)?.date;
}

/** The outcome of the consultation on `version`, when it is published by `today`. */
export function publishedOutcome(strategy: Strategy, version: Version, today: string): PublishedOutcome | undefined {
  const date = outcomeDate(strategy, version);
  if (!version.consultation || date === undefined || date > today) return undefined;
  return { version, next: nextVersion(strategy, version), file: version.consultation, date };
}

/** Every outcome of the strategy published by `today`, in version order. */
export function publishedOutcomes(strategy: Strategy, today: string): PublishedOutcome[] {
  return strategy.versions.flatMap((v) => publishedOutcome(strategy, v, today) ?? []);
}

export interface OutcomeCount {
  readonly outcome: ThemeOutcome;
  readonly word: string;
  readonly count: number;
  /** "7 themes". */
  readonly themes: string;
}

/**
 * How many themes had each outcome, in the vocabulary's order. Zeros too, so
 * that "0 not changed" is said rather than left out.
 */
export function outcomeCounts(themes: readonly ConsultationTheme[]): OutcomeCount[] {
  return THEME_OUTCOMES.map((outcome) => {
    const count = themes.filter((t) => t.outcome === outcome).length;
    return { outcome, word: THEME_OUTCOME_WORDS[outcome], count, themes: plural(count, 'theme') };
  });
}

/** "7 changed, 2 partly changed and 1 not changed". */
export function outcomeCountsText(counts: readonly OutcomeCount[]): string {
  const parts = counts.map((c) => `${c.count} ${c.word.toLowerCase()}`);
  return listing(parts);
}

/** The total of the responses by channel; undefined when the file gives none. */
export function responseTotal(file: ConsultationFile): number | undefined {
  return file.responses.length > 0 ? file.responses.reduce((n, r) => n + r.count, 0) : undefined;
}
