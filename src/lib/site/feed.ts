/**
 * What the updates feed says: absolute links under the site's address and
 * base path, newest first. It holds what the updates page lists: the updates,
 * and each consultation outcome once it is published. The page route hands
 * this to @astrojs/rss.
 */

import type { SiteModel } from '../contract/site-model.ts';
import { paths, withBase } from '../core/urls.ts';
import { latestItems } from './updates.ts';

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
}

export interface Feed {
  readonly title: string;
  readonly description: string;
  /** The site's home page, absolute. */
  readonly home: string;
  /** The feed's own address, absolute. */
  readonly self: string;
  readonly items: readonly FeedItem[];
}

/** Throws when site.yaml has no `url`: a feed cannot have relative links. Outcomes are judged published on `today`. */
export function feedItems(site: SiteModel, base: string, today: string): Feed {
  const url = site.config.url;
  if (!url) throw new Error('content/site.yaml: url is needed to build the updates feed.');
  const absolute = (sitePath: string): string => new URL(withBase(base, sitePath), url).href;
  return {
    title: `Updates from ${site.config.name}`,
    description: `News about the strategies of ${site.config.name}: new drafts, consultations and new figures.`,
    home: absolute(paths.home()),
    self: absolute(paths.rss()),
    items: latestItems(site, today).map((item) => ({
      title: item.feedTitle ?? item.title,
      link: absolute(item.path),
      pubDate: new Date(`${item.date}T00:00:00Z`),
      description: item.summary ?? item.title,
    })),
  };
}
