/**
 * What /search/ shows: the search form's choices (kinds of page, strategies,
 * version statuses, with the filter names the script reads) and the site
 * index that works without script.
 */

import { currentVersion, type SiteModel } from '../contract/site-model.ts';
import { VERSION_STATUSES, VERSION_STATUS_WORDS } from '../core/vocabulary.ts';
import { CURRENT, FILTERS, OTHER, siteIndex, type SearchKind } from './search.ts';

export interface SearchPage {
  readonly description: string;
  /** Filter names and values, for the script (data attributes) and the form. */
  readonly filters: typeof FILTERS;
  readonly current: string;
  readonly other: string;
  readonly kinds: readonly { readonly value: SearchKind; readonly label: string }[];
  /** Strategy titles: the strategy filter's values. */
  readonly strategies: readonly string[];
  /** Version statuses as words: the status filter's values. */
  readonly statuses: readonly string[];
  readonly index: ReturnType<typeof siteIndex>;
}

/** `today`: the day consultation outcomes are judged published on. */
export function searchPage(site: SiteModel, today: string): SearchPage {
  return {
    description: `Search the strategies, figures and updates of ${site.config.name}, or browse a list of every page.`,
    filters: FILTERS,
    current: CURRENT,
    other: OTHER,
    kinds: [
      { value: 'Strategy', label: 'Strategies' },
      { value: 'Dashboard', label: 'Dashboards of targets and measures' },
      { value: 'Indicator', label: 'Indicators and figures' },
      { value: 'Area', label: 'Areas' },
      { value: 'Guide', label: 'How we judge progress' },
      { value: 'Update', label: 'Updates' },
    ],
    strategies: site.content.strategies.map((s) => s.title),
    statuses: VERSION_STATUSES.map((status) => VERSION_STATUS_WORDS[status]),
    index: siteIndex(site.content, currentVersion, today),
  };
}
