/** Which kind of page a URL path is, from the public URL scheme in docs/architecture.md. */

export type PageKind =
  | 'home'
  | 'strategy (current version)'
  | 'strategy version (reading)'
  | 'compare'
  | 'consultation'
  | 'dashboard'
  | 'delivery'
  | 'indicator'
  | 'indicator (one area)'
  | 'area'
  | 'methodology'
  | 'updates'
  | 'update'
  | 'search'
  | 'accessibility'
  | 'not found'
  | 'other';

/** A version folder name: "7.1", "8.0", "1.10". */
const VERSION = String.raw`\d+(?:\.\d+)*`;

const PATTERNS: readonly [PageKind, RegExp][] = [
  ['home', /^$/],
  ['strategy version (reading)', new RegExp(`^strategies/[^/]+/${VERSION}/$`)],
  ['compare', /^strategies\/[^/]+\/compare\/(?:.+\/)?$/],
  ['consultation', new RegExp(`^strategies/[^/]+/consultation/${VERSION}/$`)],
  ['dashboard', new RegExp(`^strategies/[^/]+/(?:${VERSION}/)?dashboard/$`)],
  ['delivery', /^strategies\/[^/]+\/delivery\/(?:.+\/)?$/],
  ['strategy (current version)', /^strategies\/[^/]+\/$/],
  ['indicator', /^indicators\/[^/]+\/$/],
  ['indicator (one area)', /^indicators\/[^/]+\/areas\/[^/]+\/$/],
  ['area', /^areas\/[^/]+\/$/],
  ['methodology', /^methodology\/$/],
  ['updates', /^updates\/$/],
  ['update', /^updates\/.+\/$/],
  ['search', /^search\/$/],
  ['accessibility', /^accessibility\/$/],
  ['not found', /^404(?:\.html|\/)$/],
];

/** The kind of the page at `url` (a URL path that starts with `base`). */
export function pageKind(url: string, base: string): PageKind {
  const relative = url.startsWith(base) ? url.slice(base.length) : url;
  return PATTERNS.find(([, pattern]) => pattern.test(relative))?.[0] ?? 'other';
}
