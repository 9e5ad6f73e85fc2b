/**
 * Where things are, for the editor's page: which file an editor address
 * (/keystatic/collection/sections/item/...) edits, the other way round for a
 * problem's file, and which page of the site previews it.
 */

import { paths as urls } from '../lib/core/urls.ts';
import type { EditorSettings } from './keystatic-config.ts';

export type Entry =
  | {
      readonly collection:
        'updates' | 'strategies' | 'versions' | 'sections' | 'consultations' | 'indicators' | 'delivery';
      readonly slug: string;
    }
  | { readonly singleton: 'site' | 'areas' };

type Paths = Pick<EditorSettings, 'contentPath' | 'dataPath'>;

export function entryOfLocation(pathname: string): Entry | undefined {
  const item = /^\/keystatic\/collection\/([^/]+)\/item\/(.+?)\/?$/.exec(pathname);
  if (item) {
    const collection = item[1] as Extract<Entry, { collection: string }>['collection'];
    return { collection, slug: decodeURIComponent(item[2] ?? '') };
  }
  const single = /^\/keystatic\/singleton\/(site|areas)\/?$/.exec(pathname)?.[1];
  if (single === 'site' || single === 'areas') return { singleton: single };
  return undefined;
}

export function locationOfEntry(entry: Entry): string {
  return 'singleton' in entry
    ? `/keystatic/singleton/${entry.singleton}`
    : `/keystatic/collection/${entry.collection}/item/${encodeURIComponent(entry.slug)}`;
}

export function fileOfEntry(paths: Paths, entry: Entry): string {
  const { contentPath: c, dataPath: d } = paths;
  if ('singleton' in entry) return entry.singleton === 'site' ? `${c}/site.yaml` : `${d}/areas.json`;
  const { slug } = entry;
  switch (entry.collection) {
    case 'updates':
      return `${c}/updates/${slug}.mdx`;
    case 'strategies':
      return `${c}/strategies/${slug}/strategy.yaml`;
    case 'versions':
      return `${c}/strategies/${slug}/version.yaml`;
    case 'sections':
      return `${c}/strategies/${slug}.mdx`;
    case 'consultations':
      return `${c}/strategies/${slug}/consultation.yaml`;
    case 'indicators':
      return `${d}/indicators/${slug}.json`;
    case 'delivery':
      return `${d}/delivery/${slug}.json`;
  }
}

export function entryOfFile(paths: Paths, file: string): Entry | undefined {
  const { contentPath: c, dataPath: d } = paths;
  const inside = (prefix: string, suffix: string): string | undefined =>
    file.startsWith(`${prefix}/`) && file.endsWith(suffix) ? file.slice(prefix.length + 1, -suffix.length) : undefined;
  if (file === `${c}/site.yaml`) return { singleton: 'site' };
  if (file === `${d}/areas.json`) return { singleton: 'areas' };
  const update = inside(`${c}/updates`, '.mdx');
  if (update !== undefined && !update.includes('/')) return { collection: 'updates', slug: update };
  const strategy = inside(`${c}/strategies`, '/strategy.yaml');
  if (strategy !== undefined) return { collection: 'strategies', slug: strategy };
  const version = inside(`${c}/strategies`, '/version.yaml');
  if (version !== undefined) return { collection: 'versions', slug: version };
  const consultation = inside(`${c}/strategies`, '/consultation.yaml');
  if (consultation !== undefined) return { collection: 'consultations', slug: consultation };
  const section = inside(`${c}/strategies`, '.mdx');
  if (section !== undefined) return { collection: 'sections', slug: section };
  const indicator = inside(`${d}/indicators`, '.json');
  if (indicator !== undefined) return { collection: 'indicators', slug: indicator };
  const delivery = inside(`${d}/delivery`, '.json');
  if (delivery !== undefined) return { collection: 'delivery', slug: delivery };
  return undefined;
}

/** The site's page showing an entry (relative to the site's base), or the home page. */
export function previewOf(entry: Entry | undefined): string {
  if (!entry || 'singleton' in entry) return '/';
  const [first = '', second = ''] = entry.slug.split('/');
  switch (entry.collection) {
    case 'updates':
      return urls.update(entry.slug);
    case 'strategies':
      return urls.strategy(entry.slug);
    case 'versions':
    case 'sections':
      return urls.version(first, second);
    case 'consultations':
      return urls.consultation(first, second);
    case 'indicators':
      return urls.indicator(entry.slug);
    case 'delivery':
      return second ? urls.deliveryPeriod(first, second) : urls.delivery(first);
  }
}
