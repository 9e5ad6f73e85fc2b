import type { SiteModel } from '../../lib/contract/site-model.ts';

/**
 * The site, for an MDX component that shows figures: the route that renders
 * the MDX sets it in Astro.locals (src/env.d.ts), since no route can pass
 * props into the author's text. Fails loudly rather than render without figures.
 */
export function siteFor(component: string, locals: App.Locals): SiteModel {
  if (!locals.site) {
    throw new Error(
      `<${component}> needs the site: the route that renders this MDX must set Astro.locals.site = getSite() first`,
    );
  }
  return locals.site;
}
