import { withBase } from '../lib/core/urls.ts';

/**
 * A site path with Astro's base in front: every internal link goes through
 * here. A fragment alone ("#project-x") is a place on this page and stays as
 * it is, so views can give either.
 */
export function href(sitePath: string): string {
  return sitePath.startsWith('#') ? sitePath : withBase(import.meta.env.BASE_URL, sitePath);
}
