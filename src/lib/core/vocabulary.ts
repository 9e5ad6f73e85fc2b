/**
 * The fixed words of the content contract (docs/architecture.md). Authors write these
 * keys in YAML and JSON; pages show the matching words.
 */

export const UNITS = ['percent', 'per-1000', 'per-10k', 'per-100k', 'count', 'years', 'gbp', 'ratio', 'score'] as const;
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

export const AREA_TYPES = [
  'ward',
  'local-authority',
  'sub-icb-location',
  'integrated-care-board',
  'region',
  'country',
] as const;
export type AreaType = (typeof AREA_TYPES)[number];

export const AREA_TYPE_WORDS: Record<AreaType, string> = {
  ward: 'Ward',
  'local-authority': 'Local authority',
  'sub-icb-location': 'Sub-ICB location',
  'integrated-care-board': 'Integrated care board',
  region: 'Region',
  country: 'Country',
};

/** Area types as a heading over several areas of the type: "Local authorities". */
export const AREA_TYPE_PLURAL_WORDS: Record<AreaType, string> = {
  ward: 'Wards',
  'local-authority': 'Local authorities',
  'sub-icb-location': 'Sub-ICB locations',
  'integrated-care-board': 'Integrated care boards',
  region: 'Regions',
  country: 'Countries',
};

/** A figure's sex: `persons` (everyone, the usual headline figure), `male` or `female`. */
export const SEXES = ['persons', 'male', 'female'] as const;
export type Sex = (typeof SEXES)[number];

export const SEX_WORDS: Record<Sex, string> = {
  persons: 'Persons',
  male: 'Male',
  female: 'Female',
};

/**
 * How an indicator's figures are compared with the benchmark: the 95%
 * confidence interval against the benchmark's value (the default), the 99.8%
 * interval (Fingertips uses it for some indicators), or no comparison at all
 * (Fingertips publishes "Not compared" for some indicators that have intervals).
 */
export const COMPARISONS = ['ci95', 'ci99.8', 'none'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** Keys of the comparison with a benchmark (`data-benchmark`); indicators/judgements.ts has their words. */
export const BENCHMARK_KEYS = ['better', 'worse', 'lower', 'higher', 'similar', 'not-compared'] as const;
export type BenchmarkKey = (typeof BENCHMARK_KEYS)[number];

/** Keys of the recent trend (`data-trend`); indicators/judgements.ts has their words. */
export const TREND_KEYS = [
  'increasing-better',
  'increasing-worse',
  'decreasing-better',
  'decreasing-worse',
  'increasing',
  'decreasing',
  'no-clear-change',
  'not-enough-data',
] as const;
export type TrendKey = (typeof TREND_KEYS)[number];

export const POLARITY_WORDS: Record<Polarity, string> = {
  'higher-is-better': 'A higher value is better.',
  'lower-is-better': 'A lower value is better.',
  'no-judgement': 'Higher or lower is neither better nor worse.',
};

/** The components authors may use in MDX without importing them. */
export const MDX_COMPONENTS = ['Target', 'Measure', 'CaseStudy', 'Quote', 'AtAGlance', 'Stat', 'Table'] as const;

/** A delivery project's rating for a period (delivery/rag.ts has its words and shapes). */
export const RAG_KEYS = ['red', 'amber', 'green', 'complete', 'not-started'] as const;
export type RagKey = (typeof RAG_KEYS)[number];

/**
 * What a partnership did about a theme of consultation responses
 * (consultation.yaml; strategy/consultation.ts has the words and shapes).
 */
export const THEME_OUTCOMES = ['changed', 'partly-changed', 'not-changed', 'already-covered'] as const;
export type ThemeOutcome = (typeof THEME_OUTCOMES)[number];

/** A BCP 47 language tag, in the shapes authors need: "cy", "pl", "pt-BR", "zh-Hant". */
export const LANGUAGE_TAG_RE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
