/**
 * What /strategies/<id>/consultation/<version>/ shows: what people told us
 * about a version, and what we did. How many responded, by channel; then
 * each theme with its count, quotes, outcome and response, and each change
 * linked to its exact place on the compare page and in the next version.
 */

import type { ConsultationTheme, ThemeChange } from '../contract/consultation-schema.ts';
import type { Strategy, Version } from '../contract/model.ts';
import type { SiteModel } from '../contract/site-model.ts';
import { formatDate } from '../core/dates.ts';
import { formatNumber, formatValue } from '../core/numbers.ts';
import type { TextTable } from '../core/table.ts';
import { inSentence, plural, pluralWord } from '../core/text.ts';
import { paths } from '../core/urls.ts';
import type { ThemeOutcome } from '../core/vocabulary.ts';
import { comparisonView, placeOf, strategyComparison, type ComparisonView, type TargetChange } from '../diff/index.ts';
import { targetId } from '../mdx/headings.ts';
import {
  CHANGING_OUTCOMES,
  consultationOf,
  outcomeCounts,
  publishedOutcome,
  publishedOutcomes,
  responseTotal,
  THEME_OUTCOME_WORDS,
  type OutcomeCount,
  type PublishedOutcome,
} from './consultation.ts';
import { contactWays, outcomeTitle, type ContactWays, type VersionLink } from './notices.ts';
import { documentOutline } from './outline.ts';
import { themeAnchor } from './consultation-joins.ts';

/** A place a theme points to: in the next version, and (for a change) on the compare page. */
export interface ChangeLink {
  /** "Section 6: Support people to live and age well", "Target: hospital admissions caused by alcohol, ...". */
  readonly text: string;
  /** Its place in the next version: a site path with its fragment. */
  readonly path: string;
  /** Its place on the compare page, for a change: a site path with its fragment. */
  readonly comparePath: string | undefined;
}

export interface ThemeView {
  readonly id: string;
  /** The theme's id on the page: "theme-alcohol-target". */
  readonly anchor: string;
  readonly title: string;
  readonly outcome: ThemeOutcome;
  readonly outcomeWord: string;
  /** "Raised in 48 responses". */
  readonly countText: string | undefined;
  readonly summary: string | undefined;
  readonly quotes: readonly {
    readonly text: string;
    readonly from: string | undefined;
    readonly lang: string | undefined;
  }[];
  readonly response: string | undefined;
  /** "Where to see the change", or "Where the strategy covers this". */
  readonly changesHeading: string;
  readonly changes: readonly ChangeLink[];
}

export interface ConsultationPage {
  readonly strategyId: string;
  readonly strategyTitle: string;
  /** The h1: "What you told us about version 7.1, and what we did". */
  readonly heading: string;
  /** The title element. */
  readonly title: string;
  readonly description: string;
  /** What the consultation was, in sentences. */
  readonly intro: readonly string[];
  /** When the outcome was published: ISO, and in words. */
  readonly date: string;
  readonly dateText: string;
  readonly consulted: VersionLink;
  readonly next: VersionLink | undefined;
  /** The compare page from the consulted version to the next, a site path. */
  readonly comparePath: string | undefined;
  /** Whether some counts, themes or quotes were made up (example content): the page warns. */
  readonly illustrative: boolean;
  /** Responses by channel, with their total; undefined when the file gives none. */
  readonly responses: TextTable | undefined;
  /** How many themes had each outcome. */
  readonly counts: readonly OutcomeCount[];
  /** "11 themes". */
  readonly themesText: string;
  readonly themes: readonly ThemeView[];
  /** Who to ask about the consultation: email, phone and post (there is no form to fill in any more). */
  readonly contact: ContactWays | undefined;
  /** What the search index records. */
  readonly search: { readonly kind: 'Strategy'; readonly strategy: string; readonly current: true };
}

/** Route parameters of every published outcome's page. */
export function consultationRoutes(strategies: readonly Strategy[], today: string) {
  return strategies.flatMap((strategy) =>
    publishedOutcomes(strategy, today).map((o) => ({ params: { strategy: strategy.id, version: o.version.id } })),
  );
}

export function consultationPage(
  site: SiteModel,
  strategy: Strategy,
  version: Version,
  today: string,
): ConsultationPage {
  const outcome = publishedOutcome(strategy, version, today);
  if (!outcome) throw new Error(`No published consultation outcome for version ${version.id} of "${strategy.id}"`);
  const { file, next } = outcome;
  const heading = outcomeTitle(version.id);
  const total = responseTotal(file);
  const places = next ? new Places(site, strategy, version, next) : undefined;
  const ways = contactWays({ ...strategy.consultation, respondUrl: undefined }, site.config.contact);
  return {
    strategyId: strategy.id,
    strategyTitle: strategy.title,
    heading,
    title: `${heading}: ${strategy.title}`,
    description: `What people told us in the consultation on version ${version.id} of ${strategy.title}, and what we did about it.`,
    intro: intro(strategy, outcome, total, today),
    date: outcome.date,
    dateText: formatDate(outcome.date),
    consulted: { id: version.id, path: paths.version(strategy.id, version.id) },
    next: next && { id: next.id, path: paths.version(strategy.id, next.id) },
    comparePath: next && paths.compare(strategy.id, version.id, next.id),
    illustrative: file.illustrative,
    responses:
      total === undefined
        ? undefined
        : {
            captionId: 'responses-caption',
            caption: `Responses to the consultation on version ${version.id}, by how people responded`,
            columns: ['How people responded', { text: 'Responses', numeric: true }],
            rows: [
              ...file.responses.map((r) => ({
                header: r.channel,
                cells: [{ text: formatNumber(r.count), numeric: true }],
              })),
              { header: 'Total', cells: [{ text: formatNumber(total), numeric: true }], data: { 'data-total': '' } },
            ],
          },
    counts: outcomeCounts(file.themes),
    themesText: plural(file.themes.length, 'theme'),
    themes: file.themes.map((theme) => themeView(theme, places)),
    contact: ways,
    search: { kind: 'Strategy', strategy: strategy.title, current: true },
  };
}

function intro(strategy: Strategy, outcome: PublishedOutcome, total: number | undefined, today: string): string[] {
  const { version, next } = outcome;
  const consultation = consultationOf(strategy, today);
  // The strategy's dates belong to this consultation when it is the one they concluded.
  const dates =
    consultation?.outcome?.version.id === version.id
      ? ` from ${formatDate(consultation.opens)} to ${formatDate(consultation.closes)}`
      : '';
  return [
    `We asked for views on version ${version.id}${dates}.`,
    ...(total === undefined
      ? []
      : [`${formatNumber(total)} ${pluralWord(total, 'response')} came in. Thank you to everyone who took part.`]),
    `This page sets out what people told us, theme by theme, and what we did about each${
      next ? `. The changes are in version ${next.id}` : ''
    }.`,
  ];
}

function themeView(theme: ConsultationTheme, places: Places | undefined): ThemeView {
  const changing = CHANGING_OUTCOMES.includes(theme.outcome);
  return {
    id: theme.id,
    anchor: themeAnchor(theme.id),
    title: theme.title,
    outcome: theme.outcome,
    outcomeWord: THEME_OUTCOME_WORDS[theme.outcome],
    countText:
      theme.count === undefined
        ? undefined
        : `Raised in ${formatNumber(theme.count)} ${pluralWord(theme.count, 'response')}`,
    summary: theme.summary,
    quotes: theme.quotes.map((q) => ({ text: q.text, from: q.from, lang: q.lang })),
    response: theme.response,
    changesHeading: changing ? 'Where to see the change' : 'Where the strategy covers this',
    changes: places ? theme.changes.map((change) => places.link(change, changing)) : [],
  };
}

/** Where sections and targets are in the next version and on the compare page. */
class Places {
  private readonly site: SiteModel;
  private readonly strategy: Strategy;
  private readonly next: Version;
  private readonly outline: ReturnType<typeof documentOutline>;
  private readonly targets: readonly TargetChange[];
  private readonly view: ComparisonView;
  private readonly comparePath: string;

  constructor(site: SiteModel, strategy: Strategy, version: Version, next: Version) {
    this.site = site;
    this.strategy = strategy;
    this.next = next;
    this.outline = documentOutline(next.sections);
    const comparison = strategyComparison(site.content, strategy.id, version.id, next.id);
    this.targets = comparison.diff.structured.targets;
    // Anchors are the same with or without the join, which is only drawn beside them.
    this.view = comparisonView(comparison, 'changes');
    this.comparePath = paths.compare(strategy.id, version.id, next.id);
  }

  link(change: ThemeChange, changing: boolean): ChangeLink {
    const versionPath = paths.version(this.strategy.id, this.next.id);
    if ('section' in change) {
      const entry = this.outline.find((o) => o.section.id === change.section);
      if (!entry) throw new Error(`No section "${change.section}" in version ${this.next.id} (the check says so)`);
      return {
        text: `Section ${entry.number}: ${entry.section.title}`,
        path: `${versionPath}#${entry.section.id}`,
        comparePath: changing ? `${this.comparePath}${placeOf(this.view, change) ?? '#summary'}` : undefined,
      };
    }
    const holder = this.next.sections.find((s) => s.targets.some((t) => t.indicator === change.target));
    const target = holder?.targets.find((t) => t.indicator === change.target);
    if (!holder || !target)
      throw new Error(`No target for "${change.target}" in version ${this.next.id} (the check says so)`);
    const indicator = this.site.indicator(change.target);
    const value = (v: number) => formatValue(v, indicator.unit);
    const before = this.targets.find((t) => t.indicator === change.target && t.op === 'changed');
    // The promise as it was, when what it promises (the value, or the date) changed.
    const old = before?.op === 'changed' ? before.before.target : undefined;
    const was =
      old && (old.value !== target.value || old.by !== target.by) ? ` (it was ${value(old.value)} by ${old.by})` : '';
    const place = placeOf(this.view, change) ?? placeOf(this.view, { section: holder.id }) ?? '#summary';
    return {
      text: `Target for ${inSentence(indicator.title)}: ${value(target.value)} by ${target.by}${was}`,
      path: `${versionPath}#${targetId(holder.id, change.target)}`,
      comparePath: changing ? `${this.comparePath}${place}` : undefined,
    };
  }
}
