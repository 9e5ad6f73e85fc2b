/**
 * A consultation's outcome joined to the compare page from the version
 * consulted on to the next: each section or target a changed (or partly
 * changed) theme names shows "Changed after consultation" with the theme,
 * and the summary counts the themes by outcome. The diff view places what
 * this decides (diff/view.ts `ConsultationJoin`).
 */

import type { ConsultationTheme } from '../contract/consultation-schema.ts';
import type { Content } from '../contract/model.ts';
import { plural } from '../core/text.ts';
import { paths } from '../core/urls.ts';
import {
  comparisonView,
  strategyComparison,
  type CompareMode,
  type ComparisonView,
  type ConsultationJoin,
  type ThemeNote,
} from '../diff/index.ts';
import { CHANGING_OUTCOMES, outcomeCounts, publishedOutcome, type PublishedOutcome } from './consultation.ts';
import { outcomeTitle } from './notices.ts';

/** A theme's id on its consultation page. */
export const themeAnchor = (id: string): string => `theme-${id}`;

/** The theme on its consultation page, a site path with its fragment. */
export function themePath(outcome: PublishedOutcome, theme: ConsultationTheme): string {
  return `${paths.consultation(outcome.version.strategyId, outcome.version.id)}#${themeAnchor(theme.id)}`;
}

/** The join for a published outcome, whose changes are in the next version. */
export function consultationJoin(outcome: PublishedOutcome): ConsultationJoin {
  const sections = new Map<string, ThemeNote[]>();
  const targets = new Map<string, ThemeNote[]>();
  const add = (map: Map<string, ThemeNote[]>, key: string, note: ThemeNote) => {
    const list = map.get(key) ?? [];
    if (!list.some((n) => n.id === note.id)) map.set(key, [...list, note]);
  };
  const themes = outcome.file.themes;
  for (const theme of themes) {
    // An "already covered" theme names places that need not have changed.
    if (!CHANGING_OUTCOMES.includes(theme.outcome)) continue;
    const note: ThemeNote = { id: theme.id, title: theme.title, path: themePath(outcome, theme) };
    for (const change of theme.changes) {
      if ('section' in change) add(sections, change.section, note);
      else add(targets, change.target, note);
    }
  }
  return {
    sections,
    targets,
    summary: {
      title: outcomeTitle(outcome.version.id),
      path: paths.consultation(outcome.version.strategyId, outcome.version.id),
      sentence: `We grouped what people told us about version ${outcome.version.id} into ${plural(themes.length, 'theme')}.`,
      counts: outcomeCounts(themes),
    },
  };
}

/**
 * A compare page's view, with the consultation on `fromId` joined to it when
 * its outcome is published by `today` and `toId` is the next version.
 */
export function joinedComparisonView(
  content: Content,
  strategyId: string,
  fromId: string,
  toId: string,
  mode: CompareMode,
  today: string,
): ComparisonView {
  const comparison = strategyComparison(content, strategyId, fromId, toId);
  const outcome = publishedOutcome(comparison.strategy, comparison.from, today);
  const joined = outcome && outcome.next?.id === comparison.to.id ? consultationJoin(outcome) : undefined;
  return comparisonView(comparison, mode, joined);
}
