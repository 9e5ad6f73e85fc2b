/**
 * What the page shell (src/layouts/Page.astro) shows around every page,
 * worked out from site.yaml and the page: the document title, the canonical
 * address, the header's name, colour and logo, the site menu with the
 * current section marked, the footer's publisher, and the page's search
 * filters. The layout calls this once and only draws what it returns.
 */

import type { SiteConfig } from '../contract/schemas.ts';
import { paths } from '../core/urls.ts';
import { searchFilters, type SearchFacts } from './search.ts';

export interface ShellPage {
  /** The page's own title (its h1, more or less). */
  readonly title: string;
  /** The page's language: "en-GB" unless the whole page is in another. */
  readonly lang: string;
  /** The address path being built, base path included ("/health/updates/"). */
  readonly pathname: string;
  /** Astro's base path, "/" or "/health/". */
  readonly base: string;
  /** What the search index records about the page; undefined keeps it out of the index. */
  readonly search?: SearchFacts | undefined;
}

export interface MenuItem {
  readonly text: string;
  /** A site path, without the base path. */
  readonly path: string;
  /** The section the page is in: marked with aria-current="page". */
  readonly current: boolean;
}

export interface PageShell {
  /** The <title>: "Updates - Health and Wellbeing Partnership", or the site's name alone on the home page. */
  readonly documentTitle: string;
  readonly siteName: string;
  /** The header's brand colour (also the browser's theme colour). */
  readonly colour: string;
  /** The page's absolute address, when site.yaml gives the site's `url`. */
  readonly canonical: string | undefined;
  /** The feed's title, when there is a feed (it needs the site's `url`). */
  readonly feedTitle: string | undefined;
  /** "en_GB": Open Graph's form of the language. */
  readonly ogLocale: string;
  /** The header logo: its site path, and its alternative text ("" when it would only repeat the name beside it). */
  readonly logo: { readonly path: string; readonly alt: string } | undefined;
  readonly menu: readonly MenuItem[];
  /** Who publishes the site, for the footer. */
  readonly publisher: { readonly name: string; readonly url?: string | undefined } | undefined;
  /** Pagefind filters for the page; undefined when the page is not indexed. */
  readonly searchFilters: readonly string[] | undefined;
}

export function pageShell(config: SiteConfig, page: ShellPage): PageShell {
  const section = page.pathname.slice(page.base.length).split('/')[0] ?? '';
  return {
    documentTitle: page.title === config.name ? page.title : `${page.title} - ${config.name}`,
    siteName: config.name,
    colour: config.colour,
    canonical: config.url ? new URL(page.pathname, config.url).href : undefined,
    feedTitle: config.url ? `Updates from ${config.name}` : undefined,
    ogLocale: page.lang.replace('-', '_'),
    logo: config.logo && {
      path: `/${config.logo.src.replace(/^\/+/, '')}`,
      alt: logoAlt(config.logo.alt, config.name),
    },
    menu: [
      { text: 'Strategies', path: paths.home(), current: section === '' },
      // Only the list of updates itself: an update's own page is not "the updates page".
      { text: 'Updates', path: paths.updates(), current: section === 'updates' && page.pathname.endsWith('/updates/') },
      { text: 'Search', path: paths.search(), current: section === 'search' },
    ],
    publisher: config.organisation,
    searchFilters: page.search && searchFilters(page.search),
  };
}

/**
 * The logo's alternative text as the page gives it. The site's name is
 * written beside the logo, inside the same link, so a logo that says only
 * the name is decorative there: alt="" keeps a screen reader from reading
 * the name twice.
 */
function logoAlt(alt: string, name: string): string {
  const plain = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  return plain(alt) === plain(name) ? '' : alt;
}
