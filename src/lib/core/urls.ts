/**
 * Public URLs (docs/architecture.md), without the base path. Pages join them to
 * Astro's base so the whole site works under a sub-path such as /health/.
 */

const seg = (s: string) => encodeURIComponent(s);

export const paths = {
  home: () => '/',
  strategy: (id: string) => `/strategies/${seg(id)}/`,
  version: (id: string, version: string) => `/strategies/${seg(id)}/${seg(version)}/`,
  compare: (id: string, from: string, to: string) => `/strategies/${seg(id)}/compare/${seg(from)}/${seg(to)}/`,
  /** The same comparison as the full newer text with the changes marked in place. */
  compareFull: (id: string, from: string, to: string) => `/strategies/${seg(id)}/compare/${seg(from)}/${seg(to)}/full/`,
  /** What people said in the consultation on a version, and what was done (the version's consultation.yaml). */
  consultation: (id: string, version: string) => `/strategies/${seg(id)}/consultation/${seg(version)}/`,
  dashboard: (id: string) => `/strategies/${seg(id)}/dashboard/`,
  versionDashboard: (id: string, version: string) => `/strategies/${seg(id)}/${seg(version)}/dashboard/`,
  delivery: (id: string) => `/strategies/${seg(id)}/delivery/`,
  deliveryHistory: (id: string) => `/strategies/${seg(id)}/delivery/history/`,
  /** One reporting period's return; `period` is its file name without .json ("2024-Q3"). */
  deliveryPeriod: (id: string, period: string) => `/strategies/${seg(id)}/delivery/${seg(period)}/`,
  deliveryCsv: (id: string, period: string, file: string) =>
    `/strategies/${seg(id)}/delivery/${seg(period)}/${seg(file)}`,
  indicator: (id: string) => `/indicators/${seg(id)}/`,
  /** An indicator's page read for one of its areas (the area the page leads with is the indicator's own page). */
  indicatorArea: (id: string, area: string) => `/indicators/${seg(id)}/areas/${seg(area)}/`,
  /** One area's figures: every indicator's latest value and judgements there. */
  area: (id: string) => `/areas/${seg(id)}/`,
  updates: () => '/updates/',
  update: (id: string) => `/updates/${seg(id)}/`,
  rss: () => '/updates/rss.xml',
  search: () => '/search/',
  accessibility: () => '/accessibility/',
  methodology: () => '/methodology/',
};

/** Joins a base ("/" or "/health/") and a site path ("/indicators/x/"). */
export function withBase(base: string, sitePath: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${sitePath.startsWith('/') ? sitePath : `/${sitePath}`}`;
}

/** A breadcrumb: a page's name and its site path. */
export interface Crumb {
  readonly text: string;
  readonly path: string;
}

/** Breadcrumbs from the home page through a strategy's page, then `more`. */
export function strategyTrail(strategy: { readonly id: string; readonly title: string }, ...more: Crumb[]): Crumb[] {
  return [{ text: 'Home', path: paths.home() }, { text: strategy.title, path: paths.strategy(strategy.id) }, ...more];
}
