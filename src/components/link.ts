import { withBase } from '../lib/core/urls.ts';

/** A site path with Astro's base in front: every internal link goes through here. */
export function href(sitePath: string): string {
  return withBase(import.meta.env.BASE_URL, sitePath);
}
