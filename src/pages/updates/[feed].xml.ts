/**
 * /updates/rss.xml: the updates as an RSS 2.0 feed. A feed needs absolute
 * links, so it is built only when site.yaml gives the site's `url`.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/core/build-date.ts';
import { feedItems } from '../../lib/site/feed.ts';
import { getSite } from '../../lib/site/load.ts';

export function getStaticPaths() {
  return getSite().config.url ? [{ params: { feed: 'rss' } }] : [];
}

export const GET: APIRoute = async () => {
  const site = getSite();
  const feed = feedItems(site, import.meta.env.BASE_URL, buildDate());
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-gb</language><atom:link href="${feed.self}" rel="self" type="application/rss+xml"/>`,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: item.pubDate,
      description: item.description,
    })),
  });
};
