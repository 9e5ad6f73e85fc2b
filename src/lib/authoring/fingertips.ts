/**
 * Fingertips' words, read into the site's: area types, sexes, and the
 * judgements Fingertips publishes with each value ("Recent trend",
 * "Compared to England value or percentiles"). Fingertips exports in two
 * heading styles (csv-rows.ts reads both); the words in the cells are the same.
 */

import type { AreaType, BenchmarkKey, Sex, TrendKey } from '../core/vocabulary.ts';

/**
 * The site's area type for a Fingertips "Area Type", including the dated
 * variants ("Counties & UAs (from Apr 2021)", "Upper tier local authorities
 * (post 4/23)", "Districts & UAs (from Apr 2023)"). When the words say
 * nothing the site knows, the ONS code's prefix decides (E92 England, E12
 * region, E54 ICB, E38 sub-ICB location, E06-E10 and W06 councils, E05 ward).
 */
export function areaTypeOf(fingertipsType: string, code: string): AreaType | undefined {
  const t = fingertipsType.toLowerCase();
  if (/^(england|country)\b/.test(t)) return 'country';
  if (/sub-?icb|\bccgs?\b|clinical commissioning/.test(t)) return 'sub-icb-location';
  if (/\bicbs?\b|integrated care board|\bics\b|\bstps?\b/.test(t)) return 'integrated-care-board';
  if (/region/.test(t)) return 'region';
  if (/\bwards?\b/.test(t)) return 'ward';
  if (/count(y|ies)|district|\buas?\b|unitary|local authorit|tier/.test(t)) return 'local-authority';
  return areaTypeOfCode(code);
}

/** An area type from an ONS code's prefix, when the prefix says one clearly. */
export function areaTypeOfCode(code: string): AreaType | undefined {
  const prefix = code.slice(0, 3).toUpperCase();
  if (!/^[EWSN]\d\d$/.test(prefix) || !/^[A-Z]\d{8}$/.test(code)) return undefined;
  if (prefix === 'E92') return 'country';
  if (prefix === 'E12' || prefix === 'E40') return 'region';
  if (prefix === 'E54') return 'integrated-care-board';
  if (prefix === 'E38') return 'sub-icb-location';
  if (prefix === 'E05' || prefix === 'W05') return 'ward';
  if (['E06', 'E07', 'E08', 'E09', 'E10', 'W06'].includes(prefix)) return 'local-authority';
  return undefined;
}

/** The Fingertips area types the importer knows, for messages. */
export const KNOWN_AREA_TYPES =
  'England, Region, County & UA, District & UA (and their dated variants, such as "Counties & UAs (from Apr 2023)"), ICB, Sub-ICB, Ward';

/** Fingertips' "Sex" as the site's: Persons (and "Not applicable") are persons. */
export function sexOf(text: string): Sex | undefined {
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'persons' || t === 'person' || t === 'all' || t === 'not applicable') return 'persons';
  if (t === 'male' || t === 'males' || t === 'men') return 'male';
  if (t === 'female' || t === 'females' || t === 'women') return 'female';
  return undefined;
}

const TRENDS: Record<string, TrendKey> = {
  'cannot be calculated': 'not-enough-data',
  'no significant change': 'no-clear-change',
  'no change': 'no-clear-change',
  increasing: 'increasing',
  decreasing: 'decreasing',
  'increasing and getting better': 'increasing-better',
  'increasing and getting worse': 'increasing-worse',
  'decreasing and getting better': 'decreasing-better',
  'decreasing and getting worse': 'decreasing-worse',
};

/**
 * A published "Recent trend" as the site's key: "Decreasing and getting
 * better" is decreasing-better, "No significant change" no-clear-change,
 * "Cannot be calculated" not-enough-data. Empty: undefined; words the site
 * does not know: 'unknown'.
 */
export function publishedTrend(text: string): TrendKey | undefined | 'unknown' {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return undefined;
  return TRENDS[t] ?? 'unknown';
}

/**
 * A published comparison with England as the site's key: "Better",
 * "Worse 99.8%", "Similar", "Higher", "Lower", "Not compared". Fingertips'
 * quintile rankings ("Highest quintile") are not comparisons the site makes:
 * 'unknown'.
 */
export function publishedBenchmark(text: string): BenchmarkKey | undefined | 'unknown' {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === '') return undefined;
  if (t === 'not compared') return 'not-compared';
  const m = /^(better|worse|similar|same|higher|lower)(?: \(?\d+(?:\.\d+)?%\)?)?$/.exec(t);
  if (!m) return 'unknown';
  return m[1] === 'same' ? 'similar' : (m[1] as BenchmarkKey);
}
