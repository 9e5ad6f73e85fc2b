/**
 * The fixed words of the content contract (docs/architecture.md). Authors write these
 * keys in YAML and JSON; pages show the matching words.
 */

export const UNITS = ['percent', 'per-1000', 'per-100k', 'count', 'years', 'gbp', 'ratio', 'score'] as const;
export type Unit = (typeof UNITS)[number];

export const POLARITIES = ['higher-is-better', 'lower-is-better', 'no-judgement'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const VERSION_STATUSES = ['draft', 'consultation', 'adopted', 'superseded', 'withdrawn'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const VERSION_STATUS_WORDS: Record<VersionStatus, string> = {
  draft: 'Draft',
  consultation: 'Consultation draft',
  adopted: 'Adopted',
  superseded: 'Superseded',
  withdrawn: 'Withdrawn',
};

export const SECTION_KINDS = [
  'foreword',
  'summary',
  'vision',
  'priority',
  'outcome',
  'case-study',
  'appendix',
  'section',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const AREA_TYPES = ['ward', 'local-authority', 'integrated-care-board', 'region', 'country'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

export const AREA_TYPE_WORDS: Record<AreaType, string> = {
  ward: 'Ward',
  'local-authority': 'Local authority',
  'integrated-care-board': 'Integrated care board',
  region: 'Region',
  country: 'Country',
};

export const POLARITY_WORDS: Record<Polarity, string> = {
  'higher-is-better': 'A higher value is better.',
  'lower-is-better': 'A lower value is better.',
  'no-judgement': 'Higher or lower is neither better nor worse.',
};

/** The components authors may use in MDX without importing them. */
export const MDX_COMPONENTS = ['Target', 'Measure', 'CaseStudy', 'Quote', 'AtAGlance', 'Stat', 'Table'] as const;
export type MdxComponentName = (typeof MDX_COMPONENTS)[number];

/** A delivery project's rating for a period (delivery/rag.ts has its words and shapes). */
export const RAG_KEYS = ['red', 'amber', 'green', 'complete', 'not-started'] as const;
export type RagKey = (typeof RAG_KEYS)[number];
