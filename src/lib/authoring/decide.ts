/**
 * What the importer works out for a new indicator from a Fingertips export
 * itself, rather than asking: the headline's sex and age band, the polarity
 * Fingertips' own comparisons show, and the comparison method (95% or 99.8%
 * intervals, or none) that reproduces them, so that the site and Fingertips
 * say the same of the same figures. Each comes with a sentence saying why.
 */

import type { Area, Point } from '../contract/schemas.ts';
import type { Comparison, Polarity, Sex } from '../core/vocabulary.ts';
import { compareWith } from '../indicators/assess.ts';
import { sameBenchmark } from '../indicators/checks.ts';

/**
 * The headline of imported rows: persons when any row without a category is
 * for persons, else the one sex there is; the age band the existing file
 * names, else the one age band of those rows, else the commonest (the first
 * in the file on a tie).
 */
export function headlineOfRows(
  points: readonly Point[],
  existingAge: string | undefined,
): { sex: Sex; age: string | undefined } {
  const plain = points.filter((p) => p.category === undefined && p.categoryType === undefined);
  const sexes = [...new Set(plain.map((p) => p.sex ?? 'persons'))];
  const sex: Sex = sexes.includes('persons') || sexes.length !== 1 ? 'persons' : (sexes[0] ?? 'persons');
  if (existingAge !== undefined) return { sex, age: existingAge };
  const ages = plain.filter((p) => (p.sex ?? 'persons') === sex).map((p) => p.age);
  if (ages.length === 0 || ages.includes(undefined)) return { sex, age: undefined };
  const counts = new Map<string | undefined, number>();
  for (const a of ages) counts.set(a, (counts.get(a) ?? 0) + 1);
  let age: string | undefined;
  let best = -1;
  for (const [a, n] of counts) {
    if (n > best) {
      best = n;
      age = a;
    }
  }
  return { sex, age };
}

/** The one area of type country (England), when areas.json has exactly one. */
function countryOf(areas: readonly Area[]): string | undefined {
  const countries = areas.filter((a) => a.type === 'country');
  return countries.length === 1 ? countries[0]?.id : undefined;
}

const breakdownOfPoint = (p: Point) =>
  [p.sex === 'persons' ? undefined : p.sex, p.age, p.categoryType, p.category].map((x) => x ?? '').join('\u0000');

/** England's point for the same period and breakdown as p. */
function englandFor(points: readonly Point[], england: string, p: Point): Point | undefined {
  const b = breakdownOfPoint(p);
  return points.find((q) => q.area === england && q.period === p.period && breakdownOfPoint(q) === b);
}

/**
 * The polarity Fingertips' words show: "Better" for a value above England's
 * means higher is better; "Higher" and "Lower" with no "Better" or "Worse"
 * mean Fingertips makes no judgement; a trend "getting better" says the same.
 */
export function decidePolarity(
  points: readonly Point[],
  areas: readonly Area[],
): { polarity: Polarity; why: string } | undefined {
  const england = countryOf(areas);
  const votes = new Set<Polarity>();
  let neutral = false;
  for (const p of points) {
    const b = p.published?.benchmark;
    const t = p.published?.trend;
    if (t?.endsWith('-better')) votes.add(t.startsWith('increasing') ? 'higher-is-better' : 'lower-is-better');
    if (t?.endsWith('-worse')) votes.add(t.startsWith('increasing') ? 'lower-is-better' : 'higher-is-better');
    if (b === 'higher' || b === 'lower') neutral = true;
    if ((b === 'better' || b === 'worse') && england !== undefined && p.value !== null) {
      const e = englandFor(points, england, p);
      if (!e || e.value === null || e.value === p.value) continue;
      const above = p.value > e.value;
      votes.add((b === 'better') === above ? 'higher-is-better' : 'lower-is-better');
    }
  }
  if (votes.size === 1 && !neutral) {
    const polarity = [...votes][0] as Polarity;
    return {
      polarity,
      why: `Polarity ${polarity}: Fingertips judges ${polarity === 'higher-is-better' ? 'higher' : 'lower'} values as better in this file.`,
    };
  }
  if (votes.size === 0 && neutral) {
    return {
      polarity: 'no-judgement',
      why: 'Polarity no-judgement: Fingertips compares these figures with England as higher or lower, not better or worse.',
    };
  }
  return undefined;
}

const COMPARISON_WHY: Record<Comparison, string> = {
  ci95: '',
  'ci99.8': 'Comparison ci99.8: Fingertips compares these figures with England by their 99.8% confidence intervals.',
  none: 'Comparison none: Fingertips publishes no comparison with England for these figures, although they have confidence intervals.',
};

/**
 * The comparison method that gives every published "Compared to England"
 * in the file: the 95% interval (the default), the 99.8% interval, or none.
 * Undefined when the file has no published comparisons, or no method gives
 * them all (npm run check then warns, value by value).
 */
export function decideComparison(
  points: readonly Point[],
  polarity: Polarity,
  areas: readonly Area[],
): { comparison: Comparison; why: string } | undefined {
  const england = countryOf(areas);
  if (england === undefined) return undefined;
  const judged = points.filter(
    (p): p is Point & { value: number } =>
      p.published?.benchmark !== undefined && p.value !== null && p.area !== england,
  );
  if (judged.length === 0) return undefined;
  // Without 99.8% limits, "ci99.8" would agree with "Not compared" for want of figures: that is "none".
  const has998 = judged.some((p) => p.lower998 !== undefined && p.upper998 !== undefined);
  for (const comparison of has998 ? (['ci95', 'ci99.8', 'none'] as const) : (['ci95', 'none'] as const)) {
    const agrees = judged.every((p) => {
      const published = p.published?.benchmark ?? 'not-compared';
      const own = compareWith({ comparison, polarity }, p, englandFor(points, england, p)).key;
      return own === published || (own !== 'not-compared' && sameBenchmark(own, published, polarity));
    });
    if (agrees) return { comparison, why: COMPARISON_WHY[comparison] };
  }
  return undefined;
}
