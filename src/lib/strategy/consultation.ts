/**
 * Where a strategy's consultation stands on a given day (the build date):
 *
 * - `upcoming`  before `opens`
 * - `open`      from `opens` to `closes`, both days included
 * - `closed`    after `closes`, with no outcome published yet
 * - `concluded` after `closes`, with `outcomeUrl` saying where the outcome is
 *
 * Dates are ISO strings (YYYY-MM-DD), so they compare as text.
 */

import type { Strategy, Version } from '../contract/model.ts';
import type { StrategyConfig } from '../contract/schemas.ts';

export type ConsultationState = 'upcoming' | 'open' | 'closed' | 'concluded';

export type ConsultationConfig = NonNullable<StrategyConfig['consultation']>;

export interface Consultation extends ConsultationConfig {
  readonly state: ConsultationState;
  /** The day the state was judged on (the build date). */
  readonly today: string;
  /** The version being consulted on: the latest with status "consultation", if any. */
  readonly version: Version | undefined;
}

export const CONSULTATION_STATE_WORDS: Record<ConsultationState, string> = {
  upcoming: 'Opens soon',
  open: 'Open',
  closed: 'Closed',
  concluded: 'Concluded',
};

export function consultationState(config: ConsultationConfig, today: string): ConsultationState {
  if (today < config.opens) return 'upcoming';
  if (today <= config.closes) return 'open';
  return config.outcomeUrl ? 'concluded' : 'closed';
}

/** The strategy's consultation as of `today`, or undefined when it has none. */
export function consultationOf(strategy: Strategy, today: string): Consultation | undefined {
  const config = strategy.consultation;
  if (!config) return undefined;
  const consulted = strategy.versions.filter((v) => v.status === 'consultation');
  return { ...config, state: consultationState(config, today), today, version: consulted[consulted.length - 1] };
}

/** Whether the open-consultation banner belongs on the page for `version` (undefined: the strategy page). */
export function showsBanner(consultation: Consultation | undefined, version?: Version): boolean {
  if (consultation?.state !== 'open') return false;
  if (version === undefined) return true;
  return consultation.version?.id === version.id;
}
