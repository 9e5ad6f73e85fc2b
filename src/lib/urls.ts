/**
 * Public URLs (DESIGN.md), without the base path. Pages join them to
 * Astro's base so the whole site works under a sub-path such as /health/.
 */

const seg = (s: string) => encodeURIComponent(s);

export const paths = {
  home: () => '/',
  strategy: (id: string) => `/strategies/${seg(id)}/`,
  version: (id: string, version: string) => `/strategies/${seg(id)}/${seg(version)}/`,
  compare: (id: string, from: string, to: string) => `/strategies/${seg(id)}/compare/${seg(from)}/${seg(to)}/`,
  dashboard: (id: string) => `/strategies/${seg(id)}/dashboard/`,
  indicator: (id: string) => `/indicators/${seg(id)}/`,
  updates: () => '/updates/',
  accessibility: () => '/accessibility/',
};

/** Joins a base ("/" or "/health/") and a site path ("/indicators/x/"). */
export function withBase(base: string, sitePath: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${sitePath.startsWith('/') ? sitePath : `/${sitePath}`}`;
}
