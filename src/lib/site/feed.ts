/**
 * What the updates feed says: absolute links under the site's address and
 * base path, newest first. The page route hands this to @astrojs/rss.
 */

import type { Content } from '../contract/model.ts';
import { paths, withBase } from '../core/urls.ts';

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

/** Throws when site.yaml has no `url`: a feed cannot have relative links. */
export function feedItems(content: Content, base: string): Feed {
  const url = content.site.url;
  if (!url) throw new Error('content/site.yaml: url is needed to build the updates feed.');
  const absolute = (sitePath: string): string => new URL(withBase(base, sitePath), url).href;
  return {
    title: `Updates from ${content.site.name}`,
    description: `News about the strategies of ${content.site.name}: new drafts, consultations and new figures.`,
    home: absolute(paths.home()),
    self: absolute(paths.rss()),
    items: content.updates.map((update) => ({
      title: update.title,
      link: absolute(paths.update(update.id)),
      pubDate: new Date(`${update.date}T00:00:00Z`),
      description: update.summary ?? update.title,
    })),
  };
}
