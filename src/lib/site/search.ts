/**
 * Facts about a page for the search index (Pagefind filters), and the site
 * index that the search page shows when there is no script.
 */

import { areasInIndexOrder } from '../indicators/area-page.ts';
import type { Content, Strategy, Version } from '../contract/model.ts';
import { paths } from '../core/urls.ts';
import { AREA_TYPE_WORDS, VERSION_STATUS_WORDS } from '../core/vocabulary.ts';
import { publishedOutcomes } from '../strategy/consultation.ts';
import { outcomeTitle } from '../strategy/notices.ts';

/** The kinds of page the index holds: the search form's "Kind of page" filter, and the word each result shows. */
export type SearchKind = 'Strategy' | 'Dashboard' | 'Indicator' | 'Area' | 'Guide' | 'Update';

export interface SearchFacts {
  kind: SearchKind;
  /** The strategy's title. */
  strategy?: string | undefined;
  /**
   * Whether this is the version readers see first. Pages that have no
   * versions (indicators, areas, updates) count as current, so that the search's
   * default, current versions only, keeps them.
   */
  current?: boolean | undefined;
  /** The version's status, as a word. */
  status?: string | undefined;
}

/** The filter names, in the order the search form shows them. */
export const FILTERS = { kind: 'kind', strategy: 'strategy', version: 'version', status: 'status' } as const;
export const CURRENT = 'Current version';
export const OTHER = 'Other versions';

/**
 * Pagefind's attribute form, "name:value". Pagefind splits several filters on
 * commas, so a comma inside a value would cut it in two: it becomes a space.
 */
export function searchFilters(facts: SearchFacts): string[] {
  const clean = (value: string): string => value.replace(/\s*,\s*/g, ' ').trim();
  const out = [`${FILTERS.kind}:${facts.kind}`];
  if (facts.strategy) out.push(`${FILTERS.strategy}:${clean(facts.strategy)}`);
  out.push(`${FILTERS.version}:${facts.current === false ? OTHER : CURRENT}`);
  if (facts.status) out.push(`${FILTERS.status}:${clean(facts.status)}`);
  return out;
}

export interface IndexLink {
  readonly text: string;
  readonly path: string;
  readonly note?: string;
}

export interface IndexGroup {
  readonly heading: string;
  readonly links: readonly IndexLink[];
}

/** Every page a reader may want, grouped, for the search page without script; outcomes published by `today`. */
export function siteIndex(
  content: Content,
  current: (strategy: Strategy) => Version,
  today: string,
): { strategies: { title: string; links: IndexLink[] }[]; groups: IndexGroup[] } {
  const strategies = content.strategies.map((strategy) => {
    const now = current(strategy);
    const versions = [...strategy.versions].reverse();
    return {
      title: strategy.title,
      links: [
        { text: 'Overview and versions', path: paths.strategy(strategy.id) },
        ...versions.map((version) => ({
          text: `Version ${version.id}`,
          path: paths.version(strategy.id, version.id),
          note: `${VERSION_STATUS_WORDS[version.status]}${version === now ? ', current version' : ''}`,
        })),
        ...publishedOutcomes(strategy, today)
          .reverse()
          .map((outcome) => ({
            text: outcomeTitle(outcome.version.id),
            path: paths.consultation(strategy.id, outcome.version.id),
          })),
        { text: 'Dashboard of targets and measures', path: paths.dashboard(strategy.id) },
      ],
    };
  });
  const byTitle = (a: { title: string }, b: { title: string }): number => a.title.localeCompare(b.title, 'en-GB');
  const groups: IndexGroup[] = [
    {
      heading: 'Indicators',
      links: [...content.indicators].sort(byTitle).map((indicator) => ({
        text: indicator.title,
        path: paths.indicator(indicator.id),
      })),
    },
    {
      heading: 'Areas',
      links: areasInIndexOrder(content).map((area) => ({
        text: area.name,
        path: paths.area(area.id),
        note: AREA_TYPE_WORDS[area.type],
      })),
    },
    {
      heading: 'Updates',
      links: content.updates.map((update) => ({
        text: update.title,
        path: paths.update(update.id),
        note: update.date,
      })),
    },
    {
      heading: 'About this site',
      links: [
        { text: 'All updates', path: paths.updates() },
        { text: 'How we judge progress', path: paths.methodology() },
        { text: 'Accessibility statement', path: paths.accessibility() },
      ],
    },
  ];
  return { strategies, groups: groups.filter((group) => group.links.length > 0) };
}

/**
 * Which files Pagefind reads, as its glob, given the build's top-level
 * folders (route names): every page but those for one area of an indicator
 * (/indicators/<id>/areas/<area>/). Those carry no search body, since an
 * indicator is found by its own page and an area by its area page, yet at
 * regional scale they are most of the site's files: 11,600 of 12,696 for 400
 * indicators in 30 areas.
 */
export function searchGlob(folders: readonly string[]): string {
  const others = folders.filter((f) => f !== 'indicators' && f !== 'pagefind' && !f.startsWith('_')).sort();
  return `{${['*.html', ...others.map((f) => `${f}/**/*.html`), 'indicators/*/index.html'].join(',')}}`;
}
